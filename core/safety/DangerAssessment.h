#pragma once

#include "safety/DangerFacts.h"
#include "safety/SecurityLevel.h"

#include <QCoreApplication>
#include <QStringList>

namespace vangnet {

// A pure function from the threat facts to "is this person in danger, why, and which security level
// is required" (docs/domain.md: green → S1, orange → S2, red → S3, police protection → S4, one level
// higher, at most S4, when a perpetrator searches for the victim or knows where the victim is).
// A case without a threat assessment is treated like green (S1): never lower than a screened case.
class DangerAssessment
{
    Q_DECLARE_TR_FUNCTIONS(DangerAssessment)

public:
    DangerAssessment() = default;
    static DangerAssessment assess(const DangerFacts &facts);

    // Red code, police protection, or a perpetrator who searches for or knows where the victim is.
    bool isDangerous() const { return m_dangerous; }
    // Translated, one sentence each, in a fixed order; never contains case data.
    const QStringList &reasons() const { return m_reasons; }
    SecurityLevel requiredLevel() const { return m_level; }
    // Whether a threat assessment (a known code) was recorded at all.
    bool isAssessed() const { return m_assessed; }

    // "In imminent danger: call 112 and notify the police": the same sentence wherever danger shows.
    static QString emergencyInstruction();

    bool operator==(const DangerAssessment &) const = default;

private:
    bool m_dangerous = false;
    bool m_assessed = false;
    QStringList m_reasons;
    SecurityLevel m_level = SecurityLevel::S1;
};

} // namespace vangnet
