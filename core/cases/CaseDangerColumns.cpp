#include "cases/CaseDangerColumns.h"

#include "domain/Case.h"
#include "placement/RequiredSecurityLevel.h"

namespace vangnet {

int CaseDangerColumns::threatRank(const QString &threatCode)
{
    if (threatCode == QLatin1String("red"))
        return 3;
    if (threatCode == QLatin1String("orange"))
        return 2;
    if (threatCode == QLatin1String("green"))
        return 1;
    return 0;
}

int CaseDangerColumns::derivedLevel(const Case &c)
{
    return RequiredSecurityLevel::derive(RequiredSecurityLevel::factsFromCase(c)).level;
}

QString CaseDangerColumns::refreshRequiredLevel(const QString &condition)
{
    return QStringLiteral("UPDATE cases SET required_level = COALESCE((SELECT o.level FROM case_security_override o"
                          " WHERE o.case_id = cases.id), derived_level) WHERE ")
        + condition;
}

} // namespace vangnet
