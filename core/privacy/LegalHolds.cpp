#include "privacy/LegalHolds.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "domain/InputLimits.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace vangnet {

Status LegalHolds::checkReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput,
            tr("A legal hold needs its reason, for example an ongoing criminal case or a pending residence procedure."));
    if (trimmed.size() > InputLimits::MaxSingleLineChars || !InputLimits::isSingleLine(trimmed))
        return Error(
            ErrorCode::InvalidInput, tr("The reason is one line of at most %1 characters.").arg(InputLimits::MaxSingleLineChars));
    return {};
}

Status LegalHolds::set(const QString &caseIdOrNumber, const QString &reason)
{
    if (auto st = checkReason(reason); !st)
        return st;
    auto id = CaseRepository(m_db).resolve(caseIdOrNumber);
    if (!id)
        return id.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO case_legal_holds(case_id, reason, set_at, set_by) VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id.value())
        .bind(2, reason.trimmed())
        .bind(3, QDateTime::currentDateTimeUtc())
        .bind(4, AuditLog::currentActor());
    if (auto st = stmt->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).append(QStringLiteral("case.legal_hold_set"), id.value()); !st)
        return st;
    return tx.commit();
}

Status LegalHolds::lift(const QString &caseIdOrNumber)
{
    auto id = CaseRepository(m_db).resolve(caseIdOrNumber);
    if (!id)
        return id.error();
    auto hold = find(id.value());
    if (!hold)
        return hold.error();
    if (!hold->has_value())
        return Error(ErrorCode::NotFound, tr("This case has no legal hold."));
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM case_legal_holds WHERE case_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id.value());
    if (auto st = stmt->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).append(QStringLiteral("case.legal_hold_lifted"), id.value()); !st)
        return st;
    return tx.commit();
}

Result<std::optional<LegalHold>> LegalHolds::find(const QString &caseId) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT reason, set_at, set_by FROM case_legal_holds WHERE case_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, caseId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<LegalHold>();
    return std::optional<LegalHold>(
        LegalHold { caseId, stmt->text(0), QDateTime::fromString(stmt->text(1), Qt::ISODateWithMs), stmt->text(2) });
}

} // namespace vangnet
