#pragma once

#include <QList>
#include <QWidget>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;

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

    // The first chart at once, each of the others after the window has handled what waited: making
    // the three Qt Charts anew took about 19 ms of the window's thread in one piece right after
    // unlocking at 100,000 cases. The charts are made once and their figures replaced, which costs a
    // fraction of that. isFilling() until the last is shown.
    void setFigures(const CaseloadFigures &figures);
    bool isFilling() const { return m_filling; }
    // Empties and hides every chart (Lock), and drops any still to be filled.
    void clear();
    // The chart views, in reading order (tests).
    QList<QChartView *> views() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // One bar chart: its series of one or more sets, the category axis along one edge and the
    // count axis along another.
    struct Bars
    {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QAbstractBarSeries *series = nullptr;
        QList<QBarSet *> sets;
        QBarCategoryAxis *categories = nullptr;
        QValueAxis *counts = nullptr;
    };

    Bars makeBars(const QString &objectName, QAbstractBarSeries *series, Qt::Alignment categoryEdge, Qt::Alignment countEdge);
    void restyle();
    void showPhases(const CaseloadFigures &f);
    void showSignals(const CaseloadFigures &f);
    void showBeds(const CaseloadFigures &f);

    quint64 m_generation = 0; // a fill still queued from older figures or before a clear() is dropped
    bool m_filling = false;
    Bars m_phases;
    Bars m_signals;
    Bars m_beds;
};

} // namespace vangnet
