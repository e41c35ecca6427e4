#include "PeriodReportDocument.h"

#include "BarChartImage.h"
#include "DocumentHtml.h"
#include "i18n/DateText.h"

#include <QTextDocument>
#include <QUrl>

namespace vangnet {

QString PeriodReportDocument::neutralTitle()
{
    return tr("Vangnet periodic report");
}

std::unique_ptr<QTextDocument> PeriodReportDocument::build(const PeriodReport &report)
{
    DocumentHtml doc;
    doc.title(tr("Periodic report: %1").arg(report.periodText()));
    doc.paragraph(tr("Made on %1. Counts below %2 are shown as \"<%2\", and where such a count could be worked out from a "
                     "total, another count is hidden as well. No names or case numbers are in this report.")
                      .arg(DateText::date(report.generatedAt.toLocalTime().date()))
                      .arg(report.threshold));
    QVector<QImage> charts;
    for (const PeriodTable &t : report.tables) {
        doc.heading(t.title);
        QVector<ChartBar> bars;
        QVector<LabelledValue> rows;
        rows.append({ t.valueHeading, tr("Number") });
        for (const PeriodRow &r : t.rows) {
            bars.append({ r.label, report.displayCount(r), r.count, r.suppressed });
            rows.append({ r.label, report.displayCount(r) });
        }
        rows.append(
            { t.partition ? tr("Total") : tr("Cases signalled (a case can have several forms)"), report.displayTotal(t) });
        const QImage chart = BarChartImage::draw(bars);
        doc.raw(QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\" height=\"%3\"></p>")
                    .arg(charts.size())
                    .arg(chart.width() / BarChartImage::Scale)
                    .arg(chart.height() / BarChartImage::Scale));
        charts.append(chart);
        doc.table(rows);
    }
    // The charts are the document's own resources; the HTML is set again once they are there.
    auto styled = DocumentHtml::toDocument(doc.html());
    for (qsizetype i = 0; i < charts.size(); ++i)
        styled->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), charts.at(i));
    styled->setHtml(doc.html());
    return styled;
}

} // namespace vangnet
