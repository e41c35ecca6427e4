#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v039Contacts(Database &db)
{
    // The people and organisations bundles go to (core/exchange/ContactRepository.h). kind: team |
    // external. verified: the fingerprint was compared by phone.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE contacts ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " organisation TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL CHECK (kind IN ('team', 'external')),"
                       " enc_public_key BLOB NOT NULL,"
                       " sign_public_key BLOB NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " verified INTEGER NOT NULL DEFAULT 0,"
                       " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX contacts_name ON contacts(name)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
