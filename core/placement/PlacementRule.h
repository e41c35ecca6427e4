#pragma once

#include <QCoreApplication>
#include <QString>

namespace vangnet {

// The hard rules of docs/domain.md ("Placement hard rules"), in the order they are checked and
// reported. Stable codes appear in JSON ("rules") and tests.
enum class PlacementRule {
    Gender, // the shelter accepts the person's gender (women's/men's shelters by type too)
    Age, // the person's age fits the shelter's range
    MinorsYouthTrack, // minors only in youth tracks
    AdultsNoYouthTrack, // adults never in youth tracks
    GirlsOnlyGroup, // girls-only groups take only girls; girls go to girls-only groups
    UnaccompaniedMinor, // unaccompanied minors → protected_minors, and protected_minors only for them
    Cosm, // non-Dutch adults in reflection → COSM, and COSM only for them
    MultiProblem, // 2+ of lvb/mental_health/addiction → OMM required; OMM needs at least one
    LabourBeds, // labour beds only for labour exploitation
    JudgeAuthorisation, // secure youth care needs a judge's authorisation
    SecurityLevel, // shelter level ≥ required level
    FreeBed, // at least one free bed
    Children, // children accepted when the person has children with them
    Pets, // pets accepted when pets are recorded
    ResidenceStatus, // the shelter accepts the residence status (empty list: any)
};

class PlacementRules
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRules)

public:
    static constexpr int kCount = int(PlacementRule::ResidenceStatus) + 1;
    static QString code(PlacementRule rule);
    // Short translated name of the rule ("security level", "free bed").
    static QString title(PlacementRule rule);
};

} // namespace vangnet
