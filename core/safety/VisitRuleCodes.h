#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace vangnet {

// The visit rules a case can carry when its exploiters threaten staff (docs/domain.md, "Staff safety").
class VisitRuleCodes
{
    Q_DECLARE_TR_FUNCTIONS(VisitRuleCodes)

public:
    static const QStringList &all();
    static bool isValid(const QString &code) { return all().contains(code); }
    // Translated rule as the screens show it, e.g. "Visits only with two staff members".
    static QString label(const QString &code);
    static QString allowedText() { return all().join(QStringLiteral(", ")); }
    // InvalidInput naming the first unknown code and the allowed ones.
    static Status validate(const QStringList &codes);
    // "a,b , c" → {"a", "b", "c"}: trimmed, empty parts and duplicates dropped, order kept.
    static QStringList parseList(const QString &text);
};

} // namespace vangnet
