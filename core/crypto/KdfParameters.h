#pragma once

#include <QByteArray>

#include <cstdint>

namespace vangnet {

// Argon2id parameters, stored beside the wrapped key so that a vault stays openable when the
// defaults change. Production never goes below libsodium's "moderate" profile (256 MiB, 3 passes);
// tests pass faster parameters explicitly (see tests/support).
struct KdfParameters
{
    static constexpr std::uint64_t MaxOpsLimit = 16;
    static constexpr std::uint64_t MaxMemLimit = std::uint64_t(1) << 30; // 1 GiB

    std::uint64_t opsLimit = 0; // passes
    std::uint64_t memLimit = 0; // bytes
    QByteArray salt; // 16 bytes

    static KdfParameters defaults(); // moderate profile and a fresh random salt
    static KdfParameters withSalt(std::uint64_t opsLimit, std::uint64_t memLimit);
    bool isWeakerThanDefaults() const;
    bool isWithinLibraryLimits() const;
};

} // namespace vangnet
