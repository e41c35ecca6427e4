#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QVector>

#include <algorithm>

namespace vangnet::bench {

// Latency samples in milliseconds and their percentiles.
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    double percentile(double p) const
    {
        if (m_values.isEmpty())
            return 0;
        QVector<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<qsizetype>(p / 100.0 * double(sorted.size() - 1) + 0.5);
        return sorted.at(std::clamp<qsizetype>(index, 0, sorted.size() - 1));
    }
    int count() const { return int(m_values.size()); }

private:
    QVector<double> m_values;
};

inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Peak resident memory of this process, in MiB.
double peakMemoryMiB();

} // namespace vangnet::bench
