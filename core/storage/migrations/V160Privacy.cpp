#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v160Privacy(Database &db)
{
    // Retention and erasure (issue 16, docs/PRIVACY.md). A legal hold blocks erasure while it stands;
    // lifting it removes the row (the audit log keeps both events). An erased case leaves only its
    // tombstone: number, UUID (so that audit entries about it still resolve), when, why and who.
    // The disclosure register is a legal record: an erased case's disclosures move to
    // erased_disclosures, keyed by the case number and holding no personal data (who received which
    // kinds of data, when, in which bundle).
    const QStringList statements = {
        QStringLiteral("CREATE TABLE case_legal_holds ("
                       " case_id TEXT PRIMARY KEY,"
                       " reason TEXT NOT NULL,"
                       " set_at TEXT NOT NULL,"
                       " set_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE erased_cases ("
                       " number TEXT PRIMARY KEY,"
                       " case_id TEXT NOT NULL UNIQUE,"
                       " erased_at TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " erased_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE erased_disclosures ("
                       " id INTEGER PRIMARY KEY,"
                       " case_number TEXT NOT NULL REFERENCES erased_cases(number),"
                       " at TEXT NOT NULL,"
                       " recipient_id TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " scopes TEXT NOT NULL,"
                       " bundle_id TEXT NOT NULL,"
                       " delivered_at TEXT)"),
        QStringLiteral("CREATE INDEX erased_disclosures_case ON erased_disclosures(case_number, at)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
