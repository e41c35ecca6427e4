#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v020StaffSafety(Database &db)
{
    // Staff-safety incidents (docs/domain.md, "Staff safety"), visit rules per case (keyed by the
    // case id as text, so this step does not depend on the cases schema) and editors' drafts kept
    // encrypted across a lock.
    return db.exec(QStringLiteral("CREATE TABLE staff_incidents ("
                                  " id TEXT PRIMARY KEY,"
                                  " occurred_on TEXT NOT NULL,"
                                  " setting TEXT NOT NULL,"
                                  " type TEXT NOT NULL,"
                                  " source TEXT NOT NULL,"
                                  " description TEXT NOT NULL,"
                                  " case_id TEXT NOT NULL DEFAULT '',"
                                  " staff_member TEXT NOT NULL DEFAULT '',"
                                  " police_report INTEGER NOT NULL DEFAULT 0,"
                                  " police_reference TEXT NOT NULL DEFAULT '',"
                                  " consequences TEXT NOT NULL DEFAULT '',"
                                  " aftercare TEXT NOT NULL DEFAULT '',"
                                  " measures TEXT NOT NULL DEFAULT '',"
                                  " status TEXT NOT NULL DEFAULT 'open',"
                                  " created_at TEXT NOT NULL,"
                                  " updated_at TEXT NOT NULL) WITHOUT ROWID;"
                                  "CREATE INDEX staff_incidents_by_status ON staff_incidents(status, occurred_on);"
                                  "CREATE INDEX staff_incidents_by_case ON staff_incidents(case_id);"
                                  "CREATE TABLE visit_rules ("
                                  " case_id TEXT PRIMARY KEY,"
                                  " rules TEXT NOT NULL,"
                                  " note TEXT NOT NULL DEFAULT '',"
                                  " updated_at TEXT NOT NULL) WITHOUT ROWID;"
                                  "CREATE TABLE drafts ("
                                  " kind TEXT NOT NULL,"
                                  " key TEXT NOT NULL,"
                                  " json TEXT NOT NULL,"
                                  " saved_at TEXT NOT NULL,"
                                  " PRIMARY KEY (kind, key)) WITHOUT ROWID;"));
}

} // namespace vangnet::migrations
