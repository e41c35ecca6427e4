#pragma once

#include "cases/CaseSearch.h"
#include "cases/Deadlines.h"
#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QVector>

namespace vangnet {

class Database;

// Signals (new cases) of one calendar month.
struct MonthCount
{
    QDate month; // the first day of the month
    int count = 0;
};

// Beds by shelter security level: taken (placed or held) and free.
struct LevelBeds
{
    int taken = 0;
    int free = 0;
};

// The figures of the caseload overview: the coordinator's first question each morning ("who is in
// danger, whose reflection period ends, what is overdue, who waits for a bed"). Every tile figure
// counts exactly the cases of the case list's own filter (tileFilter), so a tile and the list it
// opens agree (TestCaseloadFigures holds each figure against its list): three through CaseSearch,
// "in danger" and "overdue" by equivalent queries that read indexes only. At 100,000 cases about
// 100 ms (docs/PERFORMANCE.md).
struct CaseloadFigures
{
    // The case list filters behind the tiles.
    enum class Tile { InDanger, ReflectionEnding, OverdueTasks, WaitingForBed, WaitingWithoutConsent };
    // "In danger": open cases that need at least S3 (a secret address or more).
    static constexpr int DangerLevel = 3;
    static CaseFilter tileFilter(Tile tile);

    QDate today;
    QMap<QString, int> byPhase; // every phase code, zero included
    QMap<int, int> byRequiredLevel; // open cases by the level they need (0..4, override included)
    int inDanger = 0;
    int reflectionEndingWithin14Days = 0;
    int overdueTasks = 0; // open cases with at least one overdue task
    int placementsWaiting = 0; // open cases waiting for a bed
    // "Cases without a valid consent for an export that is due": the export that is due is the
    // placement request of a case waiting for a bed (its request letter, PlacementRequestContent,
    // needs a consent with purpose "placement"); counted are the open cases waiting for a bed with
    // no such consent holding today. Registration with CoMensha has no due date in the vault, so it
    // is not counted here.
    int waitingWithoutPlacementConsent = 0;
    int openIncidents = 0; // staff incidents not closed
    QVector<MonthCount> signalsPerMonth; // the last 12 months, oldest first, this month included
    QMap<int, LevelBeds> bedsByLevel; // shelter security level 0..4

    static Result<CaseloadFigures> compute(Database &db, const QDate &today = QDate::currentDate());
    // {"date", "byPhase": {code: n}, "byRequiredLevel": {"S0".."S4": n}, "inDanger",
    //  "reflectionEndingWithin14Days", "overdueTasks", "placementsWaiting",
    //  "waitingWithoutPlacementConsent", "openIncidents",
    //  "signalsPerMonth": [{"month": "YYYY-MM", "count"}], "bedsBySecurityLevel": {"S0": {"taken", "free"}}}
    QJsonObject toJson() const;
};

} // namespace vangnet
