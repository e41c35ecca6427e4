#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

namespace vangnet {

// One line of the aggregate: how many cases have `value` in `dimension`. A suppressed count is
// never shown or written: only "<threshold".
struct StatisticsCell
{
    QString dimension; // total | exploitationForm | gender | ageBand | nationality | region | reporterType | signalYear
    QString value;
    int count = 0; // kept in memory only; never leaves when suppressed
    bool suppressed = false;
};

// The aggregate statistics table: what export-stats shows before writing and what goes into
// statistics.json. No personal data.
struct StatisticsTable
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsTable)

public:
    int threshold = 10;
    QDateTime generatedAt;
    QVector<StatisticsCell> cells;

    // "<10" for a suppressed count, the number otherwise.
    QString displayCount(const StatisticsCell &cell) const;
    // {"format": "vangnet-statistics", "version": 1, "threshold", "generatedAt",
    //  "rows": [{"dimension", "value", "count": number or "<N"}]}
    QJsonObject toJson() const;
    static QString dimensionLabel(const QString &dimension);
    // A value in words: "Labour exploitation" for exploitationForm "labour", "Turkey" for nationality "TR".
    static QString valueLabel(const QString &dimension, const QString &value);
};

} // namespace vangnet
