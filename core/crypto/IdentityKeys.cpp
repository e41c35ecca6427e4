#include "crypto/IdentityKeys.h"

#include "crypto/Sodium.h"

#include <QStringList>

#include <sodium.h>

namespace vangnet {

bool PublicIdentity::isValid() const
{
    return encryptionKey.size() == crypto_box_PUBLICKEYBYTES && signingKey.size() == crypto_sign_PUBLICKEYBYTES;
}

QString PublicIdentity::fingerprint() const
{
    sodium::ensureInitialised();
    unsigned char hash[64];
    crypto_generichash_state state;
    static const char context[] = "vangnet-fingerprint-v1";
    crypto_generichash_init(&state, nullptr, 0, sizeof hash);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(context), sizeof context - 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(encryptionKey.constData()),
        static_cast<unsigned long long>(encryptionKey.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(signingKey.constData()),
        static_cast<unsigned long long>(signingKey.size()));
    crypto_generichash_final(&state, hash, sizeof hash);
    // Like Signal's safety numbers: each group is five bytes of the hash, reduced mod 100000.
    QStringList groups;
    for (int g = 0; g < 8; ++g) {
        quint64 v = 0;
        for (int i = 0; i < 5; ++i)
            v = (v << 8) | hash[g * 5 + i];
        groups.append(QStringLiteral("%1").arg(v % 100000, 5, 10, QLatin1Char('0')));
    }
    return groups.join(QLatin1Char(' '));
}

IdentityKeys IdentityKeys::generate()
{
    sodium::ensureInitialised();
    IdentityKeys keys;
    keys.m_public.encryptionKey.resize(crypto_box_PUBLICKEYBYTES);
    keys.m_public.signingKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.m_encryptionSecret = SecureBuffer(crypto_box_SECRETKEYBYTES);
    keys.m_signingSecret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.m_public.encryptionKey.data()), keys.m_encryptionSecret.data());
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.m_public.signingKey.data()), keys.m_signingSecret.data());
    return keys;
}

IdentityKeys IdentityKeys::fromParts(PublicIdentity publicPart, SecureBuffer encryptionSecret, SecureBuffer signingSecret)
{
    IdentityKeys keys;
    keys.m_public = std::move(publicPart);
    keys.m_encryptionSecret = std::move(encryptionSecret);
    keys.m_signingSecret = std::move(signingSecret);
    return keys;
}

} // namespace vangnet
