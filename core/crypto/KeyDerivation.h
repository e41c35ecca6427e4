#pragma once

#include "common/Result.h"
#include "crypto/KdfParameters.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace vangnet {

// Turns a passphrase into a 256-bit key-wrapping key with Argon2id (libsodium crypto_pwhash).
// The passphrase is NFC-normalised UTF-8 so the same words typed on another OS give the same key.
class KeyDerivation
{
public:
    static constexpr std::size_t KeyBytes = 32;
    static Result<SecureBuffer> fromPassphrase(const QString &passphrase, const KdfParameters &params);
};

} // namespace vangnet
