#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace vangnet {

// The recovery key: 256 random bits shown once, at vault creation, for the organisation's safe.
// Written as 56 Crockford base32 characters in groups of four: 52 carry the key, the last four a
// BLAKE2b checksum so that a typing error is reported as such rather than as a wrong key.
class RecoveryKey
{
public:
    static constexpr std::size_t KeyBytes = 32;

    static SecureBuffer generate();
    static QString format(const SecureBuffer &key);
    // Accepts upper or lower case, spaces and dashes, and the usual look-alikes (O→0, I/L→1).
    static Result<SecureBuffer> parse(const QString &text);
};

} // namespace vangnet
