#pragma once

#include "common/Result.h"
#include "placement/RequiredSecurityLevel.h"

#include <QCoreApplication>

#include <optional>

namespace vangnet {

class Database;

// The manual override of a case's required security level (table case_security_override, keyed by
// case id). Setting and clearing it are audited with the level, never the reason.
class SecurityOverrideStore
{
    Q_DECLARE_TR_FUNCTIONS(SecurityOverrideStore)

public:
    explicit SecurityOverrideStore(Database &db)
        : m_db(db)
    { }

    Result<std::optional<SecurityOverride>> get(const QString &caseId) const;
    Status set(const QString &caseId, int level, const QString &reason);
    Status clear(const QString &caseId);

private:
    Status refreshCaseLevel(const QString &caseId);

    Database &m_db;
};

} // namespace vangnet
