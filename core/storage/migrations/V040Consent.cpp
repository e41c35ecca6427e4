#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v040Consent(Database &db)
{
    // The consent register and the disclosure register (core/consent/, docs/CONSENT.md). Scopes are
    // stored as a comma-separated list of scope codes. Dates are ISO days; expires is the first day a
    // consent no longer holds. A case's consents and disclosures go with the case when it is purged.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE consents ("
                       " id TEXT PRIMARY KEY,"
                       " case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " recipient_id TEXT NOT NULL REFERENCES contacts(id),"
                       " purpose TEXT NOT NULL,"
                       " purpose_text TEXT NOT NULL DEFAULT '',"
                       " scopes TEXT NOT NULL,"
                       " signer TEXT NOT NULL,"
                       " method TEXT NOT NULL,"
                       " language TEXT NOT NULL,"
                       " interpreter INTEGER NOT NULL,"
                       " told TEXT NOT NULL DEFAULT '',"
                       " valid_from TEXT NOT NULL,"
                       " expires TEXT NOT NULL,"
                       " withdrawn_at TEXT,"
                       " withdrawal_note TEXT NOT NULL DEFAULT '',"
                       " scan_attachment_id TEXT REFERENCES case_attachments(id) ON DELETE SET NULL,"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX consents_case ON consents(case_id, recipient_id, purpose)"),
        QStringLiteral("CREATE TABLE disclosures ("
                       " id INTEGER PRIMARY KEY,"
                       " case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                       " at TEXT NOT NULL,"
                       " recipient_id TEXT NOT NULL REFERENCES contacts(id),"
                       " purpose TEXT NOT NULL,"
                       " scopes TEXT NOT NULL,"
                       " bundle_id TEXT NOT NULL,"
                       " consent_id TEXT NOT NULL REFERENCES consents(id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX disclosures_case ON disclosures(case_id, at)"),
        QStringLiteral("CREATE INDEX disclosures_consent ON disclosures(consent_id)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
