#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v060ViewState(Database &db)
{
    // How the desktop's lists were left (core/vault/ViewStateStore.h): sort order, column widths,
    // the last saved filter. In the vault rather than in QSettings because a filter's name or text
    // can reveal who is being looked for.
    return db.exec(QStringLiteral("CREATE TABLE view_state ("
                                  " view TEXT PRIMARY KEY,"
                                  " state TEXT NOT NULL,"
                                  " updated_at TEXT NOT NULL)"));
}

} // namespace vangnet::migrations
