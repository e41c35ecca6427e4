#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v031Placements(Database &db)
{
    // Placements of a case in a shelter with their status history, and the manual override of a
    // case's required security level (one per case, with its reason).
    if (auto st = db.exec(QStringLiteral("CREATE TABLE placements ("
                                         " id TEXT PRIMARY KEY,"
                                         " case_id TEXT NOT NULL,"
                                         " shelter_id TEXT NOT NULL REFERENCES shelters(id),"
                                         " status TEXT NOT NULL,"
                                         " hold_until TEXT,"
                                         " reason TEXT NOT NULL DEFAULT '',"
                                         " created_at TEXT NOT NULL,"
                                         " updated_at TEXT NOT NULL)"));
        !st)
        return st;
    if (auto st = db.exec(QStringLiteral("CREATE INDEX placements_case ON placements(case_id)")); !st)
        return st;
    if (auto st = db.exec(QStringLiteral("CREATE TABLE placement_events ("
                                         " id INTEGER PRIMARY KEY,"
                                         " placement_id TEXT NOT NULL REFERENCES placements(id),"
                                         " at TEXT NOT NULL,"
                                         " status TEXT NOT NULL,"
                                         " reason TEXT NOT NULL DEFAULT '',"
                                         " actor TEXT NOT NULL)"));
        !st)
        return st;
    if (auto st = db.exec(QStringLiteral("CREATE INDEX placement_events_placement ON placement_events(placement_id)")); !st)
        return st;
    return db.exec(QStringLiteral("CREATE TABLE case_security_override ("
                                  " case_id TEXT PRIMARY KEY,"
                                  " level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),"
                                  " reason TEXT NOT NULL,"
                                  " set_at TEXT NOT NULL,"
                                  " set_by TEXT NOT NULL)"));
}

} // namespace vangnet::migrations
