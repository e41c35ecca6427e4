#include "reports/CaseloadFigures.h"

#include "domain/Phase.h"
#include "safety/SecurityLevel.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>

namespace vangnet {

CaseFilter CaseloadFigures::tileFilter(Tile tile)
{
    CaseFilter f;
    switch (tile) {
    case Tile::InDanger:
        f.minRequiredLevel = DangerLevel;
        break;
    case Tile::ReflectionEnding:
        f.reflectionEndingWithinDays = Deadlines::ReflectionEndingSoonDays;
        break;
    case Tile::OverdueTasks:
        f.overdueTasks = true;
        break;
    case Tile::WaitingForBed:
        f.waitingForBed = true;
        break;
    case Tile::WaitingWithoutConsent:
        f.waitingForBed = true;
        f.withoutPlacementConsent = true;
        break;
    }
    return f;
}

namespace {

// Runs a query of (key, count) rows into `add`.
template<typename Add> Status readPairs(Database &db, const QString &sql, Add add)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        add(q.value());
    }
}

Result<int> countOf(const CaseSearch &search, CaseloadFigures::Tile tile)
{
    return search.count(CaseloadFigures::tileFilter(tile));
}

} // namespace

Result<CaseloadFigures> CaseloadFigures::compute(Database &db, const QDate &today)
{
    CaseloadFigures f;
    f.today = today;
    for (const QString &phase : Phase::order())
        f.byPhase.insert(phase, 0);
    for (int level = 0; level <= 4; ++level)
        f.byRequiredLevel.insert(level, 0);
    // One pass over migration 190's covering index (phase, required_level, id), in its order: the
    // cases by phase, the open ones by the level in force (a level set by hand included,
    // cases/CaseDangerColumns) and from those the cases in danger, exactly as the tile's filter
    // (open, required_level >= DangerLevel) counts them. Counting that filter through CaseSearch
    // read each matching case's row: about 1.2 s at 100,000 cases, this pass about 50 ms.
    if (auto st
        = readPairs(db, QStringLiteral("SELECT phase, required_level, count(*) FROM cases GROUP BY phase, required_level"),
            [&f](Statement &q) {
                const QString phase = q.text(0);
                const int level = int(q.integer(1));
                const int n = int(q.integer(2));
                f.byPhase[phase] += n;
                if (phase == QLatin1String("closed") || level < 0 || level > 4)
                    return;
                f.byRequiredLevel[level] += n;
                if (level >= DangerLevel)
                    f.inDanger += n;
            });
        !st)
        return st.error();

    // The open cases with an overdue task, as the tile's filter counts them, from indexes alone:
    // migration 200's (done, due, case_doc) and the closed cases from the phase index. The filter's
    // own form (open cases whose doc is among the overdue tasks' cases), like a correlated NOT EXISTS,
    // seeks each such case's row: about 400 ms at 100,000 cases with 16,000 overdue, this 7 ms.
    auto overdue = db.prepare(QStringLiteral("SELECT count(DISTINCT t.case_doc) FROM case_tasks t WHERE t.done = 0 AND t.due < ?"
                                             " AND t.case_doc NOT IN (SELECT x.doc FROM cases x WHERE x.phase = 'closed')"));
    if (!overdue)
        return overdue.error();
    overdue->bind(1, today.toString(Qt::ISODate));
    if (auto row = overdue->step(); !row)
        return row.error();
    f.overdueTasks = int(overdue->integer(0));

    // The other tiles read few rows through their filters: reflection ends by index, placements and
    // consents are few beside the cases.
    const CaseSearch search(db, today);
    const struct
    {
        Tile tile;
        int *into;
    } tiles[] = { { Tile::ReflectionEnding, &f.reflectionEndingWithin14Days }, { Tile::WaitingForBed, &f.placementsWaiting },
        { Tile::WaitingWithoutConsent, &f.waitingWithoutPlacementConsent } };
    for (const auto &t : tiles) {
        auto n = countOf(search, t.tile);
        if (!n)
            return n.error();
        *t.into = n.value();
    }

    auto incidents = db.scalar(QStringLiteral("SELECT count(*) FROM staff_incidents WHERE status <> 'closed'"));
    if (!incidents)
        return incidents.error();
    f.openIncidents = incidents->toInt();

    // created_at is UTC; a month runs from local midnight on its first day.
    auto months = db.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE created_at >= ? AND created_at < ?"));
    if (!months)
        return months.error();
    const QDate thisMonth(today.year(), today.month(), 1);
    const auto stamp = [](const QDate &d) { return d.startOfDay().toUTC().toString(Qt::ISODateWithMs); };
    for (int back = 11; back >= 0; --back) {
        const QDate first = thisMonth.addMonths(-back);
        months->bind(1, stamp(first)).bind(2, stamp(first.addMonths(1)));
        auto row = months->step();
        if (!row)
            return row.error();
        f.signalsPerMonth.append({ first, int(months->integer(0)) });
        months->reset();
    }

    for (int level = 0; level <= 4; ++level)
        f.bedsByLevel.insert(level, LevelBeds {});
    if (auto st = readPairs(db, QStringLiteral("SELECT security_level, sum(free_beds) FROM shelters GROUP BY 1"),
            [&f](Statement &q) { f.bedsByLevel[int(q.integer(0))].free = int(q.integer(1)); });
        !st)
        return st.error();
    if (auto st = readPairs(db,
            QStringLiteral("SELECT s.security_level, count(*) FROM placements p JOIN shelters s ON s.id = p.shelter_id"
                           " WHERE p.status IN ('placed', 'bed_held') GROUP BY 1"),
            [&f](Statement &q) { f.bedsByLevel[int(q.integer(0))].taken = int(q.integer(1)); });
        !st)
        return st.error();
    return f;
}

QJsonObject CaseloadFigures::toJson() const
{
    QJsonObject phases;
    for (auto it = byPhase.cbegin(); it != byPhase.cend(); ++it)
        phases.insert(it.key(), it.value());
    QJsonObject levels;
    for (auto it = byRequiredLevel.cbegin(); it != byRequiredLevel.cend(); ++it)
        levels.insert(SecurityLevels::code(SecurityLevel(it.key())), it.value());
    QJsonArray months;
    for (const MonthCount &m : signalsPerMonth)
        months.append(QJsonObject {
            { QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM")) }, { QStringLiteral("count"), m.count } });
    QJsonObject beds;
    for (auto it = bedsByLevel.cbegin(); it != bedsByLevel.cend(); ++it)
        beds.insert(SecurityLevels::code(SecurityLevel(it.key())),
            QJsonObject { { QStringLiteral("taken"), it->taken }, { QStringLiteral("free"), it->free } });
    return QJsonObject { { QStringLiteral("date"), today.toString(Qt::ISODate) }, { QStringLiteral("byPhase"), phases },
        { QStringLiteral("byRequiredLevel"), levels }, { QStringLiteral("inDanger"), inDanger },
        { QStringLiteral("reflectionEndingWithin14Days"), reflectionEndingWithin14Days },
        { QStringLiteral("overdueTasks"), overdueTasks }, { QStringLiteral("placementsWaiting"), placementsWaiting },
        { QStringLiteral("waitingWithoutPlacementConsent"), waitingWithoutPlacementConsent },
        { QStringLiteral("openIncidents"), openIncidents }, { QStringLiteral("signalsPerMonth"), months },
        { QStringLiteral("bedsBySecurityLevel"), beds } };
}

} // namespace vangnet
