#pragma once

#include "placement/PlacementAdvice.h"
#include "placement/PlacementRequest.h"
#include "shelters/Shelter.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace vangnet {

// Explainable placement advice (docs/CLI.md, "How advice is made"). The hard rules come
// first: a shelter that breaks any is excluded with every rule it breaks. The rest are scored
// transparently (each point has a reason) and ranked: score desc, security level desc, free beds
// desc, shelter id asc, so the same input always gives the same ranking.
// Load the registry once and call advise() per case: evaluation is in memory.
class PlacementAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(PlacementAdvisor)

public:
    // Points of the score (documented; tests use them).
    static constexpr int kOutsideExploitationRegion = 20;
    static constexpr int kInExploitationRegion = -30;
    static constexpr int kAwayFromPerpetratorAreas = 10;
    static constexpr int kInPerpetratorArea = -25;
    static constexpr int kLanguageMatch = 10;
    static constexpr int kNoSharedLanguage = -5;
    static constexpr int kSpecialismPerNeed = 8;
    static constexpr int kSpecialismPerExploitationForm = 4;
    static constexpr int kOmmPreferred = 10;
    static constexpr int kFreshAvailability = 5;
    static constexpr int kStaleAvailability = -8; // as of more than 7 days ago
    static constexpr int kVeryStaleAvailability = -20; // more than 30 days ago, or unknown
    static constexpr int kStaleDays = 7;
    static constexpr int kVeryStaleDays = 30;
    static constexpr int kDefaultLimit = 10;

    explicit PlacementAdvisor(QVector<Shelter> shelters);

    // limit: at most this many suggestions (<= 0: all). explainExcluded = false leaves the
    // excluded shelters' texts empty (their rules are still listed): much faster for large registries.
    PlacementAdvice advise(const PlacementRequest &request, const RequiredLevel &required, const QDate &today,
        int limit = kDefaultLimit, bool explainExcluded = true) const;

    // Every hard rule the shelter breaks for this person (empty: the shelter may be offered).
    static QVector<RuleViolation> check(
        const Shelter &shelter, const PlacementRequest &request, int requiredLevel, bool explain = true);
    // The score of a shelter that passed the hard rules, with a reason for every point.
    static QVector<ScoreReason> score(const Shelter &shelter, const PlacementRequest &request, const QDate &today);
    // Region strings match when equal or when one holds the other as whole words, ignoring case
    // ("Rotterdam" and "Rotterdam-Rijnmond").
    static bool regionsMatch(const QString &a, const QString &b);

    const QVector<Shelter> &shelters() const { return m_shelters; }

private:
    QVector<Shelter> m_shelters;
};

} // namespace vangnet
