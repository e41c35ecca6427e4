#include "placement/SecurityOverrideStore.h"

#include "audit/AuditLog.h"
#include "cases/CaseDangerColumns.h"
#include "shelters/ShelterCodes.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace vangnet {

Result<std::optional<SecurityOverride>> SecurityOverrideStore::get(const QString &caseId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT level, reason, set_at, set_by FROM case_security_override WHERE case_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, caseId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<SecurityOverride>();
    SecurityOverride o;
    o.level = int(st->integer(0));
    o.reason = st->text(1);
    o.setAt = QDateTime::fromString(st->text(2), Qt::ISODateWithMs);
    o.setBy = st->text(3);
    return std::optional<SecurityOverride>(o);
}

Status SecurityOverrideStore::set(const QString &caseId, int level, const QString &reason)
{
    if (auto v = RequiredSecurityLevel::validateOverride(level, reason); !v)
        return v;
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    // No UPSERT in SQLite 3.15: replace the row (the key is the case id).
    auto st = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO case_security_override(case_id, level, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, caseId)
        .bind(2, level)
        .bind(3, reason.trimmed())
        .bind(4, QDateTime::currentDateTimeUtc())
        .bind(5, AuditLog::currentActor());
    if (auto r = st->run(); !r)
        return r;
    if (auto r = refreshCaseLevel(caseId); !r)
        return r;
    if (auto r = AuditLog(m_db).append(QStringLiteral("case.security_level_overridden"), caseId, ShelterCodes::levelCode(level));
        !r)
        return r;
    return tx.commit();
}

Status SecurityOverrideStore::clear(const QString &caseId)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto st = m_db.prepare(QStringLiteral("DELETE FROM case_security_override WHERE case_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, caseId);
    if (auto r = st->run(); !r)
        return r;
    const bool removed = m_db.changes() > 0;
    if (auto r = refreshCaseLevel(caseId); !r)
        return r;
    if (removed)
        if (auto r = AuditLog(m_db).append(QStringLiteral("case.security_level_override_cleared"), caseId); !r)
            return r;
    return tx.commit();
}

Status SecurityOverrideStore::refreshCaseLevel(const QString &caseId)
{
    // The case list sorts and filters by the level in force (CaseDangerColumns).
    auto st = m_db.prepare(CaseDangerColumns::refreshRequiredLevel(QStringLiteral("id = ?")));
    if (!st)
        return st.error();
    st->bind(1, caseId);
    return st->run();
}

} // namespace vangnet
