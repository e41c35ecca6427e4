#include "placement/PlacementRequest.h"

#include "domain/Case.h"
#include "placement/RequiredSecurityLevel.h"

namespace vangnet {

bool PlacementRequest::isMinor() const
{
    if (ageMax && *ageMax < 18)
        return true;
    if (ageMin && *ageMin >= 18)
        return false;
    return minorFlag;
}

bool PlacementRequest::inReflectionNonDutch() const
{
    return residenceStatus == QLatin1String("b8_reflection")
        && nationality.compare(QLatin1String("NL"), Qt::CaseInsensitive) != 0;
}

int PlacementRequest::multiProblemCount() const
{
    int n = 0;
    for (const char *need : { "lvb", "mental_health", "addiction" })
        if (needs.contains(QLatin1String(need)))
            ++n;
    return n;
}

PlacementRequest PlacementRequest::fromCase(const Case &c, const QDate &today)
{
    PlacementRequest r;
    r.caseId = c.id;
    r.gender = c.gender;
    if (c.birthDate.isValid() && c.birthDate <= today) {
        int years = today.year() - c.birthDate.year();
        if (today.month() < c.birthDate.month() || (today.month() == c.birthDate.month() && today.day() < c.birthDate.day()))
            --years;
        r.setAge(years);
    } else if (!c.ageBand.isEmpty() && c.ageBand != QLatin1String("unknown")) {
        // "16_17", "18_22", "65_plus"
        const QStringList parts = c.ageBand.split(QLatin1Char('_'));
        bool okLow = false;
        const int low = parts.value(0).toInt(&okLow);
        if (okLow) {
            r.ageMin = low;
            bool okHigh = false;
            const int high = parts.value(1).toInt(&okHigh);
            r.ageMax = okHigh ? high : 120;
        }
    }
    r.minorFlag = c.minor || c.unaccompaniedMinor;
    r.unaccompaniedMinor = c.unaccompaniedMinor;
    r.residenceStatus = c.residenceStatus;
    r.nationality = c.nationality;
    r.needs = c.needs;
    r.exploitationForms = c.exploitationForms;
    r.childrenCount = c.childrenCount;
    r.hasPets = !c.pets.trimmed().isEmpty();
    r.languages = c.languages;
    r.exploitationRegion = c.exploitationRegion;
    for (const Perpetrator &p : c.perpetrators)
        for (const QString &area : p.knownAreas)
            if (!area.trimmed().isEmpty() && !r.perpetratorAreas.contains(area.trimmed()))
                r.perpetratorAreas.append(area.trimmed());
    r.threat = RequiredSecurityLevel::factsFromCase(c);
    return r;
}

} // namespace vangnet
