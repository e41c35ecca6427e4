#pragma once

#include "cases/Deadlines.h"
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace vangnet {

class Database;

// The small read queries the desktop's case list needs beside CaseSearch: the values offered in
// the coordinator and region filters, and each listed case's next deadline. All indexed; the
// deadline query is asked for one page of case ids at a time.
class CaseListQueries
{
public:
    // Distinct non-empty values, sorted case-insensitively.
    static Result<QStringList> coordinators(Database &db);
    static Result<QStringList> regions(Database &db);

    // The earliest open deadline of each given case (reflection end, open task due, threat review),
    // overdue ones included, with the rules of Deadlines: nothing for closed cases, and a reflection
    // period that has ended counts only while the case is still before placement. Cases without any
    // deadline are absent from the result.
    static Result<QHash<QString, Deadline>> nextDeadlines(
        Database &db, const QStringList &caseIds, const QDate &today = QDate::currentDate());

private:
    static Result<QStringList> distinct(Database &db, const QString &column);
};

} // namespace vangnet
