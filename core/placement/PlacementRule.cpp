#include "placement/PlacementRule.h"

namespace vangnet {

QString PlacementRules::code(PlacementRule rule)
{
    switch (rule) {
    case PlacementRule::Gender:
        return QStringLiteral("gender");
    case PlacementRule::Age:
        return QStringLiteral("age");
    case PlacementRule::MinorsYouthTrack:
        return QStringLiteral("minor_youth_track");
    case PlacementRule::AdultsNoYouthTrack:
        return QStringLiteral("adult_youth_track");
    case PlacementRule::GirlsOnlyGroup:
        return QStringLiteral("girls_group");
    case PlacementRule::UnaccompaniedMinor:
        return QStringLiteral("unaccompanied_minor");
    case PlacementRule::Cosm:
        return QStringLiteral("cosm");
    case PlacementRule::MultiProblem:
        return QStringLiteral("multi_problem");
    case PlacementRule::LabourBeds:
        return QStringLiteral("labour_beds");
    case PlacementRule::JudgeAuthorisation:
        return QStringLiteral("judge_authorisation");
    case PlacementRule::SecurityLevel:
        return QStringLiteral("security_level");
    case PlacementRule::FreeBed:
        return QStringLiteral("free_bed");
    case PlacementRule::Children:
        return QStringLiteral("children");
    case PlacementRule::Pets:
        return QStringLiteral("pets");
    case PlacementRule::ResidenceStatus:
        return QStringLiteral("residence_status");
    }
    return QString();
}

QString PlacementRules::title(PlacementRule rule)
{
    switch (rule) {
    case PlacementRule::Gender:
        return tr("gender");
    case PlacementRule::Age:
        return tr("age");
    case PlacementRule::MinorsYouthTrack:
        return tr("minors only in youth care");
    case PlacementRule::AdultsNoYouthTrack:
        return tr("adults never in youth care");
    case PlacementRule::GirlsOnlyGroup:
        return tr("girls-only groups");
    case PlacementRule::UnaccompaniedMinor:
        return tr("unaccompanied minors");
    case PlacementRule::Cosm:
        return tr("COSM for non-Dutch adults in the reflection period");
    case PlacementRule::MultiProblem:
        return tr("multi-problem shelter (OMM)");
    case PlacementRule::LabourBeds:
        return tr("labour beds");
    case PlacementRule::JudgeAuthorisation:
        return tr("judge's authorisation");
    case PlacementRule::SecurityLevel:
        return tr("security level");
    case PlacementRule::FreeBed:
        return tr("free bed");
    case PlacementRule::Children:
        return tr("children");
    case PlacementRule::Pets:
        return tr("pets");
    case PlacementRule::ResidenceStatus:
        return tr("residence status");
    }
    return QString();
}

} // namespace vangnet
