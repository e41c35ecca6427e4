#pragma once

#include <QString>

namespace vangnet {

struct Case;

// The danger the case list sorts and filters by, kept beside each case as columns (migration 190),
// so that "most dangerous first" reads an index instead of every case: threat_rank (red 3,
// orange 2, green 1, not assessed 0), derived_level (the required security level from the case's
// threat assessment and perpetrators, RequiredSecurityLevel) and required_level (the level in
// force: a level set by hand wins, SecurityOverrideStore keeps it in step). Every case write sets
// them (CaseRepository, CaseImporter).
class CaseDangerColumns
{
public:
    static int threatRank(const QString &threatCode);
    static int derivedLevel(const Case &c);
    // SQL that sets required_level from derived_level and a level set by hand, for `cases` rows
    // matching the given condition (over the bare table, e.g. "doc = ?").
    static QString refreshRequiredLevel(const QString &condition);
};

} // namespace vangnet
