#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace vangnet {

// How a document leaves the desktop: as a PDF file or on a printer (ui/cases/CaseDocumentsPage, the
// consent dialog, the placement panel). The caller collects the data and makes the HTML (on the
// window's thread, in the chosen DocumentLanguage); laying it out as a PDF and writing the file run
// on a worker (BackgroundTask), because a long case takes a while to lay out.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)

public:
    using Written = std::function<void(const QString &path, const QByteArray &pdf)>;

    // Asks where (FileChooser), then asks to confirm the unencrypted file (PlaintextWriteConfirmation:
    // `contents` names what it holds), then writes the PDF owner-only and atomically (PdfDocument).
    // `written` runs on the window's thread once the file is complete; a failure is shown to the user.
    // When `parent` is gone by then (the vault locked), the file is removed again.
    // False when the user cancelled (nothing is written).
    static bool savePdf(QWidget *parent, const QString &html, const QString &neutralTitle, const QString &suggestedName,
        const QString &contents, Written written);
    // Prints on a printer chosen in the print dialog (never into a file). Without a printer it says so
    // and offers nothing else. True when printed.
    static bool print(QWidget *parent, const QString &html, const QString &dialogTitle);
    // The message shown when no printer is set up (tests).
    static QString noPrinterText();
};

} // namespace vangnet
