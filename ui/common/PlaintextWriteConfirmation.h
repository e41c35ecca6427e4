#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vangnet {

// The one question asked before Vangnet writes a document that is not encrypted (a saved copy of a
// scan, a shelter export with addresses, a PDF report): it names what the file holds and where it goes,
// says that the file is outside the vault and unencrypted, and defaults to Cancel. The caller writes
// through AtomicFile, which creates the file 0600 (readable by this user only).
class PlaintextWriteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(PlaintextWriteConfirmation)

public:
    // contents: what is inside, as a phrase ("the scan “passport.pdf” of this case"); path: the chosen file.
    // True when the user chose to write it. Goes through MessageBox, so tests answer it with setNextAnswer().
    static bool confirm(QWidget *parent, const QString &contents, const QString &path);
    // The question's text, for tests and for command-line warnings.
    static QString text(const QString &contents, const QString &path);
};

} // namespace vangnet
