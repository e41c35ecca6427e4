#pragma once

#include "common/Result.h"
#include "safety/OpenRisk.h"

#include <QCoreApplication>
#include <QVector>

namespace vangnet {

class Database;

// The team's open risks: open incidents and cases with visit rules, newest first.
class OpenRiskOverview
{
    Q_DECLARE_TR_FUNCTIONS(OpenRiskOverview)

public:
    static Result<QVector<OpenRisk>> list(Database &db);
};

} // namespace vangnet
