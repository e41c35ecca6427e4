#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace vangnet {

class Database;

enum class DeadlineKind {
    ReflectionEnds, // "reflection_end"
    TaskDue, // "task_due": an open trajectory task
    ThreatReview, // "threat_review"
};

// One dated item for the deadlines view; no names, only the case's id and number.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::TaskDue;
    QDate date;
    QString caseId;
    QString caseNumber;
    QString taskKind; // CodeKind::TaskKind, for TaskDue
    int taskIndex = -1; // position in the case's tasks, for TaskDue
    bool overdue = false;
    int daysLeft = 0; // negative when overdue
    QString threatCode; // the case's threat assessment (CodeKind::ThreatCode); empty: not assessed
    int requiredLevel = 1; // the case's required security level in force, 0..4
};

// Reflection periods ending, open tasks due or overdue, threat reviews due, for cases that are not
// closed: one query, sorted by date. Overdue items are always included; a reflection period that
// ended only while the case is still before placement.
class Deadlines
{
public:
    static Result<QVector<Deadline>> upcoming(Database &db, int withinDays = 14, const QDate &today = QDate::currentDate());
    static QString kindCode(DeadlineKind kind);

    // A B8 reflection period ending within this many days is highlighted in the case list and the
    // deadlines (docs/USER-GUIDE.md, "Danger at a glance").
    static constexpr int ReflectionEndingSoonDays = 14;
    // With this many days left the period ends soon: today or within ReflectionEndingSoonDays (the
    // case list and the deadlines use this one rule; closed cases are shown in neither).
    static constexpr bool reflectionEndingSoon(qint64 daysLeft) { return daysLeft >= 0 && daysLeft <= ReflectionEndingSoonDays; }
};

} // namespace vangnet
