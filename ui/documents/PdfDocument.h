#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace vangnet {

// Turns a QTextDocument into a PDF (A4, portrait) and writes it through AtomicFile: owner-only
// (0600), atomically, every step checked. The PDF's metadata holds a neutral title and "Vangnet"
// as creator, never a name or a case number: a file manager or a search index shows metadata.
// Needs a QGuiApplication (fonts); vangnet-cli creates one on the offscreen platform for the
// commands that write documents (Command::documents).
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // The document's bytes; the title goes into the metadata and must hold no personal data.
    static QByteArray render(QTextDocument &document, const QString &neutralTitle);
    // render + AtomicFile. The caller has had the user choose the place and, in the desktop,
    // confirm that the file is not encrypted.
    static Status write(QTextDocument &document, const QString &neutralTitle, const QString &path);
};

} // namespace vangnet
