#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vangnet {

// Sets a case's required security level by hand: a level and the reason, which is required
// (RequiredSecurityLevel::validateOverride). The reason stays in the vault; the audit log keeps the level.
class OverrideLevelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideLevelDialog)

public:
    OverrideLevelDialog(int derivedLevel, int currentLevel, QWidget *parent = nullptr);

    int level() const;
    QString reason() const;
    void setReason(const QString &reason);
    void setLevel(int level);

private:
    void updateButtons();

    QComboBox *m_level;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
};

} // namespace vangnet
