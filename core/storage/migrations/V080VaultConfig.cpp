#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v080VaultConfig(Database &db)
{
    // vault_config: the vault's own settings (core/vault/VaultConfig.h), inside the encrypted
    // database because a backup folder names a place. backup_records: the backups this vault made
    // or verified, so that the desktop can warn when none is recent (core/backup/BackupRecords.h).
    const QStringList statements = {
        QStringLiteral("CREATE TABLE vault_config ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE backup_records ("
                       " file_name TEXT PRIMARY KEY,"
                       " created_at TEXT NOT NULL,"
                       " bytes INTEGER NOT NULL,"
                       " verified_at TEXT)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
