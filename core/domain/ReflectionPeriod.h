#pragma once

#include "domain/Case.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace vangnet {

// The B8 reflection period (bedenktijd), offered by police or KMar: at most three months. The end
// proposed for a start is the latest the rule allows; a coordinator may shorten it, never lengthen it
// past that. Moving an end once recorded (an extension or an early end) needs a reason, which the case
// history keeps (CaseRepository).
class ReflectionPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReflectionPeriod)

public:
    static constexpr int MaximumMonths = 3;

    // start + three months; a day the month lacks becomes its last day (30 November → 28 or
    // 29 February). Invalid for an invalid start.
    static QDate latestEnd(const QDate &start);
    // What is wrong with the period, naming the rule; empty when it is fine or incomplete.
    static QString problem(const QDate &start, const QDate &end);
    // A start without an end gets the proposed end (latestEnd).
    static void proposeEnd(Case &c);
    // The end moved away from the one recorded before, or (first entry) from the proposal: an
    // extension or an early end, which is explained by a reason.
    static bool endDeparts(const Case &before, const Case &after);
    // The end moved away from the one recorded before: the reason is required.
    static bool recordedEndMoved(const Case &before, const Case &after);
};

} // namespace vangnet
