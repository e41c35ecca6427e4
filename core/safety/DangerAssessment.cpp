#include "safety/DangerAssessment.h"

namespace vangnet {

DangerAssessment DangerAssessment::assess(const DangerFacts &facts)
{
    DangerAssessment a;
    const QString code = facts.threatCode.trimmed().toLower();
    if (code == QLatin1String("red")) {
        a.m_level = SecurityLevel::S3;
        a.m_assessed = true;
        a.m_dangerous = true;
        a.m_reasons << tr("The threat assessment is red.");
    } else if (code == QLatin1String("orange")) {
        a.m_level = SecurityLevel::S2;
        a.m_assessed = true;
    } else if (code == QLatin1String("green")) {
        a.m_level = SecurityLevel::S1;
        a.m_assessed = true;
    } else {
        a.m_level = SecurityLevel::S1;
    }
    if (facts.policeProtection) {
        a.m_level = SecurityLevel::S4;
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
    // One step for "searches or knows", not two: the table raises the level once.
    if (facts.perpetratorSearching || facts.perpetratorKnowsLocation)
        a.m_level = SecurityLevels::raised(a.m_level);
    return a;
}

QString DangerAssessment::emergencyInstruction()
{
    return tr("In imminent danger: call 112 and notify the police.");
}

} // namespace vangnet
