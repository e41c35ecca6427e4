#include "crypto/KdfParameters.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace vangnet {

KdfParameters KdfParameters::defaults()
{
    return withSalt(crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE);
}

KdfParameters KdfParameters::withSalt(std::uint64_t opsLimit, std::uint64_t memLimit)
{
    sodium::ensureInitialised();
    KdfParameters p;
    p.opsLimit = opsLimit;
    p.memLimit = memLimit;
    p.salt.resize(crypto_pwhash_argon2id_SALTBYTES);
    randombytes_buf(p.salt.data(), static_cast<size_t>(p.salt.size()));
    return p;
}

bool KdfParameters::isWeakerThanDefaults() const
{
    return opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MODERATE || memLimit < crypto_pwhash_argon2id_MEMLIMIT_MODERATE;
}

bool KdfParameters::isWithinLibraryLimits() const
{
    // The upper bounds keep an edited key file from making an unlock run for minutes.
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= MaxOpsLimit
        && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimit <= MaxMemLimit
        && salt.size() == crypto_pwhash_argon2id_SALTBYTES;
}

} // namespace vangnet
