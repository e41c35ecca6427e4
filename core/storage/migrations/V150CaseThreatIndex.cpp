#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v150CaseThreatIndex(Database &db)
{
    // The case list filters by threat assessment ("red cases"): from an index, so that counting
    // the red cases of a large vault reads only them.
    return db.exec(QStringLiteral("CREATE INDEX cases_threat_code ON cases(threat_code)"));
}

} // namespace vangnet::migrations
