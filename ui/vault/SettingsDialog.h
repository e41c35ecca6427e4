#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace vangnet {

class ConfigFolderField;
class Vault;

// Vault → Settings. Pages in a list on the left, so that later features add theirs (backups, the
// exchange folder) with addPage() or, for a folder of the vault, addFolderRow(). This computer's
// settings (idle lock, clipboard, language) go to QSettings – numbers and a language code, never case
// data; this vault's (statistics threshold, backup folder) are stored inside it through VaultConfig.
// OK writes both; a refusal is shown in the dialog and nothing is lost.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // vault: the open vault, or null (locked): then the vault's page is disabled.
    explicit SettingsDialog(Vault *vault, QWidget *parent = nullptr);

    void addPage(const QString &title, QWidget *page);
    // A folder setting of the vault (VaultConfig key such as backup.folder or exchange.folder) as a
    // row of the "This vault" page, with a folder chooser; OK stores it. One line per folder.
    ConfigFolderField *addFolderRow(const QString &key, const QString &label);

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
    QFormLayout *m_vaultForm = nullptr;
    QList<ConfigFolderField *> m_folders;
    QLabel *m_problem = nullptr;
};

} // namespace vangnet
