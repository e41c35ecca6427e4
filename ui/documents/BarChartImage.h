#pragma once

#include <QImage>
#include <QString>
#include <QVector>

namespace vangnet {

// A bar of a chart in a printed document: a label and the text written on it ("12", "<10").
// A hidden count gets no bar at all (its length would give the count away), only its text.
struct ChartBar
{
    QString label;
    QString valueText;
    int value = 0; // ignored when hidden
    bool hidden = false;
};

// Horizontal bar charts drawn with QPainter for the PDFs: black outlines and a hatched fill, every
// label and value written out, so the chart reads the same in black and white and on paper.
class BarChartImage
{
public:
    // `width` in pixels (480 stays within an A4 page's text); the height follows from the number of
    // bars. Drawn at 3x for print.
    static QImage draw(const QVector<ChartBar> &bars, int width = 480);
    static constexpr int Scale = 3;
};

} // namespace vangnet
