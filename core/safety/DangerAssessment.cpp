#include "safety/DangerAssessment.h"

#include "placement/RequiredSecurityLevel.h"

namespace vangnet {

DangerAssessment DangerAssessment::assess(const DangerFacts &facts)
{
    DangerAssessment a;
    const QString code = facts.threatCode.trimmed().toLower();
    a.m_assessed = code == QLatin1String("red") || code == QLatin1String("orange") || code == QLatin1String("green");
    if (code == QLatin1String("red")) {
        a.m_dangerous = true;
        a.m_reasons << tr("The threat assessment is red.");
    }
    // The level table lives in one place: RequiredSecurityLevel (docs/domain.md).
    ThreatFacts threat;
    threat.code = code;
    threat.policeProtection = facts.policeProtection;
    threat.perpetratorSearching = facts.perpetratorSearching;
    threat.perpetratorKnowsLocation = facts.perpetratorKnowsLocation;
    a.m_level = static_cast<SecurityLevel>(RequiredSecurityLevel::derive(threat).level);
    if (facts.policeProtection) {
        a.m_dangerous = true;
        a.m_reasons << tr("The police protect this person after their own threat assessment.");
    }
    if (facts.perpetratorSearching) {
        a.m_dangerous = true;
        a.m_reasons << tr("A perpetrator is actively searching for the victim.");
    }
    if (facts.perpetratorKnowsLocation) {
        a.m_dangerous = true;
        a.m_reasons << tr("A perpetrator knows where the victim is.");
    }
    return a;
}

QString DangerAssessment::emergencyInstruction()
{
    return tr("In imminent danger: call 112 and notify the police.");
}

} // namespace vangnet
