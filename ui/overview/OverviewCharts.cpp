#include "overview/OverviewCharts.h"

#include "common/IdleStep.h"
#include "domain/Codes.h"
#include "domain/Phase.h"
#include "reports/CaseloadFigures.h"
#include "safety/SecurityLevel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QGridLayout>
#include <QLocale>

#include <algorithm>

namespace vangnet {
namespace {

QChartView *makeView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setMinimumWidth(300);
    // Not interactive: its figures are in the tiles and in its accessible description.
    view->setFocusPolicy(Qt::NoFocus);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

// Colours from the desktop's palette (light, dark or high contrast alike); patterns and value
// labels carry the meaning, never the colour alone.
void styleChart(QChart *chart, const QPalette &palette, const QFont &font)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text());
    QFont title = font;
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setFont(font);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(palette.text());
        axis->setLabelsFont(small);
        axis->setTruncateLabels(false); // a phase in full, never cut to three dots
        axis->setLinePenColor(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
}

void styleSet(QBarSet *set, const QPalette &palette, Qt::BrushStyle pattern, QPalette::ColorRole role)
{
    set->setBrush(QBrush(palette.color(role), pattern));
    set->setPen(QPen(palette.color(QPalette::Text), 1));
    set->setLabelColor(palette.color(QPalette::Text));
}

// The range of a count axis from 0 with whole numbers, a little longer than the longest bar so that
// the value label beside it fits, with ticks at a round step (1, 2, 5, 10, 20, 50, …), at most five.
void setCountRange(QValueAxis *axis, int largest)
{
    const int wanted = std::max(4, int(largest * 1.2) + 1);
    int step = 1;
    for (int scale = 1; step * 4 < wanted; scale *= 10)
        for (int factor : { 1, 2, 5 })
            if (step * 4 < wanted)
                step = factor * scale;
    const int top = (wanted + step - 1) / step * step;
    axis->setTickAnchor(0);
    // Never many ticks on the way (each is an item of the chart: a range of 150,000 at the old step
    // of 1 made 150,000 of them): a larger step before a longer range, a shorter range before a
    // smaller step (the step grows with the range).
    if (step >= axis->tickInterval()) {
        axis->setTickInterval(step);
        axis->setRange(0, top);
    } else {
        axis->setRange(0, top);
        axis->setTickInterval(step);
    }
    axis->setTickType(QValueAxis::TicksDynamic);
}

// Replaced only when they differ: each change lays the chart out again.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    QList<qreal> now;
    for (int i = 0; i < set->count(); ++i)
        now.append(set->at(i));
    if (now == values)
        return;
    set->remove(0, set->count());
    set->append(values);
}

void setCategories(QBarCategoryAxis *axis, const QStringList &names)
{
    if (axis->categories() != names)
        axis->setCategories(names);
}

QString pairs(const QStringList &names, const QList<qreal> &values)
{
    QStringList out;
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i)
        out.append(names.at(i) + QStringLiteral(": ") + QLocale().toString(int(values.at(i))));
    return out.join(QStringLiteral(", "));
}

} // namespace

OverviewCharts::OverviewCharts(QWidget *parent)
    : QWidget(parent)
{
    m_phases = makeBars(QStringLiteral("phaseChart"), new QHorizontalBarSeries, Qt::AlignLeft, Qt::AlignBottom);
    m_phases.sets.append(new QBarSet(tr("Cases")));
    m_signals = makeBars(QStringLiteral("signalsChart"), new QBarSeries, Qt::AlignBottom, Qt::AlignLeft);
    m_signals.sets.append(new QBarSet(tr("New signals")));
    m_beds = makeBars(QStringLiteral("bedsChart"), new QBarSeries, Qt::AlignBottom, Qt::AlignLeft);
    m_beds.sets.append(new QBarSet(tr("Taken (placed or held)")));
    m_beds.sets.append(new QBarSet(tr("Free")));
    for (Bars *bars : { &m_phases, &m_signals, &m_beds })
        bars->series->append(bars->sets);
    m_phases.chart->legend()->setVisible(false);
    m_signals.chart->legend()->setVisible(false);
    m_beds.chart->legend()->setVisible(true);
    m_beds.chart->legend()->setAlignment(Qt::AlignBottom);
    restyle();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_phases.view, 0, 0);
    grid->addWidget(m_signals.view, 0, 1);
    grid->addWidget(m_beds.view, 1, 0, 1, 2);
    clear();
}

OverviewCharts::Bars OverviewCharts::makeBars(
    const QString &objectName, QAbstractBarSeries *series, Qt::Alignment categoryEdge, Qt::Alignment countEdge)
{
    Bars bars;
    bars.view = makeView(objectName, this);
    bars.chart = new QChart;
    bars.chart->setAnimationOptions(QChart::NoAnimation);
    bars.series = series;
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars.chart->addSeries(series);
    bars.categories = new QBarCategoryAxis;
    bars.chart->addAxis(bars.categories, categoryEdge);
    series->attachAxis(bars.categories);
    bars.counts = new QValueAxis;
    bars.counts->setLabelFormat(QStringLiteral("%.0f")); // whole numbers; "%d" shows nothing with localised numbers
    setCountRange(bars.counts, 0);
    bars.chart->addAxis(bars.counts, countEdge);
    series->attachAxis(bars.counts);
    bars.view->setChart(bars.chart); // the view owns it
    return bars;
}

void OverviewCharts::restyle()
{
    const QPalette pal = palette();
    for (const Bars *bars : { &m_phases, &m_signals, &m_beds })
        styleChart(bars->chart, pal, font());
    styleSet(m_phases.sets.at(0), pal, Qt::SolidPattern, QPalette::Highlight);
    styleSet(m_signals.sets.at(0), pal, Qt::Dense3Pattern, QPalette::Highlight);
    styleSet(m_beds.sets.at(0), pal, Qt::SolidPattern, QPalette::Highlight);
    styleSet(m_beds.sets.at(1), pal, Qt::BDiagPattern, QPalette::Text);
}

void OverviewCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

QList<QChartView *> OverviewCharts::views() const
{
    return { m_phases.view, m_signals.view, m_beds.view };
}

void OverviewCharts::clear()
{
    ++m_generation;
    m_filling = false;
    for (const Bars *bars : { &m_phases, &m_signals, &m_beds }) {
        for (QBarSet *set : bars->sets)
            set->remove(0, set->count());
        bars->categories->clear();
        setCountRange(bars->counts, 0);
        bars->view->setAccessibleName(QString());
        bars->view->setAccessibleDescription(QString());
        bars->view->setVisible(false);
    }
}

void OverviewCharts::setFigures(const CaseloadFigures &f)
{
    const quint64 generation = ++m_generation;
    m_filling = true;
    showPhases(f);
    afterPendingEvents(this, [this, f, generation] {
        if (generation != m_generation)
            return;
        showSignals(f);
        afterPendingEvents(this, [this, f, generation] {
            if (generation != m_generation)
                return;
            showBeds(f);
            m_filling = false;
        });
    });
}

void OverviewCharts::showPhases(const CaseloadFigures &f)
{
    QStringList names;
    QList<qreal> values;
    int largest = 0;
    // Top to bottom in the order of the life cycle: a horizontal chart draws its first category lowest.
    QStringList order = Phase::order();
    std::reverse(order.begin(), order.end());
    for (const QString &phase : order) {
        names.append(Codes::label(CodeKind::Phase, phase));
        const int n = f.byPhase.value(phase);
        values.append(n);
        largest = std::max(largest, n);
    }
    m_phases.chart->setTitle(tr("Cases per phase"));
    setCategories(m_phases.categories, names);
    setValues(m_phases.sets.at(0), values);
    setCountRange(m_phases.counts, largest);
    m_phases.view->setAccessibleName(m_phases.chart->title());
    std::reverse(names.begin(), names.end());
    std::reverse(values.begin(), values.end());
    m_phases.view->setAccessibleDescription(pairs(names, values));
    m_phases.view->setVisible(true);
}

void OverviewCharts::showSignals(const CaseloadFigures &f)
{
    QStringList names;
    QList<qreal> values;
    int largest = 0;
    QStringList spoken;
    for (const MonthCount &m : f.signalsPerMonth) {
        // Twelve bars share the width: the short month name under each, the full one for a screen reader.
        names.append(QLocale().monthName(m.month.month(), QLocale::ShortFormat));
        spoken.append(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")));
        values.append(m.count);
        largest = std::max(largest, m.count);
    }
    m_signals.chart->setTitle(tr("New signals per month, last 12 months"));
    setCategories(m_signals.categories, names);
    setValues(m_signals.sets.at(0), values);
    setCountRange(m_signals.counts, largest);
    m_signals.view->setAccessibleName(m_signals.chart->title());
    m_signals.view->setAccessibleDescription(pairs(spoken, values));
    m_signals.view->setVisible(true);
}

void OverviewCharts::showBeds(const CaseloadFigures &f)
{
    QStringList names;
    QList<qreal> taken;
    QList<qreal> freeBeds;
    QStringList lines;
    int largest = 0;
    for (auto it = f.bedsByLevel.cbegin(); it != f.bedsByLevel.cend(); ++it) {
        const QString level = SecurityLevels::code(SecurityLevel(it.key()));
        names.append(level);
        taken.append(it->taken);
        freeBeds.append(it->free);
        largest = std::max({ largest, it->taken, it->free });
        lines.append(tr("%1: %2 taken, %3 free").arg(level, QLocale().toString(it->taken), QLocale().toString(it->free)));
    }
    m_beds.chart->setTitle(tr("Beds by security level"));
    setCategories(m_beds.categories, names);
    setValues(m_beds.sets.at(0), taken);
    setValues(m_beds.sets.at(1), freeBeds);
    setCountRange(m_beds.counts, largest);
    m_beds.view->setAccessibleName(m_beds.chart->title());
    m_beds.view->setAccessibleDescription(lines.join(QStringLiteral("; ")));
    m_beds.view->setVisible(true);
}

} // namespace vangnet
