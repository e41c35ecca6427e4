#include "cases/CaseProblems.h"

#include "cases/CaseJson.h"

#include <QRegularExpression>

namespace vangnet {

QVector<FieldProblem> CaseProblems::split(const Error &error)
{
    QString text = error.message();
    // The outer template "The case data is not valid: %1." – strip what surrounds %1.
    const QString outer = CaseJson::tr("The case data is not valid: %1.");
    if (const qsizetype at = outer.indexOf(QLatin1String("%1")); at >= 0) {
        const QString head = outer.left(at);
        const QString tail = outer.mid(at + 2);
        if (text.startsWith(head) && text.endsWith(tail))
            text = text.mid(head.size(), text.size() - head.size() - tail.size());
    }
    // Each problem is "field %1: %2"; the path holds letters, digits, dots and brackets only.
    const QString item = CaseJson::tr("field %1: %2");
    const qsizetype p1 = item.indexOf(QLatin1String("%1"));
    const qsizetype p2 = item.indexOf(QLatin1String("%2"));
    QVector<FieldProblem> out;
    if (p1 < 0 || p2 < p1) {
        out.append(FieldProblem { QString(), error.message() });
        return out;
    }
    const QRegularExpression re(QRegularExpression::escape(item.left(p1)) + QStringLiteral("([A-Za-z0-9_.\\[\\]]+)")
        + QRegularExpression::escape(item.mid(p1 + 2, p2 - p1 - 2)));
    QVector<QRegularExpressionMatch> matches;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Only at the start or right after the "; " separator, so a message quoting a field is not split.
        if (m.capturedStart() == 0 || text.mid(m.capturedStart() - 2, 2) == QLatin1String("; "))
            matches.append(m);
    }
    if (matches.isEmpty()) {
        out.append(FieldProblem { QString(), error.message() });
        return out;
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype from = matches.at(i).capturedEnd();
        const qsizetype to = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() - 2 : text.size();
        out.append(FieldProblem { matches.at(i).captured(1), text.mid(from, to - from).trimmed() });
    }
    return out;
}

} // namespace vangnet
