#pragma once

#include <QVector>

namespace vangnet {

// Small-count suppression for every figure that leaves Vangnet in aggregate: the statistics export
// (StatisticsExport) and the periodic report (reports/PeriodReport) share it, so both hide exactly
// the same counts.
//
// Primary: a count below the threshold is hidden (shown as "<N").
// Secondary: the counts of one table add up to a total that is shown, so the hidden counts must
// not be a subtraction away. As long as only one count is hidden, or the hidden ones together come
// to less than the threshold (two hidden zeros beside a shown total would both be known), the
// smallest count still shown is hidden as well.
class SmallCountSuppression
{
public:
    // One flag per count: true when it must be hidden. `threshold` is at least 2.
    static QVector<bool> hidden(const QVector<int> &counts, int threshold);
};

} // namespace vangnet
