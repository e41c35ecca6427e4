#include "safety/VisitRulesRepository.h"

#include "audit/AuditLog.h"
#include "safety/VisitRuleCodes.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace vangnet {
namespace {

VisitRules readRow(const Statement &s)
{
    VisitRules r;
    r.caseId = s.text(0);
    r.rules = VisitRuleCodes::parseList(s.text(1));
    r.note = s.text(2);
    r.updatedAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
    return r;
}

} // namespace

Result<VisitRules> VisitRulesRepository::set(VisitRules rules)
{
    rules.caseId = rules.caseId.trimmed();
    rules.note = rules.note.trimmed();
    if (rules.caseId.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Visit rules need the id of their case."));
    if (auto st = VisitRuleCodes::validate(rules.rules); !st)
        return st.error();
    rules.rules.removeDuplicates();
    if (rules.isEmpty()) {
        if (auto st = remove(rules.caseId); !st)
            return st.error();
        rules.updatedAt = QDateTime::currentDateTimeUtc();
        return rules;
    }
    rules.updatedAt = QDateTime::currentDateTimeUtc();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    // INSERT OR REPLACE: SQLite 3.15 has no UPSERT; the row has no other columns to keep.
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO visit_rules(case_id, rules, note, updated_at) VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, rules.caseId).bind(2, rules.rules.join(QLatin1Char(','))).bind(3, rules.note).bind(4, rules.updatedAt);
    if (auto st = stmt->run(); !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("visit_rules.set"), rules.caseId, rules.rules.join(QLatin1Char(','))); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return rules;
}

Status VisitRulesRepository::remove(const QString &caseId)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM visit_rules WHERE case_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    if (auto st = stmt->run(); !st)
        return st;
    if (m_db.changes() > 0) {
        if (auto st = AuditLog(m_db).append(QStringLiteral("visit_rules.removed"), caseId); !st)
            return st;
    }
    return tx.commit();
}

Result<std::optional<VisitRules>> VisitRulesRepository::find(const QString &caseId) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT case_id, rules, note, updated_at FROM visit_rules WHERE case_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId.trimmed());
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<VisitRules>();
    return std::optional<VisitRules>(readRow(stmt.value()));
}

Result<QVector<VisitRules>> VisitRulesRepository::all() const
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT case_id, rules, note, updated_at FROM visit_rules ORDER BY updated_at DESC, case_id"));
    if (!stmt)
        return stmt.error();
    QVector<VisitRules> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readRow(stmt.value()));
    }
    return out;
}

} // namespace vangnet
