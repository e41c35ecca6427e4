#include "common/DocumentOutput.h"

#include "DocumentHtml.h"
#include "PdfDocument.h"
#include "common/BackgroundTask.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/PlaintextWriteConfirmation.h"
#include "platform/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>
#include <QWidget>

namespace vangnet {

QString DocumentOutput::noPrinterText()
{
    return tr("No printer is set up on this computer. Save the document as a PDF instead and print it elsewhere, or set up a "
              "printer first.");
}

bool DocumentOutput::savePdf(QWidget *parent, const QString &html, const QString &neutralTitle, const QString &suggestedName,
    const QString &contents, Written written)
{
    QString path = FileChooser::saveFile(parent, tr("Save as PDF"), suggestedName, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (!PlaintextWriteConfirmation::confirm(parent, contents, path))
        return false;

    struct Outcome
    {
        QByteArray pdf;
        QString error;
    };
    QPointer<QWidget> guard(parent);
    // The application as context: when the window that asked is gone (the vault locked meanwhile),
    // the finished file is removed rather than left behind unrecorded.
    runInBackground(
        QCoreApplication::instance(),
        [html, neutralTitle, path] {
            Outcome out;
            const auto document = DocumentHtml::toDocument(html);
            out.pdf = PdfDocument::render(*document, neutralTitle);
            if (!out.pdf.startsWith("%PDF-")) {
                out.error = PdfDocument::tr("The document could not be laid out as a PDF.");
                return out;
            }
            if (auto st = AtomicFile::writeAll(path, out.pdf); !st)
                out.error = st.error().message();
            return out;
        },
        [guard, path, written = std::move(written)](Outcome out) {
            if (!guard) {
                if (out.error.isEmpty())
                    QFile::remove(path);
                return;
            }
            if (!out.error.isEmpty()) {
                MessageBox::warning(guard, tr("Save as PDF"), out.error);
                return;
            }
            if (written)
                written(path, out.pdf);
        });
    return true;
}

bool DocumentOutput::print(QWidget *parent, const QString &html, const QString &dialogTitle)
{
    const QList<QPrinterInfo> printers = QPrinterInfo::availablePrinters();
    if (printers.isEmpty()) {
        MessageBox::information(parent, tr("No printer"), noPrinterText());
        return false;
    }
    const QPrinterInfo chosen = QPrinterInfo::defaultPrinter().isNull() ? printers.first() : QPrinterInfo::defaultPrinter();
    QPrinter printer(chosen, QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(dialogTitle);
    // A file would be an unencrypted copy that bypasses the question Save as PDF asks.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (printer.outputFormat() != QPrinter::NativeFormat || !printer.outputFileName().isEmpty()) {
        MessageBox::warning(
            parent, dialogTitle, tr("Printing goes to a printer only; use Save as PDF for a file. Nothing was printed."));
        return false;
    }
    const auto document = DocumentHtml::toDocument(html);
    document->print(&printer);
    return true;
}

} // namespace vangnet
