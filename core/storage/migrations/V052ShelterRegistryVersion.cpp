#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v052ShelterRegistryVersion(Database &db)
{
    // A version of the shelter registry that every write to `shelters` replaces, from any
    // connection: ShelterRegistryCache keeps the registry between placement requests and re-reads it
    // only when this changed. Random rather than counted, so two vaults never share a version.
    const QString next = QStringLiteral("UPDATE meta SET value = lower(hex(randomblob(16))) WHERE key = 'shelters_version'");
    const QStringList statements = {
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('shelters_version', lower(hex(randomblob(16))))"),
        QStringLiteral("CREATE TRIGGER shelters_version_insert AFTER INSERT ON shelters BEGIN %1; END").arg(next),
        QStringLiteral("CREATE TRIGGER shelters_version_update AFTER UPDATE ON shelters BEGIN %1; END").arg(next),
        QStringLiteral("CREATE TRIGGER shelters_version_delete AFTER DELETE ON shelters BEGIN %1; END").arg(next),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
