#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v002AuditLog(Database &db)
{
    // An append-only log of security-relevant events (unlock, passphrase change, exports,
    // revealed secret addresses). Each row's hash covers the previous row's hash: a deleted or
    // edited row breaks the chain, which AuditLog::verify detects.
    return db.exec(QStringLiteral("CREATE TABLE audit_log ("
                                  " id INTEGER PRIMARY KEY,"
                                  " at TEXT NOT NULL,"
                                  " actor TEXT NOT NULL,"
                                  " action TEXT NOT NULL,"
                                  " subject TEXT NOT NULL DEFAULT '',"
                                  " detail TEXT NOT NULL DEFAULT '',"
                                  " prev_hash BLOB NOT NULL,"
                                  " hash BLOB NOT NULL)"));
}

} // namespace vangnet::migrations
