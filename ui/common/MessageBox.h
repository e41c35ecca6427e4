#pragma once

#include <QMessageBox>

namespace vangnet {

// Every modal message of the desktop goes through here, so that a test can answer the next one
// instead of blocking on exec() (the idea of KeePassXC's MessageBox).
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Tests: the next message is not shown and returns `answer`; the text is kept for inspection.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace vangnet
