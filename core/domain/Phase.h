#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vangnet {

// The case life cycle signal → intake → reflection → placement → trajectory → aftercare → closed.
// Allowed: one step forward, intake → placement (reflection skipped) and back, one step back for
// corrections, any phase → closed with a reason, closed → the phase before closing with a reason.
class Phase
{
    Q_DECLARE_TR_FUNCTIONS(Phase)

public:
    static const QStringList &order();
    // Phases reachable from `from`; previousPhase matters only when from is "closed".
    static QStringList allowedTargets(const QString &from, const QString &previousPhase);
    // Ok, InvalidInput (unknown phase, missing reason) or Refused naming the allowed phases.
    static Status checkTransition(const QString &from, const QString &to, const QString &previousPhase, const QString &reason);
    static bool needsReason(const QString &from, const QString &to);
};

} // namespace vangnet
