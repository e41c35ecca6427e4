#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vangnet {

class Vault;

// Everything a backup needs from an unlocked vault, taken on the vault's thread in a moment: a
// connection of its own with a read transaction already open (in WAL mode it sees the vault as it
// was at that instant, whatever the vault's connection writes afterwards), a copy of the master key
// and the key file's bytes. The backup can then run on another thread, and even finish after the
// vault was locked; the key copy is wiped when the source is destroyed.
class BackupSource
{
    Q_DECLARE_TR_FUNCTIONS(BackupSource)

public:
    static Result<BackupSource> take(Vault &vault);

    BackupSource(BackupSource &&) noexcept = default;
    BackupSource &operator=(BackupSource &&) noexcept = default;
    BackupSource(const BackupSource &) = delete;
    BackupSource &operator=(const BackupSource &) = delete;
    ~BackupSource() = default;

    Database &database() { return m_db; }
    const SecureBuffer &masterKey() const { return m_masterKey; }
    const QByteArray &keyFileBytes() const { return m_keyFile; }
    const QString &vaultId() const { return m_vaultId; }
    const QString &vaultFolder() const { return m_vaultFolder; }

private:
    BackupSource() = default;

    Database m_db;
    SecureBuffer m_masterKey;
    QByteArray m_keyFile;
    QString m_vaultId;
    QString m_vaultFolder;
};

} // namespace vangnet
