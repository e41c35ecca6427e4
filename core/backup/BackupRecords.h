#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vangnet {

class Database;

struct BackupRecord
{
    QString fileName; // without folder: backups move between folders and machines
    QDateTime createdAt;
    qint64 bytes = 0;
    QDateTime verifiedAt; // invalid: never verified
};

// What this vault knows about its backups (table backup_records, migration V080): which it made and
// which passed a full verify. Drives the "last backup" line, the warning banner and prune's promise
// never to delete the newest verified backup.
class BackupRecords
{
public:
    explicit BackupRecords(Database &db)
        : m_db(db)
    { }

    Status recordCreated(const QString &fileName, const QDateTime &createdAt, qint64 bytes);
    // Also records a backup this vault did not make (verified by name, time and size).
    Status recordVerified(const QString &fileName, const QDateTime &createdAt, qint64 bytes, const QDateTime &verifiedAt);
    Status forget(const QString &fileName);
    Result<QList<BackupRecord>> all() const; // newest first
    Result<std::optional<BackupRecord>> newest() const;
    Result<std::optional<BackupRecord>> newestVerified() const;

private:
    Database &m_db;
};

} // namespace vangnet
