// vault.key is read before anything is unlocked, so it is attacker-controlled input for anyone who
// can write to the vault folder (or hand over a backup).
#include "FuzzIdentity.h"

#include "vault/KeyFile.h"

using namespace vangnet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto file = KeyFile::parse(fuzz::bytes(data, size));
    if (!file)
        return 0;
    (void)file->hasValidStructure();
    // Fixed keys: the unwraps fail, but every length and nonce check on the way is exercised.
    // (Argon2id is never run here: the passphrase slot is opened with an already derived key.)
    SecureBuffer key(KeyFile::MasterKeyBytes);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i);
    (void)file->unwrapWithPassphraseKey(key);
    (void)file->unwrapWithRecoveryKey(key);
    (void)file->slotState(KeyFile::Slot::Passphrase, key);
    (void)file->slotState(KeyFile::Slot::Recovery, key);
    return 0;
}
