#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace vangnet {

class Vault;

// Everything a backup needs from an unlocked vault, taken on the vault's thread in a moment: a
// connection of its own with a read transaction already open (in WAL mode it sees the vault as it
// was at that instant, whatever the vault's connection writes afterwards), a copy of the master key
// and the key file's bytes. The backup can then run on another thread, and even finish after the
// vault was locked; the key copy is wiped when the source is destroyed.
//
// It also opens vault.db (and vault.db-wal when frames of the pinned state are not yet in vault.db)
// and notes how many bytes of each to copy: a backup copies those bytes as they are on disk (still
// encrypted by SQLCipher) and they give back exactly the pinned state. Why: docs/BACKUP-FORMAT.md,
// "Why the raw copy is consistent", and the comment in BackupSource.cpp. take() holds the vault's
// write lock for a moment (a passive checkpoint and the start of the read transaction).
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
    // vault.db and its size when the read transaction began.
    QFile &databaseFile() { return *m_databaseFile; }
    qint64 databaseBytes() const { return m_databaseBytes; }
    // vault.db-wal and the length of the pinned state's frames in it; null and 0 when vault.db
    // alone holds the pinned state.
    QFile *walFile() { return m_walFile.get(); }
    qint64 walBytes() const { return m_walBytes; }

private:
    BackupSource() = default;

    Database m_db;
    SecureBuffer m_masterKey;
    QByteArray m_keyFile;
    QString m_vaultId;
    QString m_vaultFolder;
    std::unique_ptr<QFile> m_databaseFile;
    std::unique_ptr<QFile> m_walFile;
    qint64 m_databaseBytes = 0;
    qint64 m_walBytes = 0;
};

} // namespace vangnet
