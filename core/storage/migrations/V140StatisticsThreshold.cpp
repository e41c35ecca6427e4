#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v140StatisticsThreshold(Database &db)
{
    // The statistics threshold moves from meta (key stats_threshold) into vault_config, where the
    // settings dialog and `vangnet-cli config` list it with its range. A value outside that range
    // (2–1000) was never accepted by the old code either; it is left behind, and the default applies.
    const QStringList statements = {
        QStringLiteral("INSERT OR REPLACE INTO vault_config(key, value, updated_at)"
                       " SELECT 'statistics.threshold', CAST(CAST(value AS INTEGER) AS TEXT),"
                       " strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
                       " FROM meta WHERE key = 'stats_threshold'"
                       " AND CAST(value AS INTEGER) BETWEEN 2 AND 1000"),
        QStringLiteral("DELETE FROM meta WHERE key = 'stats_threshold'"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
