#include "storage/Database.h"
#include "storage/migrations/MigrationSteps.h"

#include <QStringList>

namespace vangnet::migrations {

Status v051CaseListIndexes(Database &db)
{
    // The case list's orders by family name and by reflection end (core/cases/CaseSearch.cpp),
    // exactly as its ORDER BY spells them: a page is then read from the index in order instead of
    // sorting every case (at 100,000 cases a full sort reads every case row for each page).
    // The phase/region/reflection-end index answers the list's usual filter combination from the
    // index alone: with only single-column indexes SQLite picks one and reads the whole case row
    // (about a page each) of every case in, say, the region to test the others. It also serves
    // every lookup by phase, and the family-name order every lookup by family name, so the two
    // single-column indexes they replace go: each index costs every case write a page.
    const QStringList statements = {
        QStringLiteral("DROP INDEX cases_family_name"),
        QStringLiteral("DROP INDEX cases_phase"),
        QStringLiteral("CREATE INDEX cases_family_name_order ON cases("
                       "family_name IS NULL, family_name COLLATE NOCASE, given_name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX cases_reflection_end_order ON cases(reflection_end IS NULL, reflection_end)"),
        QStringLiteral("CREATE INDEX cases_phase_region ON cases(phase, region, reflection_end)"),
        // Possible duplicates by name and birth date (DuplicateFinder) start from the birth date.
        QStringLiteral("CREATE INDEX cases_birth_date ON cases(birth_date)"),
    };
    for (const QString &sql : statements)
        if (auto st = db.exec(sql); !st)
            return st;
    return {};
}

} // namespace vangnet::migrations
