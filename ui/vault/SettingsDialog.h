#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace vangnet {

class Vault;

// Vault → Settings. Pages in a list on the left, so that later features add theirs (backups, the
// exchange folder) with addPage(). This computer's settings (idle lock, clipboard, language) go to
// QSettings – numbers and a language code, never case data; this vault's (the statistics threshold)
// are stored inside the vault. OK writes both; a refusal is shown in the dialog.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // vault: the open vault, or null (locked): then the vault's page is disabled.
    explicit SettingsDialog(Vault *vault, QWidget *parent = nullptr);

    void addPage(const QString &title, QWidget *page);

public slots:
    void accept() override;

private:
    Vault *m_vault;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QSpinBox *m_clipboard = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_threshold = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace vangnet
