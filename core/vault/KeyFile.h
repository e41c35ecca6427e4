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
// The file is JSON (format, vault id, KDF parameters, the two slots); nothing in it is secret
// without the passphrase or the recovery key. It is replaced atomically (write, fsync, rename).
class KeyFile
{
public:
    static constexpr int FormatVersion = 1;
    static constexpr std::size_t MasterKeyBytes = 32;

    static KeyFile create(const QUuid &vaultId, const SecureBuffer &masterKey, const SecureBuffer &passphraseKey,
        const KdfParameters &kdf, const SecureBuffer &recoveryKey);

    static Result<KeyFile> load(const QString &path);
    Status save(const QString &path) const;

    Result<SecureBuffer> unwrapWithPassphraseKey(const SecureBuffer &passphraseKey) const;
    Result<SecureBuffer> unwrapWithRecoveryKey(const SecureBuffer &recoveryKey) const;
    // Replaces the passphrase slot; the recovery slot and the master key stay as they are.
    void rewrapPassphraseSlot(const SecureBuffer &masterKey, const SecureBuffer &passphraseKey, const KdfParameters &kdf);

    const QUuid &vaultId() const { return m_vaultId; }
    const KdfParameters &kdf() const { return m_kdf; }
    int format() const { return m_format; }

private:
    QByteArray associatedData(const char *slot) const;

    int m_format = FormatVersion;
    QUuid m_vaultId;
    KdfParameters m_kdf;
    WrappedKey m_passphraseSlot;
    WrappedKey m_recoverySlot;
};

} // namespace vangnet
