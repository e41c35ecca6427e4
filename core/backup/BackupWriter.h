#pragma once

#include "backup/BackupProgress.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vangnet {

class BackupSource;

struct CreatedBackup
{
    QString path;
    QString fileName;
    qint64 bytes = 0;
    qint64 cases = 0;
    QDateTime createdAt;
};

// Makes one backup file from a BackupSource (docs/BACKUP-FORMAT.md, format 2): the manifest read
// through the source's read transaction, then the bytes of vault.db and vault.db-wal as they are
// on disk (SQLCipher's encrypted pages, never decrypted here), all streamed through
// XChaCha20-Poly1305 and AtomicFile into the backup folder, so that a half-written backup never has
// a backup's name. No snapshot file and no second pass over the vault.
// Safe to run on a worker thread. A full or read-only folder fails with Runtime; nothing in the
// vault or among the earlier backups changes.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    static Result<CreatedBackup> create(
        BackupSource &source, const QString &folder, const QDateTime &now, const BackupProgress &progress = {});

    // Snapshot files that format-1 runs killed midway left in the vault folder are encrypted but
    // useless; they are removed once a day old.
    static void removeStaleSnapshots(const QString &vaultFolder, const QDateTime &now);
    // Likewise the temporaries of interrupted writes in a backup folder (never a fresh one: another
    // vault may be writing to a shared folder at this moment).
    static void removeStaleTemporaries(const QString &folder, const QDateTime &now);
};

} // namespace vangnet
