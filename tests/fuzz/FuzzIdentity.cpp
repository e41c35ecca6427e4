#include "FuzzIdentity.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace vangnet::fuzz {
namespace {

IdentityKeys fromSeed(unsigned char fill)
{
    sodium::ensureInitialised();
    unsigned char seed[32];
    for (unsigned char &b : seed)
        b = fill;
    PublicIdentity pub;
    pub.encryptionKey.resize(crypto_box_PUBLICKEYBYTES);
    pub.signingKey.resize(crypto_sign_PUBLICKEYBYTES);
    SecureBuffer encryptionSecret(crypto_box_SECRETKEYBYTES);
    SecureBuffer signingSecret(crypto_sign_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(pub.encryptionKey.data()), encryptionSecret.data(), seed);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pub.signingKey.data()), signingSecret.data(), seed);
    return IdentityKeys::fromParts(pub, std::move(encryptionSecret), std::move(signingSecret));
}

} // namespace

const IdentityKeys &identity()
{
    static const IdentityKeys keys = fromSeed(0x56);
    return keys;
}

const IdentityKeys &senderIdentity()
{
    static const IdentityKeys keys = fromSeed(0x53);
    return keys;
}

} // namespace vangnet::fuzz
