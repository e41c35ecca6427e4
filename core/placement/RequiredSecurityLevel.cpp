#include "placement/RequiredSecurityLevel.h"

#include "domain/Case.h"
#include "shelters/ShelterCodes.h"

#include <algorithm>

namespace vangnet {

RequiredLevel RequiredSecurityLevel::derive(const ThreatFacts &f)
{
    RequiredLevel out;
    int level = 0;
    if (f.policeProtection) {
        level = 4;
        out.reasons.append(tr("Police protection or a police threat assessment: S4."));
    } else if (f.code == QLatin1String("red")) {
        level = 3;
        out.reasons.append(tr("Threat assessment red: S3."));
    } else if (f.code == QLatin1String("orange")) {
        level = 2;
        out.reasons.append(tr("Threat assessment orange: S2."));
    } else if (f.code == QLatin1String("green")) {
        level = 1;
        out.reasons.append(tr("Threat assessment green: S1."));
    } else {
        // Never lower than a screened case: until the threat is assessed it counts as green.
        level = 1;
        out.reasons.append(tr("No threat assessment recorded yet: treated as green (S1) until one is done."));
    }
    // One step up for either flag (not two for both): the perpetrator is actively a danger.
    if (f.perpetratorSearching || f.perpetratorKnowsLocation) {
        const QString why = f.perpetratorSearching && f.perpetratorKnowsLocation
            ? tr("a perpetrator actively searches for the victim and knows where the victim is")
            : f.perpetratorSearching ? tr("a perpetrator actively searches for the victim")
                                     : tr("a perpetrator knows where the victim is");
        if (level < ShelterCodes::kHighestLevel) {
            ++level;
            out.reasons.append(tr("One level higher because %1: %2.").arg(why, ShelterCodes::levelCode(level)));
        } else {
            out.reasons.append(tr("Already at the highest level although %1.").arg(why));
        }
    }
    out.level = level;
    out.derivedLevel = level;
    return out;
}

ThreatFacts RequiredSecurityLevel::factsFromCase(const Case &c)
{
    ThreatFacts f;
    f.code = c.threat.code;
    f.policeProtection = c.threat.policeProtection;
    f.perpetratorSearching = c.threat.perpetratorSearching;
    f.perpetratorKnowsLocation = c.threat.perpetratorKnowsLocation;
    for (const Perpetrator &p : c.perpetrators)
        f.addPerpetrator(p.knowsLocation, p.activelySearching);
    return f;
}

RequiredLevel RequiredSecurityLevel::withOverride(RequiredLevel derived, const std::optional<SecurityOverride> &manual)
{
    if (!manual)
        return derived;
    derived.overridden = true;
    derived.overrideReason = manual->reason;
    derived.level = std::clamp(manual->level, ShelterCodes::kLowestLevel, ShelterCodes::kHighestLevel);
    derived.reasons.append(
        tr("Set by hand to %1 (derived: %2). Reason: %3")
            .arg(ShelterCodes::levelCode(derived.level), ShelterCodes::levelCode(derived.derivedLevel), manual->reason));
    return derived;
}

Status RequiredSecurityLevel::validateOverride(int level, const QString &reason)
{
    if (level < ShelterCodes::kLowestLevel || level > ShelterCodes::kHighestLevel)
        return Error(ErrorCode::InvalidInput, tr("The security level must be one of S0, S1, S2, S3, S4."));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Setting the security level by hand needs a reason."));
    if (reason.size() > 2000)
        return Error(ErrorCode::InvalidInput, tr("The reason is longer than %1 characters.").arg(2000));
    return {};
}

} // namespace vangnet
