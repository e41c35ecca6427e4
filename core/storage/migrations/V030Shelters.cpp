#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

namespace vangnet::migrations {

Status v030Shelters(Database &db)
{
    // The shelter registry. List-valued fields are JSON arrays in text columns (parsed in C++; the
    // SQLite of Debian's SQLCipher has no JSON1). address/reference are read only by
    // ShelterRepository::revealAddress, which writes an audit entry.
    return db.exec(QStringLiteral("CREATE TABLE shelters ("
                                  " id TEXT PRIMARY KEY,"
                                  " name TEXT NOT NULL,"
                                  " type TEXT NOT NULL,"
                                  " security_level INTEGER NOT NULL CHECK (security_level BETWEEN 0 AND 4),"
                                  " address_confidentiality TEXT NOT NULL,"
                                  " region TEXT NOT NULL,"
                                  " placing_authority TEXT NOT NULL,"
                                  " capacity INTEGER NOT NULL CHECK (capacity >= 0),"
                                  " free_beds INTEGER NOT NULL CHECK (free_beds >= 0),"
                                  " availability_as_of TEXT,"
                                  " genders TEXT NOT NULL DEFAULT '[]',"
                                  " min_age INTEGER NOT NULL DEFAULT 0,"
                                  " max_age INTEGER NOT NULL DEFAULT 120,"
                                  " residence_statuses TEXT NOT NULL DEFAULT '[]',"
                                  " accepts_children INTEGER NOT NULL DEFAULT 0,"
                                  " accepts_pets INTEGER NOT NULL DEFAULT 0,"
                                  " languages TEXT NOT NULL DEFAULT '[]',"
                                  " specialisms TEXT NOT NULL DEFAULT '[]',"
                                  " max_stay_days INTEGER NOT NULL DEFAULT 0,"
                                  " notes TEXT NOT NULL DEFAULT '',"
                                  " address TEXT NOT NULL DEFAULT '',"
                                  " reference TEXT NOT NULL DEFAULT '',"
                                  " updated_at TEXT NOT NULL)"));
}

} // namespace vangnet::migrations
