#pragma once

#include "common/Result.h"
#include "crypto/KdfParameters.h"
#include "crypto/KeyWrap.h"
#include "crypto/SecureBuffer.h"

#include <QString>
#include <QUuid>

namespace vangnet {

// vault.key: the master key, stored only wrapped, in two slots.
//  - passphrase slot: wrapped by Argon2id(passphrase, salt, parameters)
//  - recovery slot:   wrapped by BLAKE2b(recovery key)
// The file is JSON (format, vault id, KDF parameters, the two slots, the authenticator); nothing in
// it is secret without the passphrase or the recovery key.
//
// The authenticator holds one MAC per slot (keyed BLAKE2b under a subkey of the master key, over
// the slot and everything its unwrapping depends on: magic, format, vault id and, for the
// passphrase slot, the KDF parameters). With the master key in hand, verify can so tell which slot
// was damaged or altered, even the recovery slot whose key it does not have. Key files written
// before the authenticator existed have none: they open as before and get one at the next save
// (older versions ignore the extra field).
//
// save() writes the new file beside the old one (AtomicFile), reads the written copy back and
// proves it before it replaces the old one.
class KeyFile
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr std::size_t MasterKeyBytes = 32;

    enum class Slot { Passphrase, Recovery };
    // Unverified: the file has no authenticator (older version) and the slot's key is not at hand.
    enum class SlotState { Intact, Damaged, Unverified };

    // A new file, authenticated.
    static KeyFile create(const QUuid &vaultId, const SecureBuffer &masterKey, const SecureBuffer &passphraseKey,
        const KdfParameters &kdf, const SecureBuffer &recoveryKey);

    static Result<KeyFile> load(const QString &path);
    // The file's bytes as load() reads them (the backup reader and the fuzz target use it).
    static Result<KeyFile> parse(const QByteArray &bytes);

    // What a saved file must prove before it replaces the old one: each slot unwraps to the master
    // key with the secret given for it, or, without one, is byte for byte the slot of this object.
    struct Proof
    {
        const SecureBuffer *masterKey = nullptr;
        const SecureBuffer *passphraseKey = nullptr;
        const SecureBuffer *recoveryKey = nullptr;
    };
    Status save(const QString &path, const Proof &proof) const;

    Result<SecureBuffer> unwrapWithPassphraseKey(const SecureBuffer &passphraseKey) const;
    Result<SecureBuffer> unwrapWithRecoveryKey(const SecureBuffer &recoveryKey) const;
    // Replace a slot (and its MAC); the other slot and the master key stay as they are.
    void rewrapPassphraseSlot(const SecureBuffer &masterKey, const SecureBuffer &passphraseKey, const KdfParameters &kdf);
    void rewrapRecoverySlot(const SecureBuffer &masterKey, const SecureBuffer &recoveryKey);

    // The slot's MAC checked with the master key.
    SlotState slotState(Slot slot, const SecureBuffer &masterKey) const;
    // Gives a slot a MAC now (a slot of an older file that was just proven, or that cannot be
    // proven otherwise). Never called for a slot found Damaged: its failing MAC is kept, so the
    // damage stays visible to verify.
    void authenticateSlot(Slot slot, const SecureBuffer &masterKey);
    bool hasAuthenticator() const { return !m_passphraseMac.isEmpty() || !m_recoveryMac.isEmpty(); }
    // The slots' sizes are those of a wrapped 32-byte key.
    bool hasValidStructure() const;

    const QUuid &vaultId() const { return m_vaultId; }
    const KdfParameters &kdf() const { return m_kdf; }
    int format() const { return m_format; }

private:
    QByteArray associatedData(const char *slot) const;
    QByteArray slotMac(Slot slot, const SecureBuffer &masterKey) const;
    QByteArray toJson() const;

    int m_format = FormatVersion;
    QUuid m_vaultId;
    KdfParameters m_kdf;
    WrappedKey m_passphraseSlot;
    WrappedKey m_recoverySlot;
    QByteArray m_passphraseMac;
    QByteArray m_recoveryMac;
};

} // namespace vangnet
