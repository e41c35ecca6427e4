#include "exchange/SmallCountSuppression.h"

namespace vangnet {

QVector<bool> SmallCountSuppression::hidden(const QVector<int> &counts, int threshold)
{
    QVector<bool> hide(counts.size(), false);
    int hiddenCount = 0;
    qint64 hiddenSum = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts.at(i) < threshold) {
            hide[i] = true;
            ++hiddenCount;
            hiddenSum += counts.at(i);
        }
    }
    // Complementary suppression: add the smallest shown count until the hidden ones cannot be
    // worked out from the total and the shown ones.
    while (hiddenCount > 0 && hiddenCount < counts.size() && (hiddenCount == 1 || hiddenSum < threshold)) {
        qsizetype smallest = -1;
        for (qsizetype i = 0; i < counts.size(); ++i)
            if (!hide.at(i) && (smallest < 0 || counts.at(i) < counts.at(smallest)))
                smallest = i;
        hide[smallest] = true;
        ++hiddenCount;
        hiddenSum += counts.at(smallest);
    }
    return hide;
}

} // namespace vangnet
