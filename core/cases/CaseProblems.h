#pragma once

#include "common/Error.h"

#include <QString>
#include <QVector>

namespace vangnet {

// One complaint of CaseJson about one field: the field's path as CaseJson names it ("birthDate",
// "threat.reviewDate", "tasks[2].due") and what is wrong with it.
struct FieldProblem
{
    QString field;
    QString message;
};

// Splits CaseJson's "The case data is not valid: field a: ...; field b: ..." error into one problem
// per field, so that an editor can show each message next to its field. The patterns are taken from
// CaseJson's own translated templates, so this works in every language. (A structured variant in
// CaseJson itself would be cleaner; until then this keeps the editor free of string guessing.)
class CaseProblems
{
public:
    static QVector<FieldProblem> split(const Error &error);
};

} // namespace vangnet
