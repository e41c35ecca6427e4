#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v100ExchangeFolder(Database &db)
{
    // The exchange folder (core/exchange/ExchangeSync.h): bundles this vault put in a contact's
    // mailbox and whether a signed receipt came back; the files this vault looked at in its own
    // mailbox, so that a scan skips what it has seen and a refusal is reported once; the receipts it
    // wrote, so that it removes them (only the writer deletes) once the sender has taken its bundle
    // away. A disclosure is delivered when the receipt of its bundle is verified.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE exchange_sent ("
                       " bundle_id TEXT PRIMARY KEY,"
                       " contact_id TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " bundle_hash BLOB NOT NULL,"
                       " sent_at TEXT NOT NULL,"
                       " delivered_at TEXT,"
                       " removed_at TEXT)"),
        QStringLiteral("CREATE INDEX exchange_sent_contact ON exchange_sent(contact_id)"),
        QStringLiteral("CREATE TABLE exchange_seen ("
                       " file_name TEXT PRIMARY KEY,"
                       " size INTEGER NOT NULL,"
                       " modified TEXT NOT NULL," // milliseconds since the epoch
                       " bundle_id TEXT NOT NULL,"
                       " bundle_hash BLOB,"
                       " outcome TEXT NOT NULL,"
                       " seen_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX exchange_seen_bundle ON exchange_seen(bundle_id)"),
        QStringLiteral("CREATE TABLE exchange_receipts ("
                       " bundle_id TEXT PRIMARY KEY,"
                       " contact_id TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " bundle_file_name TEXT NOT NULL,"
                       " written_at TEXT NOT NULL,"
                       " removed_at TEXT)"),
        QStringLiteral("ALTER TABLE disclosures ADD COLUMN delivered_at TEXT"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
