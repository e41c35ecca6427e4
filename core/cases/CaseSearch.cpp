#include "cases/CaseSearch.h"

#include "cases/TextFolding.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
    if (!filter.threatCode.isEmpty() && !Codes::isValid(CodeKind::ThreatCode, filter.threatCode))
        return Error(
            ErrorCode::InvalidInput, tr("Unknown threat code. Allowed codes: %1.").arg(Codes::allowedText(CodeKind::ThreatCode)));
    if (filter.reflectionEndingWithinDays && *filter.reflectionEndingWithinDays < 0)
        return Error(ErrorCode::InvalidInput, tr("The number of days cannot be negative."));
    if (filter.minRequiredLevel && (*filter.minRequiredLevel < 0 || *filter.minRequiredLevel > 4))
        return Error(ErrorCode::InvalidInput, tr("A security level is one of S0, S1, S2, S3 and S4."));
    return {};
}

namespace {

bool hasNonTextFilter(const CaseFilter &f)
{
    return !f.phase.isEmpty() || !f.exploitationForm.isEmpty() || !f.coordinator.isEmpty() || !f.region.isEmpty()
        || !f.threatCode.isEmpty() || f.minRequiredLevel.has_value() || f.reflectionEndingWithinDays.has_value() || f.overdueTasks
        || f.waitingForBed || f.withoutPlacementConsent;
}

// Binds the parameters in order; returns the next free index.
int bindAll(Statement &q, const QVariantList &params)
{
    int i = 1;
    for (const QVariant &p : params)
        q.bind(i++, p);
    return i;
}

// The first column of the single row of a count or max query.
Result<qint64> single(Result<Statement> &q)
{
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    return q->integer(0);
}

} // namespace

QString CaseSearch::whereClause(const CaseFilter &filter, const Plan &plan, QVariantList &params) const
{
    QStringList conditions;
    // Walking the order's index: a unary + keeps a filter off its own index.
    const QString column = plan.walkOrder ? QStringLiteral("+c.") : QStringLiteral("c.");
    if (!filter.phase.isEmpty()) {
        conditions.append(column + QStringLiteral("phase = ?"));
        params.append(filter.phase);
    }
    if (!filter.coordinator.isEmpty()) {
        conditions.append(column + QStringLiteral("coordinator = ?"));
        params.append(filter.coordinator);
    }
    if (!filter.region.isEmpty()) {
        conditions.append(column + QStringLiteral("region = ?"));
        params.append(filter.region);
    }
    if (!filter.threatCode.isEmpty()) {
        conditions.append(column + QStringLiteral("threat_code = ?"));
        params.append(filter.threatCode);
    }
    if (filter.reflectionEndingWithinDays) {
        conditions.append(column + QStringLiteral("reflection_end BETWEEN ? AND ?"));
        params.append(m_today.toString(Qt::ISODate));
        params.append(m_today.addDays(*filter.reflectionEndingWithinDays).toString(Qt::ISODate));
    }
    if (!filter.exploitationForm.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM case_forms f WHERE f.form = ? AND f.case_doc = c.doc)"));
        params.append(filter.exploitationForm);
    }
    if (filter.overdueTasks) {
        // IN over one index scan, not a correlated EXISTS per case (100k cases: 54 ms instead of > 60 s).
        // A closed case's tasks are no longer anyone's work (the deadlines leave them out too).
        conditions.append(column + QStringLiteral("phase <> 'closed' AND ") + column
            + QStringLiteral("doc IN (SELECT t.case_doc FROM case_tasks t WHERE t.done = 0 AND t.due < ?)"));
        params.append(m_today.toString(Qt::ISODate));
    }
    if (filter.minRequiredLevel) {
        // Open cases: the level in force (migration 190: derived, or set by hand).
        conditions.append(column + QStringLiteral("phase <> 'closed' AND ") + column + QStringLiteral("required_level >= ?"));
        params.append(*filter.minRequiredLevel);
    }
    if (filter.waitingForBed) {
        // Placements are few beside the cases: collected once over placements_case.
        conditions.append(column + QStringLiteral("phase <> 'closed' AND ") + column
            + QStringLiteral("id IN (SELECT p.case_id FROM placements p"
                             " WHERE p.status IN ('requested', 'wait_list', 'refused')"
                             " AND NOT EXISTS (SELECT 1 FROM placements b WHERE b.case_id = p.case_id"
                             "  AND (b.status IN ('placed', 'bed_held') OR b.created_at > p.created_at)))"));
    }
    if (filter.withoutPlacementConsent) {
        // Consents are few beside the cases: the cases holding a valid one, collected once. Dates are
        // ISO text, so they compare as text (Consent::statusOn: from valid_from, until the day before expires).
        conditions.append(column + QStringLiteral("phase <> 'closed' AND ") + column
            + QStringLiteral("id NOT IN (SELECT k.case_id FROM consents k WHERE k.purpose = 'placement'"
                             " AND (k.withdrawn_at IS NULL OR k.withdrawn_at = '') AND k.valid_from <= ?"
                             " AND (k.expires = '' OR k.expires > ?))"));
        params.append(m_today.toString(Qt::ISODate));
        params.append(m_today.toString(Qt::ISODate));
    }
    // The text last: SQLite tests the conditions in this order, and the cheap ones first spare the
    // word test of the cases they already exclude.
    const QString match = matchExpression(filter.text);
    if (!match.isEmpty()) {
        switch (plan.text) {
        case TextUse::Drive:
            conditions.append(QStringLiteral("c.doc IN (SELECT docid FROM case_fts WHERE case_fts MATCH ?)"));
            params.append(match);
            break;
        case TextUse::Probe:
            // The unary + keeps SQLite from looking the matches up by rowid: it walks an index and
            // tests each case against the matches, collected once per query.
            conditions.append(QStringLiteral("+c.doc IN (SELECT docid FROM case_fts WHERE case_fts MATCH ?)"));
            params.append(match);
            break;
        case TextUse::Scan: {
            // The same test as the MATCH, on the case's row of the index's content table (FTS4 keeps
            // the body in <table>_content, column c0<column>): the body is the case's folded words
            // joined by spaces, and each typed word must begin one of them. Words hold letters and
            // digits only, so no LIKE wildcard can slip in.
            QStringList likes;
            for (const QString &token : TextFolding::tokens(filter.text).mid(0, 16)) {
                likes.append(QStringLiteral(" AND ' ' || x.c0body LIKE ?"));
                params.append(QString(QStringLiteral("% ") + token + QLatin1Char('%')));
            }
            conditions.append(
                QStringLiteral("EXISTS (SELECT 1 FROM case_fts_content x WHERE x.docid = c.doc") + likes.join(QString()) + u')');
            break;
        }
        }
    } else if (!filter.text.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("0")); // text without any word matches nothing rather than everything
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<int> CaseSearch::matchCount(const QString &match, qint64 limit, bool forPlan) const
{
    if (forPlan) {
        if (const auto it = m_counted.constFind(match); it != m_counted.constEnd()) {
            const bool exact = it->limit < 0 || it->matches < it->limit;
            if (exact || (limit >= 0 && limit <= it->limit))
                return limit < 0 ? it->matches : int(std::min<qint64>(it->matches, limit));
        }
    }
    // Only the full-text index: every case_fts row belongs to a case (CaseIndex writes both in one
    // transaction, and cases are never deleted), so no case row is read.
    auto q = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM case_fts WHERE case_fts MATCH ? LIMIT ?)"));
    if (q)
        q->bind(1, match).bind(2, limit);
    auto n = single(q);
    if (!n)
        return n.error();
    m_counted.insert(match, Counted { int(n.value()), limit });
    return int(n.value());
}

qint64 CaseSearch::scanFrom(qint64 cases, int rows) const
{
    return std::max<qint64>(m_driveLimit, qint64(std::sqrt(25.0 * double(rows) * double(cases))));
}

Result<int> CaseSearch::filterCount(const CaseFilter &filter, qint64 limit) const
{
    CaseFilter withoutText = filter;
    withoutText.text.clear();
    QVariantList params;
    auto q = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases c")
        + whereClause(withoutText, Plan {}, params) + QStringLiteral(" LIMIT ?)"));
    if (q)
        q->bind(bindAll(q.value(), params), limit);
    auto n = single(q);
    if (!n)
        return n.error();
    return int(n.value());
}

Result<qint64> CaseSearch::caseCountEstimate() const
{
    auto q = m_db.prepareCached(QStringLiteral("SELECT coalesce(max(doc), 0) FROM cases"));
    return single(q);
}

// The plan of a page (`rows` = offset + limit). Costs, per case touched: looking a case up reads its
// whole row (its JSON is stored beside the list columns: about a page each at 100,000 cases);
// walking an index and testing a collected match costs a fraction of that; testing the words of a
// case reads its index content row (about half a page).
// - Text with fewer than DriveLimit matches: look the matches up and sort them.
// - Text with more: walk the order's index. With M of N cases matching, a page of `rows` visits
//   about rows * N / M cases; collecting the matches first costs about M / 25 of those visits. So
//   from M * M >= 25 * rows * N on (at 100,000 cases and pages of 50 to 100: a word in 11 to 16%
//   of them), the words are tested per case instead of collecting every match.
// - Other filters keeping at least FilterWalkLimit cases (and, with text, an expected combination
//   of that many): walk the order's index and test them per case; otherwise let SQLite use their
//   indexes and sort what they yield.
Result<CaseSearch::Plan> CaseSearch::planFind(const CaseFilter &filter, int rows) const
{
    Plan plan;
    const QString match = matchExpression(filter.text);
    const bool filters = hasNonTextFilter(filter);
    if (match.isEmpty())
        plan.walkOrder = !filters; // without filters SQLite walks the order's index by itself
    qint64 cases = 0;
    int matches = 0;
    if (!match.isEmpty()) {
        auto n = caseCountEstimate();
        if (!n)
            return n.error();
        cases = n.value();
        const qint64 scanLimit = scanFrom(cases, rows);
        auto counted = matchCount(match, m_alwaysScanText ? m_driveLimit : scanLimit, true);
        if (!counted)
            return counted.error();
        matches = counted.value();
        if (matches < m_driveLimit && !m_alwaysScanText)
            return plan; // drive: the matches are few; the filters are tested on each
        plan.text = m_alwaysScanText || matches >= scanLimit ? TextUse::Scan : TextUse::Probe;
        plan.walkOrder = !filters;
    }
    if (filters) {
        auto kept = filterCount(filter, m_filterWalkLimit);
        if (!kept)
            return kept.error();
        plan.walkOrder = kept.value() >= m_filterWalkLimit;
        if (plan.walkOrder && !match.isEmpty()) {
            // Both counts are lower bounds; expect the text and the filters to be independent.
            plan.walkOrder = qint64(matches) * kept.value() >= qint64(m_filterWalkLimit) * std::max<qint64>(cases, 1);
        }
        if (!plan.walkOrder && plan.text == TextUse::Scan && !m_alwaysScanText)
            plan.text = TextUse::Probe; // the filters' indexes drive: test each of their cases once
    }
    return plan;
}

Result<QVector<CaseSummary>> CaseSearch::find(const CaseFilter &filter, CaseSort sort, int offset, int limit) const
{
    if (auto st = check(filter); !st)
        return st.error();
    if (offset < 0 || limit < 0)
        return Error(ErrorCode::InvalidInput, tr("Offset and limit cannot be negative."));
    const QString match = matchExpression(filter.text);
    if (match.isEmpty() && !filter.text.trimmed().isEmpty())
        return QVector<CaseSummary>(); // text without any word matches nothing rather than everything
    auto plan = planFind(filter, int(std::min<qint64>(qint64(offset) + limit, std::numeric_limits<int>::max())));
    if (!plan)
        return plan.error();
    QVariantList params;
    const QString sql
        = QStringLiteral("SELECT c.id, c.number, c.given_name, c.family_name, c.phase, c.region, c.coordinator, c.birth_date,"
                         " c.reflection_end, c.threat_code, c.updated_at,"
                         " (SELECT group_concat(f.form, ' ') FROM case_forms f WHERE f.case_doc = c.doc), c.required_level"
                         " FROM cases c")
        + whereClause(filter, plan.value(), params) + QStringLiteral(" ORDER BY ") + orderClause(sort)
        + QStringLiteral(" LIMIT ? OFFSET ?");
    auto q = m_db.prepareCached(sql);
    if (!q)
        return q.error();
    const int next = bindAll(q.value(), params);
    q->bind(next, limit);
    q->bind(next + 1, offset);
    QVector<CaseSummary> out;
    out.reserve(std::min(limit, 1000));
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
        s.requiredLevel = int(q->integer(12));
        out.append(s);
    }
    return out;
}

Result<CaseCount> CaseSearch::countUpTo(const CaseFilter &filter, int cap) const
{
    if (auto st = check(filter); !st)
        return st.error();
    const QString match = matchExpression(filter.text);
    if (match.isEmpty() && !filter.text.trimmed().isEmpty())
        return CaseCount {};
    // One more than the cap tells "exactly cap" from "more than cap"; -1 is SQLite's "no limit".
    const qint64 limit = cap < 0 ? -1 : qint64(cap) + 1;
    qint64 n = 0;
    if (!match.isEmpty() && !hasNonTextFilter(filter)) {
        // Counted a little further than the cap when that is what find() needs to choose its plan
        // (pages of up to 100): the rows cost less than asking the full-text index a second time.
        qint64 counting = limit;
        if (limit >= 0) {
            auto cases = caseCountEstimate();
            if (!cases)
                return cases.error();
            counting = std::max(limit, scanFrom(cases.value(), 100));
        }
        auto counted = matchCount(match, counting);
        if (!counted)
            return counted.error();
        n = counted.value();
    } else {
        // Counting has no order to walk: the matches drive when few, else the filters' indexes do.
        Plan plan;
        if (!match.isEmpty()) {
            auto few = matchCount(match, m_driveLimit, true);
            if (!few)
                return few.error();
            plan.text = few.value() < m_driveLimit ? TextUse::Drive : TextUse::Probe;
        }
        QVariantList params;
        const QString where = whereClause(filter, plan, params);
        // Uncapped, a plain count(*) lets SQLite count the smallest index.
        const QString sql = cap < 0
            ? QString(QStringLiteral("SELECT count(*) FROM cases c") + where)
            : QString(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases c") + where + QStringLiteral(" LIMIT ?)"));
        auto q = m_db.prepareCached(sql);
        if (q) {
            const int next = bindAll(q.value(), params);
            if (cap >= 0)
                q->bind(next, limit);
        }
        auto counted = single(q);
        if (!counted)
            return counted.error();
        n = counted.value();
    }
    if (cap >= 0 && n > cap)
        return CaseCount { cap, true };
    return CaseCount { int(n), false };
}

Result<int> CaseSearch::count(const CaseFilter &filter) const
{
    auto n = countUpTo(filter, -1);
    if (!n)
        return n.error();
    return n->count;
}

Result<CaseCount> CaseSearch::count(const CaseFilter &filter, int cap) const
{
    if (cap < 0)
        return Error(ErrorCode::InvalidInput, tr("Offset and limit cannot be negative."));
    return countUpTo(filter, cap);
}

QString CaseSearch::orderClause(CaseSort sort)
{
    // Each order is exactly the key of an index (migration 51 for the family name and the
    // reflection end, 190 for danger; the rowid ends every index), so a page is read in order, never sorted whole.
    switch (sort) {
    case CaseSort::NumberDesc:
        break;
    case CaseSort::NumberAsc:
        return QStringLiteral("c.year, c.seq");
    case CaseSort::UpdatedDesc:
        return QStringLiteral("c.updated_at DESC, c.doc DESC");
    case CaseSort::FamilyNameAsc:
        return QStringLiteral("c.family_name IS NULL, c.family_name COLLATE NOCASE, c.given_name COLLATE NOCASE, c.doc");
    case CaseSort::ReflectionEndAsc:
        return QStringLiteral("c.reflection_end IS NULL, c.reflection_end, c.doc");
    case CaseSort::ThreatDesc: // migration 190
        return QStringLiteral("c.threat_rank DESC, c.doc DESC");
    case CaseSort::RequiredLevelDesc:
        return QStringLiteral("c.required_level DESC, c.doc DESC");
    }
    return QStringLiteral("c.year DESC, c.seq DESC");
}

} // namespace vangnet
