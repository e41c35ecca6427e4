#pragma once

#include "common/Result.h"
#include "safety/VisitRules.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace vangnet {

class Database;

// Visit rules per case (table visit_rules, keyed by the case id as text).
class VisitRulesRepository
{
    Q_DECLARE_TR_FUNCTIONS(VisitRulesRepository)

public:
    explicit VisitRulesRepository(Database &db)
        : m_db(db)
    { }

    // Validates the codes and stores the rules; empty rules without a note remove them.
    Result<VisitRules> set(VisitRules rules);
    Status remove(const QString &caseId);
    // nullopt: the case has no visit rules.
    Result<std::optional<VisitRules>> find(const QString &caseId) const;
    // All cases with visit rules, most recently changed first.
    Result<QVector<VisitRules>> all() const;

private:
    Database &m_db;
};

} // namespace vangnet
