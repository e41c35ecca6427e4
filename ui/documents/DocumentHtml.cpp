#include "DocumentHtml.h"

#include <QFont>
#include <QTextDocument>

namespace vangnet {

void DocumentHtml::title(const QString &text)
{
    m_html += QStringLiteral("<h1>") + text.toHtmlEscaped() + QStringLiteral("</h1>");
}

void DocumentHtml::heading(const QString &text)
{
    m_html += QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
}

void DocumentHtml::paragraph(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_html += QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
}

void DocumentHtml::smallPrint(const QString &text)
{
    m_html += QStringLiteral("<p><small>") + text.toHtmlEscaped() + QStringLiteral("</small></p>");
}

void DocumentHtml::table(const QVector<LabelledValue> &rows, const QString &whenEmpty)
{
    if (rows.isEmpty()) {
        if (!whenEmpty.isEmpty())
            paragraph(whenEmpty);
        return;
    }
    m_html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const LabelledValue &row : rows) {
        QString value = row.value.toHtmlEscaped();
        value.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        m_html += QStringLiteral("<tr><td width=\"38%\"><b>") + row.label.toHtmlEscaped() + QStringLiteral("</b></td><td>")
            + value + QStringLiteral("</td></tr>");
    }
    m_html += QStringLiteral("</table>");
}

void DocumentHtml::list(const QStringList &items, const QString &whenEmpty)
{
    if (items.isEmpty()) {
        if (!whenEmpty.isEmpty())
            paragraph(whenEmpty);
        return;
    }
    m_html += QStringLiteral("<ul>");
    for (const QString &item : items)
        m_html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    m_html += QStringLiteral("</ul>");
}

std::unique_ptr<QTextDocument> DocumentHtml::toDocument(const QString &html)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSize(10);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; } "
                                                  "td { vertical-align: top; }"));
    document->setHtml(html);
    return document;
}

} // namespace vangnet
