#pragma once

#include "vault/VaultSettings.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QStackedWidget;

namespace vangnet {

class CasesSection;
class OverviewSection;
class CreateVaultPage;
class EmergencyBar;
class HelpWindow;
class RecoverPage;
class SettingsDialog;
class RecoveryKeyPage;
class UnlockPage;
class Vault;
class VaultSection;
class WelcomePage;
class Workspace;

// The one top-level window: the emergency bar on top, below it either a vault page (welcome,
// create, recovery key, unlock, recover) or the unlocked workspace. It owns the open vault.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const VaultSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Unlock page when a vault is at `folder`, the welcome page otherwise.
    void start(const QString &folder);
    // Prepares the demo vault in the background, then shows its unlock page with the passphrase.
    void startDemo();

    // The open (or, after Lock, locked) vault; null before the first unlock.
    Vault *vault() const { return m_vault.get(); }
    void lock();
    // Gives the keyboard to the shown page: the passphrase field on the unlock page, the section
    // navigation in the workspace (after the neutral screen of quick hide is dismissed, say).
    void focusCurrentPage();
    // Vault → Settings (window-modal); the dialog while it is open, for tests.
    void openSettings();
    SettingsDialog *settingsDialog() const;
    // Help → User guide (F1): the guide at `page`, or at the page of what is shown now when empty.
    void showHelp(const QString &page = {});
    // The open user guide, for tests; null when it is closed.
    HelpWindow *helpWindow() const;
    // The user guide's page for what is shown now: the section's own, or the one about unlocking.
    QString contextHelpPage() const;

protected:
    // Quitting locks first (so a due backup starts, as at lock); while that backup runs the window
    // is hidden and the program ends when it has.
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // A real (non-demo) vault was opened or created there: the start-up code remembers it.
    void vaultFolderUsed(const QString &folder);

private:
    void createActions();
    void showPage(QWidget *page);
    void showRecoveryKey(const QString &key, const QString &vaultId);
    void dropRecoveryKeyPage();
    void showUnlock(const QString &folder);
    void showCreate();
    void enterWorkspace(std::unique_ptr<Vault> vault);
    void about();
    void restoreBackup();

    VaultSettings m_settings;
    QString m_folder;
    bool m_demo = false;
    std::unique_ptr<Vault> m_vault;
    EmergencyBar *m_emergency;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    CreateVaultPage *m_create;
    RecoveryKeyPage *m_recoveryKey = nullptr; // only while a new vault's key is shown
    UnlockPage *m_unlock;
    RecoverPage *m_recover;
    Workspace *m_workspace;
    VaultSection *m_vaultSection;
    CasesSection *m_cases;
    OverviewSection *m_overview;
    QAction *m_lockAction = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<HelpWindow> m_helpWindow;
};

} // namespace vangnet
