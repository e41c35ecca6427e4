#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v050SavedFilters(Database &db)
{
    // Named filters of the case list (core/cases/SavedFilters.h). Kept in the vault rather than in
    // QSettings because a filter's search text may be a victim's name.
    return db.exec(QStringLiteral("CREATE TABLE saved_filters ("
                                  " name TEXT PRIMARY KEY,"
                                  " filter TEXT NOT NULL,"
                                  " updated_at TEXT NOT NULL)"));
}

} // namespace vangnet::migrations
