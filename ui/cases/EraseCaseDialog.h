#pragma once

#include "privacy/CaseEraser.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vangnet {

// "Erase this case…": says what will go and what stays, asks for the reason, and enables Erase only
// once the case number has been typed exactly (no paste-and-click by accident). Shown with open(),
// so a test drives it like a user.
class EraseCaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EraseCaseDialog)

public:
    EraseCaseDialog(const ErasurePreview &preview, QWidget *parent = nullptr);
    QString reason() const;

private:
    void updateButton();

    QString m_number;
    QLineEdit *m_reason;
    QLineEdit *m_confirm;
    QDialogButtonBox *m_buttons;
};

} // namespace vangnet
