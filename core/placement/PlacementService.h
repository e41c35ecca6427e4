#pragma once

#include "common/Result.h"
#include "placement/Placement.h"
#include "placement/PlacementAdvice.h"
#include "placement/PlacementRequest.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace vangnet {

class Database;
class ShelterRegistryCache;

// Facts that are not (yet) part of the case record but change the advice.
struct PlacementOptions
{
    bool judgeAuthorisation = false; // a judge authorised secure youth care
    QString girlsGroupWaiver; // weighty reason to place a girl outside a girls-only group
    int limit = 10; // suggestions shown (<= 0: all)
};

// Everything the placement panel and the CLI show for one case.
struct CasePlacementView
{
    QString caseId;
    QString caseNumber;
    PlacementRequest request;
    PlacementAdvice advice; // advice.required: the level and how it was reached
    QVector<Placement> placements; // newest first
};

// The placement use cases on top of the case store, the registry and the placement store: load a
// case, derive its required level (with the stored override), advise, place. Cases are addressed by
// UUID or case number (CaseRepository).
class PlacementService
{
    Q_DECLARE_TR_FUNCTIONS(PlacementService)

public:
    // registry: keeps the shelter registry between requests (the placement panel holds one); null
    // reads it from the vault for every request.
    explicit PlacementService(Database &db, ShelterRegistryCache *registry = nullptr);

    Result<CasePlacementView> load(const QString &caseIdOrNumber, const PlacementOptions &options = {});
    Result<RequiredLevel> requiredLevel(const QString &caseIdOrNumber);
    Status setOverride(const QString &caseIdOrNumber, int level, const QString &reason);
    Status clearOverride(const QString &caseIdOrNumber);

    // Places the case (holdDays > 0: holds a bed for that many days instead). Refused when the shelter
    // breaks a hard rule for this case, unless overrideReason is given; a missing free bed and a too
    // low security level are never overridden here (change the case's level with a reason instead).
    Result<Placement> place(const QString &caseIdOrNumber, const QString &shelterId, int holdDays = 0,
        const QString &overrideReason = {}, const PlacementOptions &options = {});
    // Asks a shelter for a bed (status requested) or puts the case on its wait list (wait_list);
    // neither takes a bed. Every hard rule but "free bed" must hold: a full shelter can have a wait list.
    Result<Placement> request(const QString &caseIdOrNumber, const QString &shelterId, bool waitList, const QString &reason = {},
        const PlacementOptions &options = {});
    Result<QVector<Placement>> placements(const QString &caseIdOrNumber);

    // For tests: "today" for the freshness of availability data.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

private:
    QDate today() const { return m_today ? m_today() : QDate::currentDate(); }

    Database &m_db;
    ShelterRegistryCache *m_registry;
    std::function<QDate()> m_today;
};

} // namespace vangnet
