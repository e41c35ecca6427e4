#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v038Identity(Database &db)
{
    // The vault's own key pairs (one row). The secret keys are protected by SQLCipher like all data.
    return db.exec(QStringLiteral("CREATE TABLE identity ("
                                  " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                  " name TEXT NOT NULL DEFAULT '',"
                                  " organisation TEXT NOT NULL DEFAULT '',"
                                  " enc_public BLOB NOT NULL,"
                                  " enc_secret BLOB NOT NULL,"
                                  " sign_public BLOB NOT NULL,"
                                  " sign_secret BLOB NOT NULL,"
                                  " created_at TEXT NOT NULL)"));
}

} // namespace vangnet::migrations
