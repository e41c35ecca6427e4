#pragma once

#include "privacy/CaseInWords.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace vangnet {

// Builds the HTML of a printable document one block at a time, escaping every piece of text, so
// that the four documents share their headings, label/value tables and lists (and none of them
// can be broken by a "<" in a note).
class DocumentHtml
{
public:
    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text);
    void smallPrint(const QString &text);
    // Label and value per row; nothing when empty (then `whenEmpty` as a paragraph, if given).
    void table(const QVector<LabelledValue> &rows, const QString &whenEmpty = {});
    void list(const QStringList &items, const QString &whenEmpty = {});
    // Already escaped HTML (a filled form template).
    void raw(const QString &html) { m_html += html; }
    const QString &html() const { return m_html; }

    // A text document with the documents' style (serif body text, readable size, table borders).
    static std::unique_ptr<QTextDocument> toDocument(const QString &html);

private:
    QString m_html;
};

} // namespace vangnet
