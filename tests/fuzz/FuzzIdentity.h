#pragma once

#include "crypto/IdentityKeys.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace vangnet::fuzz {

// The fuzz targets' own vault identity, the same in every run: derived from a fixed seed, so the
// seed generator can address bundles to it and the bundle target can open them.
const IdentityKeys &identity();
// A second, fixed identity that signs the seed bundles.
const IdentityKeys &senderIdentity();

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace vangnet::fuzz
