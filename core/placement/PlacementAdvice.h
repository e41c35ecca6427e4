#pragma once

#include "placement/PlacementRule.h"
#include "placement/RequiredSecurityLevel.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace vangnet {

// One line of a suggestion's score: points and why.
struct ScoreReason
{
    int points = 0;
    QString code; // stable: region_outside, region_exploitation, perpetrator_area, ...
    QString text; // translated
};

struct Suggestion
{
    QString shelterId;
    QString name;
    QString type;
    QString region;
    int securityLevel = 0;
    int freeBeds = 0;
    QDate availabilityAsOf;
    int score = 0;
    QVector<ScoreReason> reasons;
};

struct RuleViolation
{
    PlacementRule rule;
    QString text; // translated, names the shelter's and the person's values (never an address)
};

struct Exclusion
{
    QString shelterId;
    QString name;
    QString type;
    int securityLevel = 0;
    QVector<RuleViolation> violations; // every rule the shelter breaks, in rule order
};

// When no shelter fits: the rule that excluded the most shelters and what to do next.
struct NothingFits
{
    PlacementRule rule = PlacementRule::FreeBed;
    int excludedCount = 0;
    QString text;
    QStringList nextSteps;
};

struct PlacementAdvice
{
    RequiredLevel required;
    QVector<Suggestion> suggestions; // ranked, at most the limit
    int suitableCount = 0; // before the limit
    QVector<Exclusion> excluded; // in shelter id order
    QStringList notes; // general remarks (COSM: always contact CoMensha)
    std::optional<NothingFits> nothingFits;
};

} // namespace vangnet
