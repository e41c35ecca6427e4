#include "reports/PeriodTable.h"

#include "exchange/SmallCountSuppression.h"

namespace vangnet {

void PeriodTable::suppress(int threshold)
{
    totalSuppressed = total < threshold;
    QVector<int> counts;
    counts.reserve(rows.size());
    for (const PeriodRow &r : rows)
        counts.append(r.count);
    const QVector<bool> hidden = SmallCountSuppression::hidden(counts, threshold);
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].suppressed = hidden.at(i);
}

} // namespace vangnet
