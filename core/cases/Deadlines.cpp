#include "cases/Deadlines.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace vangnet {

QString Deadlines::kindCode(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::ReflectionEnds:
        return QStringLiteral("reflection_end");
    case DeadlineKind::TaskDue:
        return QStringLiteral("task_due");
    case DeadlineKind::ThreatReview:
        return QStringLiteral("threat_review");
    }
    return {};
}

Result<QVector<Deadline>> Deadlines::upcoming(Database &db, int withinDays, const QDate &today)
{
    if (withinDays < 0)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Deadlines", "The number of days cannot be negative."));
    auto q = db.prepare(
        QStringLiteral("SELECT 0, c.reflection_end, c.id, c.number, NULL, -1, c.threat_code, c.required_level FROM cases c"
                       " WHERE c.phase <> 'closed' AND c.reflection_end IS NOT NULL AND c.reflection_end <= :horizon"
                       "   AND (c.reflection_end >= :today OR c.phase IN ('signal', 'intake', 'reflection'))"
                       " UNION ALL"
                       " SELECT 1, t.due, c.id, c.number, t.kind, t.position, c.threat_code, c.required_level FROM case_tasks t "
                       "JOIN cases c ON c.doc = t.case_doc"
                       " WHERE t.done = 0 AND t.due IS NOT NULL AND t.due <= :horizon AND c.phase <> 'closed'"
                       " UNION ALL"
                       " SELECT 2, c.threat_review, c.id, c.number, NULL, -1, c.threat_code, c.required_level FROM cases c"
                       " WHERE c.phase <> 'closed' AND c.threat_review IS NOT NULL AND c.threat_review <= :horizon"
                       " ORDER BY 2, 4, 1"));
    if (!q)
        return q.error();
    q->bind(":horizon", today.addDays(withinDays).toString(Qt::ISODate));
    q->bind(":today", today.toString(Qt::ISODate));
    QVector<Deadline> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        Deadline d;
        d.kind = DeadlineKind(q->integer(0));
        d.date = QDate::fromString(q->text(1), Qt::ISODate);
        d.caseId = q->text(2);
        d.caseNumber = q->text(3);
        d.taskKind = q->text(4);
        d.taskIndex = int(q->integer(5));
        d.threatCode = q->text(6);
        d.requiredLevel = int(q->integer(7));
        d.daysLeft = int(today.daysTo(d.date));
        d.overdue = d.daysLeft < 0;
        out.append(d);
    }
    return out;
}

} // namespace vangnet
