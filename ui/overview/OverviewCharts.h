#pragma once

#include <QWidget>

class QChartView;
class QGridLayout;

namespace vangnet {

struct CaseloadFigures;

// The overview's charts (Qt Charts): cases per phase, new signals per month over the last twelve
// months, and beds by shelter security level (taken against free). Readable without colour: every
// bar carries its value, the two bed series differ by pattern and are named in the legend, and each
// chart's accessible description lists its figures for a screen reader.
class OverviewCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewCharts)

public:
    explicit OverviewCharts(QWidget *parent = nullptr);

    void setFigures(const CaseloadFigures &figures);
    // Drops every chart (Lock).
    void clear();
    // The chart views, in reading order (tests).
    QList<QChartView *> views() const;

private:
    QChartView *m_phases;
    QChartView *m_signals;
    QChartView *m_beds;
};

} // namespace vangnet
