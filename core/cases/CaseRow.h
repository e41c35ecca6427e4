#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace vangnet {

class Database;
class Statement;
struct Case;

// The columns of a `cases` row that are kept beside the case's JSON (`data`) for lists, filters
// and orders: the one place that knows them, for CaseRepository (new and edited cases) and
// CaseImporter (merged handovers). Does not touch the derived tables: callers rebuild CaseIndex.
class CaseRow
{
public:
    // "col = ?, ..." for an UPDATE and the column list / placeholders for an INSERT, in the order
    // bind() fills them, from parameter 1.
    static QString assignments();
    static QString insertColumns();
    static QString insertPlaceholders();
    // Binds the columns from parameter 1 and returns the next free parameter index. updated_at is
    // the given moment (UTC, milliseconds).
    static int bind(Statement &q, const Case &c, const QDateTime &updatedAt);
    // Rewrites the row of `doc`.
    static Status update(Database &db, qint64 doc, const Case &c, const QDateTime &updatedAt);
};

} // namespace vangnet
