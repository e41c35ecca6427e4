#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vangnet {

class Database;

// A legal hold keeps a case from being erased (AVG art. 17(3)): an ongoing criminal case, a pending
// residence procedure. It always carries its reason. Table case_legal_holds (migration 160); setting
// and lifting are recorded in the audit log (the case's UUID, never the reason).
struct LegalHold
{
    QString caseId;
    QString reason;
    QDateTime setAt; // UTC
    QString setBy;
};

class LegalHolds
{
    Q_DECLARE_TR_FUNCTIONS(LegalHolds)

public:
    explicit LegalHolds(Database &db)
        : m_db(db)
    { }

    // A reason is required (one line). Replaces the reason of a hold already set.
    Status set(const QString &caseIdOrNumber, const QString &reason);
    // NotFound when the case has no hold.
    Status lift(const QString &caseIdOrNumber);
    Result<std::optional<LegalHold>> find(const QString &caseId) const;
    // The rules for a reason, for callers that check before they open the vault.
    static Status checkReason(const QString &reason);

private:
    Database &m_db;
};

} // namespace vangnet
