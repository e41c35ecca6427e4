#include "overview/OverviewCharts.h"

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

#include <QGridLayout>
#include <QLocale>
#include <QTimer>

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

// A value axis from 0 with whole numbers, a little longer than the longest bar so that the value
// label beside it fits.
QValueAxis *countAxis(int largest)
{
    auto *axis = new QValueAxis;
    const int top = std::max(4, int(largest * 1.2) + 1);
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%.0f")); // whole numbers; "%d" shows nothing with localised numbers
    axis->setTickCount(std::min(top, 4) + 1);
    return axis;
}

// A chart of one bar series with its values written on the bars: the categories along one edge, the
// counts along `countEdge`.
QChart *barChart(const QString &title, QAbstractBarSeries *series, const QStringList &categories, Qt::Alignment categoryEdge,
    Qt::Alignment countEdge, int largest)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, categoryEdge);
    series->attachAxis(axis);
    QValueAxis *counts = countAxis(largest);
    chart->addAxis(counts, countEdge);
    series->attachAxis(counts);
    return chart;
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
    , m_phases(makeView(QStringLiteral("phaseChart"), this))
    , m_signals(makeView(QStringLiteral("signalsChart"), this))
    , m_beds(makeView(QStringLiteral("bedsChart"), this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_phases, 0, 0);
    grid->addWidget(m_signals, 0, 1);
    grid->addWidget(m_beds, 1, 0, 1, 2);
    clear();
}

QList<QChartView *> OverviewCharts::views() const
{
    return { m_phases, m_signals, m_beds };
}

void OverviewCharts::clear()
{
    ++m_generation;
    m_filling = false;
    for (QChartView *view : views()) {
        auto *empty = new QChart;
        styleChart(empty, palette(), font());
        view->setChart(empty); // the view deletes the chart it showed
        view->setAccessibleName(QString());
        view->setAccessibleDescription(QString());
        view->setVisible(false);
    }
}

void OverviewCharts::setFigures(const CaseloadFigures &f)
{
    const quint64 generation = ++m_generation;
    m_filling = true;
    showPhases(f);
    QTimer::singleShot(0, this, [this, f, generation] {
        if (generation != m_generation)
            return;
        showSignals(f);
        QTimer::singleShot(0, this, [this, f, generation] {
            if (generation != m_generation)
                return;
            showBeds(f);
            m_filling = false;
        });
    });
}

void OverviewCharts::showPhases(const CaseloadFigures &f)
{
    const QPalette pal = palette();
    {
        QStringList names;
        auto *set = new QBarSet(tr("Cases"));
        int largest = 0;
        // Top to bottom in the order of the life cycle: a horizontal chart draws its first category lowest.
        QStringList order = Phase::order();
        std::reverse(order.begin(), order.end());
        for (const QString &phase : order) {
            names.append(Codes::label(CodeKind::Phase, phase));
            const int n = f.byPhase.value(phase);
            set->append(n);
            largest = std::max(largest, n);
        }
        styleSet(set, pal, Qt::SolidPattern, QPalette::Highlight);
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        QChart *chart = barChart(tr("Cases per phase"), series, names, Qt::AlignLeft, Qt::AlignBottom, largest);
        chart->legend()->setVisible(false);
        styleChart(chart, pal, font());
        m_phases->setChart(chart);
        m_phases->setAccessibleName(chart->title());
        std::reverse(names.begin(), names.end());
        QList<qreal> values;
        for (const QString &phase : Phase::order())
            values.append(f.byPhase.value(phase));
        m_phases->setAccessibleDescription(pairs(names, values));
    }
    m_phases->setVisible(true);
}

void OverviewCharts::showSignals(const CaseloadFigures &f)
{
    const QPalette pal = palette();
    {
        QStringList names;
        QList<qreal> values;
        auto *set = new QBarSet(tr("New signals"));
        int largest = 0;
        QStringList spoken;
        for (const MonthCount &m : f.signalsPerMonth) {
            // Twelve bars share the width: the short month name under each, the full one for a screen reader.
            names.append(QLocale().monthName(m.month.month(), QLocale::ShortFormat));
            spoken.append(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")));
            set->append(m.count);
            values.append(m.count);
            largest = std::max(largest, m.count);
        }
        styleSet(set, pal, Qt::Dense3Pattern, QPalette::Highlight);
        auto *series = new QBarSeries;
        series->append(set);
        QChart *chart
            = barChart(tr("New signals per month, last 12 months"), series, names, Qt::AlignBottom, Qt::AlignLeft, largest);
        chart->legend()->setVisible(false);
        styleChart(chart, pal, font());
        m_signals->setChart(chart);
        m_signals->setAccessibleName(chart->title());
        m_signals->setAccessibleDescription(pairs(spoken, values));
    }
    m_signals->setVisible(true);
}

void OverviewCharts::showBeds(const CaseloadFigures &f)
{
    const QPalette pal = palette();
    {
        QStringList names;
        auto *taken = new QBarSet(tr("Taken (placed or held)"));
        auto *freeBeds = new QBarSet(tr("Free"));
        QStringList lines;
        int largest = 0;
        for (auto it = f.bedsByLevel.cbegin(); it != f.bedsByLevel.cend(); ++it) {
            const QString level = SecurityLevels::code(SecurityLevel(it.key()));
            names.append(level);
            taken->append(it->taken);
            freeBeds->append(it->free);
            largest = std::max({ largest, it->taken, it->free });
            lines.append(tr("%1: %2 taken, %3 free").arg(level, QLocale().toString(it->taken), QLocale().toString(it->free)));
        }
        styleSet(taken, pal, Qt::SolidPattern, QPalette::Highlight);
        styleSet(freeBeds, pal, Qt::BDiagPattern, QPalette::Text);
        auto *series = new QBarSeries;
        series->append(taken);
        series->append(freeBeds);
        QChart *chart = barChart(tr("Beds by security level"), series, names, Qt::AlignBottom, Qt::AlignLeft, largest);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        styleChart(chart, pal, font());
        m_beds->setChart(chart);
        m_beds->setAccessibleName(chart->title());
        m_beds->setAccessibleDescription(lines.join(QStringLiteral("; ")));
    }
    m_beds->setVisible(true);
}

} // namespace vangnet
