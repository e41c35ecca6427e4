#pragma once

#include "common/Result.h"
#include "reports/PeriodTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace vangnet {

class Database;

// What happened in a period, before counting: one entry per event, with only the codes the
// tables need (no names, no case numbers). Collected from the vault or, in tests, built by hand.
struct PeriodFacts
{
    struct Signal
    {
        QDate day; // local date the case was signalled (created)
        QStringList forms; // exploitation form codes; empty: unknown
        QString ageBand; // age band code on the day of the signal
        QString region; // free text; empty: unknown
    };
    QVector<Signal> signalList; // cases signalled in the period
    QVector<QDate> intakes; // days a case entered the intake phase
    QStringList placementShelterTypes; // per placement that began (status placed): the shelter's type
    QStringList closedFromPhase; // per case closed: the phase it was in before
};

// The periodic report for municipalities and CoMensha (issue #17) over [from, to], both days
// included, local time: signals and intakes per month, placements that began by kind of shelter,
// outflow (cases closed) by the phase they were closed from, and of the period's signals the forms
// of exploitation, age bands (age on the day of the signal) and regions. Counts below the vault's
// statistics threshold (StatisticsExport::threshold) are shown as "<N", with the statistics
// export's secondary suppression (SmallCountSuppression): nothing below the threshold can be
// worked out from a total. Values are in words (label tables), in the language installed when it
// is made. Reads only: the reader connection will do.
class PeriodReport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodReport)

public:
    QDate from;
    QDate to;
    int threshold = 10;
    QDateTime generatedAt;
    QVector<PeriodTable> tables;

    // InvalidInput for an invalid date or from after to.
    static Status checkPeriod(const QDate &from, const QDate &to);
    static Result<PeriodFacts> collect(Database &db, const QDate &from, const QDate &to);
    // collect + tabulate with the vault's threshold.
    static Result<PeriodReport> compute(Database &db, const QDate &from, const QDate &to);
    // Pure: the tables over given facts, suppressed.
    static PeriodReport tabulate(const PeriodFacts &facts, const QDate &from, const QDate &to, int threshold);

    // "<10" for a hidden count, the number otherwise.
    QString displayCount(const PeriodRow &row) const;
    QString displayTotal(const PeriodTable &table) const;
    // "1 January 2026 to 31 March 2026"
    QString periodText() const;
    // {"from", "to", "threshold", "generatedAt", "tables": [{"table", "title", "total": n or "<N",
    //  "rows": [{"value", "label", "count": n or "<N"}]}]}
    QJsonObject toJson() const;
    // UTF-8 with a header line: table,value,count; one row per table and value (labels, not codes),
    // then the table's total; hidden counts as "<N".
    QByteArray toCsv() const;
};

} // namespace vangnet
