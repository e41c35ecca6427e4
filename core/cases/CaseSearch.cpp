#include "cases/CaseSearch.h"

#include "cases/TextFolding.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {

QString CaseSearch::matchExpression(const QString &text)
{
    QStringList terms;
    // Tokens hold letters and digits only, so no FTS syntax can slip in; at most 16 words.
    for (const QString &token : TextFolding::tokens(text).mid(0, 16))
        terms.append(token + QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

Status CaseSearch::check(const CaseFilter &filter) const
{
    if (!filter.phase.isEmpty() && !Codes::isValid(CodeKind::Phase, filter.phase))
        return Error(ErrorCode::InvalidInput, tr("Unknown phase. Allowed phases: %1.").arg(Codes::allowedText(CodeKind::Phase)));
    if (!filter.exploitationForm.isEmpty() && !Codes::isValid(CodeKind::ExploitationForm, filter.exploitationForm))
        return Error(ErrorCode::InvalidInput,
            tr("Unknown exploitation form. Allowed forms: %1.").arg(Codes::allowedText(CodeKind::ExploitationForm)));
    if (filter.reflectionEndingWithinDays && *filter.reflectionEndingWithinDays < 0)
        return Error(ErrorCode::InvalidInput, tr("The number of days cannot be negative."));
    return {};
}

QString CaseSearch::whereClause(const CaseFilter &filter, QVariantList &params) const
{
    QStringList conditions;
    const QString match = matchExpression(filter.text);
    if (!match.isEmpty()) {
        conditions.append(QStringLiteral("c.doc IN (SELECT docid FROM case_fts WHERE case_fts MATCH ?)"));
        params.append(match);
    } else if (!filter.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("0")); // text without any word matches nothing rather than everything
    }
    if (!filter.phase.isEmpty()) {
        conditions.append(QStringLiteral("c.phase = ?"));
        params.append(filter.phase);
    }
    if (!filter.exploitationForm.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM case_forms f WHERE f.form = ? AND f.case_doc = c.doc)"));
        params.append(filter.exploitationForm);
    }
    if (!filter.coordinator.isEmpty()) {
        conditions.append(QStringLiteral("c.coordinator = ?"));
        params.append(filter.coordinator);
    }
    if (!filter.region.isEmpty()) {
        conditions.append(QStringLiteral("c.region = ?"));
        params.append(filter.region);
    }
    if (filter.reflectionEndingWithinDays) {
        conditions.append(QStringLiteral("c.reflection_end BETWEEN ? AND ?"));
        params.append(m_today.toString(Qt::ISODate));
        params.append(m_today.addDays(*filter.reflectionEndingWithinDays).toString(Qt::ISODate));
    }
    if (filter.overdueTasks) {
        // IN over one index scan, not a correlated EXISTS per case (100k cases: 54 ms instead of > 60 s).
        conditions.append(QStringLiteral("c.doc IN (SELECT t.case_doc FROM case_tasks t WHERE t.done = 0 AND t.due < ?)"));
        params.append(m_today.toString(Qt::ISODate));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QVector<CaseSummary>> CaseSearch::find(const CaseFilter &filter, CaseSort sort, int offset, int limit) const
{
    if (auto st = check(filter); !st)
        return st.error();
    if (offset < 0 || limit < 0)
        return Error(ErrorCode::InvalidInput, tr("Offset and limit cannot be negative."));
    QVariantList params;
    QString order;
    switch (sort) {
    case CaseSort::NumberDesc:
        order = QStringLiteral("c.year DESC, c.seq DESC");
        break;
    case CaseSort::NumberAsc:
        order = QStringLiteral("c.year, c.seq");
        break;
    case CaseSort::UpdatedDesc:
        order = QStringLiteral("c.updated_at DESC, c.doc DESC");
        break;
    case CaseSort::FamilyNameAsc:
        order = QStringLiteral("c.family_name IS NULL, c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.doc");
        break;
    case CaseSort::ReflectionEndAsc:
        order = QStringLiteral("c.reflection_end IS NULL, c.reflection_end, c.doc");
        break;
    }
    const QString sql
        = QStringLiteral("SELECT c.id, c.number, c.given_name, c.family_name, c.phase, c.region, c.coordinator, c.birth_date,"
                         " c.reflection_end, c.threat_code, c.updated_at,"
                         " (SELECT group_concat(f.form, ' ') FROM case_forms f WHERE f.case_doc = c.doc)"
                         " FROM cases c")
        + whereClause(filter, params) + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
    auto q = m_db.prepare(sql);
    if (!q)
        return q.error();
    int i = 1;
    for (const QVariant &p : params)
        q->bind(i++, p);
    q->bind(i++, limit);
    q->bind(i, offset);
    QVector<CaseSummary> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        CaseSummary s;
        s.id = q->text(0);
        s.number = q->text(1);
        s.givenName = q->text(2);
        s.familyName = q->text(3);
        s.phase = q->text(4);
        s.region = q->text(5);
        s.coordinator = q->text(6);
        s.birthDate = QDate::fromString(q->text(7), Qt::ISODate);
        s.reflectionEnd = QDate::fromString(q->text(8), Qt::ISODate);
        s.threatCode = q->text(9);
        s.updatedAt = QDateTime::fromString(q->text(10), Qt::ISODateWithMs);
        s.exploitationForms = q->text(11).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.append(s);
    }
    return out;
}

Result<int> CaseSearch::count(const CaseFilter &filter) const
{
    if (auto st = check(filter); !st)
        return st.error();
    QVariantList params;
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM cases c") + whereClause(filter, params));
    if (!q)
        return q.error();
    int i = 1;
    for (const QVariant &p : params)
        q->bind(i++, p);
    auto row = q->step();
    if (!row)
        return row.error();
    return int(q->integer(0));
}

} // namespace vangnet
