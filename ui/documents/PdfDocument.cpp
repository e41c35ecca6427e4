#include "PdfDocument.h"

#include "platform/AtomicFile.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace vangnet {

QByteArray PdfDocument::render(QTextDocument &document, const QString &neutralTitle)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(neutralTitle);
        writer.setCreator(QStringLiteral("Vangnet"));
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        writer.setResolution(300);
        document.setPageSize(QSizeF()); // let print() lay out for the writer's page
        document.print(&writer);
    }
    buffer.close();
    return bytes;
}

Status PdfDocument::write(QTextDocument &document, const QString &neutralTitle, const QString &path)
{
    const QByteArray bytes = render(document, neutralTitle);
    if (!bytes.startsWith("%PDF-"))
        return Error(ErrorCode::Runtime, tr("The document could not be laid out as a PDF."));
    return AtomicFile::writeAll(path, bytes);
}

} // namespace vangnet
