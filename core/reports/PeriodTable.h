#pragma once

#include <QString>
#include <QVector>

namespace vangnet {

// One line of a table of the periodic report: how many of the period's events have `value`.
struct PeriodRow
{
    QString value; // the code (or the month, "2026-01"); never shown, only its label
    QString label; // the value in words, in the report's language
    int count = 0; // kept in memory only; never leaves when suppressed
    bool suppressed = false;
};

// One table of the periodic report (signals per month, closures by phase, ...): its rows and the
// total they add up to. Counts below the threshold are hidden by SmallCountSuppression, the same
// as in the statistics export.
struct PeriodTable
{
    QString key; // signals | intakes | placements | outflow | exploitationForms | ageBands | regions
    QString title; // the heading, in the report's language
    QString valueHeading; // the first column's heading ("Month", "Form of exploitation")
    // The rows add up to the total. Not so for exploitation forms (a case can have several): there
    // the total is the number of cases.
    bool partition = true;
    QVector<PeriodRow> rows;
    int total = 0;
    bool totalSuppressed = false;

    // Hides the total when below the threshold, and the rows by SmallCountSuppression.
    void suppress(int threshold);
};

} // namespace vangnet
