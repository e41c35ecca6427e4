#include "BarChartImage.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace vangnet {

QImage BarChartImage::draw(const QVector<ChartBar> &bars, int width)
{
    const int rowHeight = 22;
    const int padding = 6;
    QImage image(QSize(width, padding * 2 + rowHeight * int(std::max<qsizetype>(bars.size(), 1))) * Scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(Scale, Scale);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetrics metrics(font);

    int labelWidth = 0;
    int valueWidth = 0;
    int largest = 1;
    for (const ChartBar &b : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(b.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(b.valueText));
        if (!b.hidden)
            largest = std::max(largest, b.value);
    }
    labelWidth = std::min(labelWidth + 12, width * 2 / 5);
    const int barStart = padding + labelWidth;
    const int barSpace = std::max(20, width - barStart - valueWidth - 3 * padding);

    for (qsizetype i = 0; i < bars.size(); ++i) {
        const ChartBar &b = bars.at(i);
        const int top = padding + int(i) * rowHeight;
        const QRect labelRect(padding, top, labelWidth - 6, rowHeight);
        p.setPen(Qt::black);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(b.label, Qt::ElideRight, labelRect.width()));
        int valueLeft = barStart + padding;
        if (!b.hidden && b.value > 0) {
            const int length = std::max(2, barSpace * b.value / largest);
            const QRect bar(barStart, top + 4, length, rowHeight - 8);
            p.fillRect(bar, QBrush(Qt::black, Qt::BDiagPattern));
            p.setPen(QPen(Qt::black, 1));
            p.drawRect(bar);
            valueLeft = bar.right() + padding;
        }
        p.drawText(QRect(valueLeft, top, valueWidth + padding, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
    }
    p.setPen(QPen(Qt::black, 1));
    p.drawLine(barStart, padding, barStart, padding + rowHeight * int(bars.size()));
    return image;
}

} // namespace vangnet
