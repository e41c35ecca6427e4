#pragma once

#include "common/Result.h"
#include "placement/ThreatFacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace vangnet {

struct Case;

// A case's manual override of the derived level, stored per case (case_security_override).
struct SecurityOverride
{
    int level = 0;
    QString reason;
    QDateTime setAt;
    QString setBy;
};

// The level a case needs and how it was reached (translated reasons, in order).
struct RequiredLevel
{
    int level = 0; // effective level, 0..4
    int derivedLevel = 0; // level from the table, before any override
    bool overridden = false;
    QString overrideReason;
    QStringList reasons;
};

// The derivation table of docs/domain.md ("Shelters and security levels"): green → S1, orange → S2,
// red → S3, police protection → S4; one level higher (at most S4) when a perpetrator actively
// searches for the victim or knows where the victim is; no assessment yet → S1 (as green, never
// lower than a screened case). The single place this
// table lives: safety/DangerAssessment and the placement advisor both call derive().
class RequiredSecurityLevel
{
    Q_DECLARE_TR_FUNCTIONS(RequiredSecurityLevel)

public:
    static RequiredLevel derive(const ThreatFacts &facts);
    // The threat assessment and every perpetrator's flags of a case.
    static ThreatFacts factsFromCase(const Case &c);
    // Applies a stored override (its reason becomes the last line of the reasons).
    static RequiredLevel withOverride(RequiredLevel derived, const std::optional<SecurityOverride> &manual);
    // A manual override needs a level in 0..4 and a non-empty reason.
    static Status validateOverride(int level, const QString &reason);
};

} // namespace vangnet
