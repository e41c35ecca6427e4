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

// Makes one backup file from a BackupSource (docs/BACKUP-FORMAT.md):
//  1. an online-backup copy of the source's snapshot into a new SQLCipher database with the same
//     key and cipher settings, in the vault's own folder (encrypted page by page: no plaintext on
//     disk), named .vnbackup-snapshot-*;
//  2. the container, streamed through AtomicFile into the backup folder, so that a half-written
//     backup never has a backup's name;
//  3. the snapshot removed.
// Safe to run on a worker thread. A full or read-only folder fails with Runtime; nothing in the
// vault or among the earlier backups changes.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    static Result<CreatedBackup> create(
        BackupSource &source, const QString &folder, const QDateTime &now, const BackupProgress &progress = {});

    // Snapshot files of killed runs are encrypted but useless; they are removed once a day old.
    static void removeStaleSnapshots(const QString &vaultFolder, const QDateTime &now);
    // Likewise the temporaries of interrupted writes in a backup folder (never a fresh one: another
    // vault may be writing to a shared folder at this moment).
    static void removeStaleTemporaries(const QString &folder, const QDateTime &now);
};

} // namespace vangnet
