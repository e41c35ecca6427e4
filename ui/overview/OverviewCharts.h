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

    // The first chart at once, each of the others in a turn of the event loop of its own: laying
    // out the three Qt Charts took about 19 ms of the window's thread in one piece, right after
    // unlocking at 100,000 cases. isFilling() until the last is shown.
    void setFigures(const CaseloadFigures &figures);
    bool isFilling() const { return m_filling; }
    // Drops every chart (Lock), and any still to be filled.
    void clear();
    // The chart views, in reading order (tests).
    QList<QChartView *> views() const;

private:
    void showPhases(const CaseloadFigures &f);
    void showSignals(const CaseloadFigures &f);
    void showBeds(const CaseloadFigures &f);

    quint64 m_generation = 0; // a fill still queued from older figures or before a clear() is dropped
    bool m_filling = false;
    QChartView *m_phases;
    QChartView *m_signals;
    QChartView *m_beds;
};

} // namespace vangnet
