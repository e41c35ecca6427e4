#include "crypto/KeyWrap.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vangnet {

WrappedKey KeyWrap::wrap(const SecureBuffer &key, const SecureBuffer &wrappingKey, const QByteArray &associatedData)
{
    sodium::ensureInitialised();
    WrappedKey out;
    out.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(out.nonce.data(), static_cast<size_t>(out.nonce.size()));
    out.ciphertext.resize(static_cast<qsizetype>(key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.ciphertext.data()), &written, key.data(),
        key.size(), reinterpret_cast<const unsigned char *>(associatedData.constData()),
        static_cast<unsigned long long>(associatedData.size()), nullptr,
        reinterpret_cast<const unsigned char *>(out.nonce.constData()), wrappingKey.data());
    out.ciphertext.resize(static_cast<qsizetype>(written));
    return out;
}

Result<SecureBuffer> KeyWrap::unwrap(const WrappedKey &wrapped, const SecureBuffer &wrappingKey, const QByteArray &associatedData)
{
    sodium::ensureInitialised();
    const auto fail = [] {
        return Error(ErrorCode::CannotUnlock, QCoreApplication::translate("KeyWrap", "The key does not fit this lock."));
    };
    if (wrapped.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || wrapped.ciphertext.size() < static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES)
        || wrappingKey.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return fail();
    SecureBuffer key(static_cast<std::size_t>(wrapped.ciphertext.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &written, nullptr,
        reinterpret_cast<const unsigned char *>(wrapped.ciphertext.constData()),
        static_cast<unsigned long long>(wrapped.ciphertext.size()),
        reinterpret_cast<const unsigned char *>(associatedData.constData()),
        static_cast<unsigned long long>(associatedData.size()),
        reinterpret_cast<const unsigned char *>(wrapped.nonce.constData()), wrappingKey.data());
    if (rc != 0)
        return fail();
    return key;
}

SecureBuffer KeyWrap::deriveSubkey(const SecureBuffer &secret, const QByteArray &context)
{
    sodium::ensureInitialised();
    SecureBuffer out(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char *>(context.constData()),
        static_cast<unsigned long long>(context.size()), secret.data(), secret.size());
    return out;
}

} // namespace vangnet
