#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v001Meta(Database &db)
{
    // vault_id ties the database to its key file; created_at is shown by `vangnet-cli info`.
    return db.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"));
}

} // namespace vangnet::migrations
