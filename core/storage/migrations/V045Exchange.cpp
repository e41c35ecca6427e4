#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v045Exchange(Database &db)
{
    // The exchange registers (core/exchange/, docs/CLI.md): bundles sent and received,
    // field conflicts found by a team merge, registrations received from external senders, and the
    // original case number of a case that had to be renumbered on import.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE exported_bundles ("
                       " bundle_id TEXT PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " recipient_contact_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('team', 'external', 'statistics')),"
                       " purpose TEXT NOT NULL,"
                       " case_count INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX exported_bundles_at ON exported_bundles(at)"),
        QStringLiteral("CREATE TABLE imported_bundles ("
                       " bundle_id TEXT PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " sender_contact_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " created INTEGER NOT NULL,"
                       " updated INTEGER NOT NULL,"
                       " conflicts INTEGER NOT NULL,"
                       " received INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX imported_bundles_at ON imported_bundles(at)"),
        // remote_history: the other side's history rows for the field (JSON array), applied when the
        // conflict is resolved so that a later merge sees them as common history.
        QStringLiteral("CREATE TABLE merge_conflicts ("
                       " id TEXT PRIMARY KEY,"
                       " case_id TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " local_json TEXT,"
                       " remote_json TEXT,"
                       " remote_history TEXT NOT NULL,"
                       " bundle_id TEXT NOT NULL,"
                       " detected_at TEXT NOT NULL,"
                       " resolved_at TEXT,"
                       " resolution TEXT CHECK (resolution IN ('local', 'remote')))"),
        QStringLiteral("CREATE INDEX merge_conflicts_case ON merge_conflicts(case_id, field)"),
        QStringLiteral("CREATE TABLE received_records ("
                       " id INTEGER PRIMARY KEY,"
                       " bundle_id TEXT NOT NULL,"
                       " sender_contact_id TEXT NOT NULL,"
                       " case_id TEXT NOT NULL,"
                       " number TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " scopes TEXT NOT NULL,"
                       " json TEXT NOT NULL,"
                       " received_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX received_records_bundle ON received_records(bundle_id)"),
        QStringLiteral("CREATE TABLE case_source_numbers ("
                       " case_id TEXT PRIMARY KEY,"
                       " source_number TEXT NOT NULL,"
                       " bundle_id TEXT NOT NULL)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
