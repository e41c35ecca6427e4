#include "crypto/KeyDerivation.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vangnet {

Result<SecureBuffer> KeyDerivation::fromPassphrase(const QString &passphrase, const KdfParameters &params)
{
    if (!sodium::ensureInitialised())
        return Error(
            ErrorCode::Runtime, QCoreApplication::translate("KeyDerivation", "The cryptographic library could not be started."));
    if (!params.isWithinLibraryLimits())
        return Error(ErrorCode::Integrity,
            QCoreApplication::translate(
                "KeyDerivation", "The key file holds key-derivation parameters outside the allowed range."));

    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecureBuffer secret
        = SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));

    SecureBuffer key(KeyBytes);
    // An empty passphrase (refused when one is set, but tried at unlock) has no buffer; libsodium
    // declares the pointer non-null even for length 0 (UBSan stops at it).
    static const char kEmpty[1] = {};
    const char *password = secret.size() ? reinterpret_cast<const char *>(secret.data()) : kEmpty;
    const int rc = crypto_pwhash(key.data(), key.size(), password, secret.size(),
        reinterpret_cast<const unsigned char *>(params.salt.constData()), params.opsLimit, static_cast<size_t>(params.memLimit),
        crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error(ErrorCode::Runtime,
            QCoreApplication::translate("KeyDerivation", "Not enough memory to derive the key from the passphrase."));
    return key;
}

} // namespace vangnet
