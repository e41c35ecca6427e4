#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace vangnet {

// The public half of an identity: an X25519 key that bundles are sealed to and an Ed25519 key
// that signs them. This is what a contact card carries.
struct PublicIdentity
{
    QByteArray encryptionKey; // crypto_box (X25519), 32 bytes
    QByteArray signingKey; // crypto_sign (Ed25519), 32 bytes

    bool isValid() const;
    bool operator==(const PublicIdentity &) const = default;
    // 40 digits in eight groups of five, for reading aloud over the phone (docs/BUNDLE-FORMAT.md).
    QString fingerprint() const;
};

// A vault's own key pairs. The secret halves live in libsodium secure memory while loaded and in
// the encrypted vault otherwise (IdentityStore).
class IdentityKeys
{
public:
    static IdentityKeys generate();
    static IdentityKeys fromParts(PublicIdentity publicPart, SecureBuffer encryptionSecret, SecureBuffer signingSecret);

    const PublicIdentity &publicIdentity() const { return m_public; }
    const SecureBuffer &encryptionSecret() const { return m_encryptionSecret; }
    const SecureBuffer &signingSecret() const { return m_signingSecret; }

private:
    PublicIdentity m_public;
    SecureBuffer m_encryptionSecret; // 32 bytes
    SecureBuffer m_signingSecret; // 64 bytes (libsodium's seed + public key form)
};

} // namespace vangnet
