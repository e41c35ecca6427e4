#include "shell/MainWindow.h"

#include "cases/CaseFilterBar.h"
#include "cases/CasesSection.h"
#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "common/WindowFitter.h"
#include "crypto/SecureString.h"
#include "demo/DemoVault.h"
#include "exchange/SharingSection.h"
#include "help/HelpWindow.h"
#include "overview/OverviewSection.h"
#include "safety/SafetyGuard.h"
#include "safety/SafetySection.h"
#include "shell/AccessibleWidgets.h"
#include "shell/EmergencyBar.h"
#include "shell/FocusIndicator.h"
#include "shell/Workspace.h"
#include "shelters/SheltersSection.h"
#include "vault/BackupPanel.h"
#include "vault/CreateVaultPage.h"
#include "vault/RecoverPage.h"
#include "vault/RecoveryKeyPage.h"
#include "vault/RestoreBackupDialog.h"
#include "vault/SettingsDialog.h"
#include "vault/UnlockPage.h"
#include "vault/Vault.h"
#include "vault/VaultSection.h"
#include "vault/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmapCache>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vangnet {

MainWindow::MainWindow(const VaultSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_emergency(new EmergencyBar(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_pages))
    , m_create(new CreateVaultPage(settings, m_pages))
    , m_unlock(new UnlockPage(m_pages))
    , m_recover(new RecoverPage(settings, m_pages))
    , m_workspace(new Workspace(m_pages))
    , m_vaultSection(new VaultSection(settings))
    , m_cases(new CasesSection)
    , m_overview(new OverviewSection)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Every window and dialog stays within the screen (a 1024×600 laptop has 1024×576 to give).
    WindowFitter::install();
    AccessibleWidgets::install();
    FocusIndicator::install();
    // Never case data in the title: it shows in task bars, window switchers and screen sharing.
    setWindowTitle(QStringLiteral("Vangnet"));
    setWindowIcon(QIcon(QStringLiteral(":/vangnet/icons/vangnet.svg")));

    m_pages->setObjectName(QStringLiteral("pages"));
    for (QWidget *page : { static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_create), static_cast<QWidget *>(m_unlock),
             static_cast<QWidget *>(m_recover), static_cast<QWidget *>(m_workspace) })
        m_pages->addWidget(page);
    // In the order of a coordinator's work; the overview is shown first after unlocking.
    // Shelters, sharing and safety are made anew after every lock: no widget that showed an address,
    // a contact or an incident outlives it. The case section destroys its own list and editor and
    // keeps where the user was; the overview shows counts only; the vault section runs backups.
    m_workspace->addSection(m_overview);
    m_workspace->addSection(m_cases);
    m_workspace->addRebuiltSection([] { return new SheltersSection; });
    m_workspace->addRebuiltSection([] { return new SharingSection; });
    m_workspace->addRebuiltSection([] { return new SafetySection; });
    m_workspace->addSection(m_vaultSection);
    // A tile opens the list behind it.
    connect(m_overview, &OverviewSection::casesRequested, this, [this](const CaseFilter &filter) {
        if (!m_workspace->showSection(m_cases))
            return;
        m_cases->showList();
        m_cases->filterBar()->setFilter(filter);
    });
    connect(m_overview, &OverviewSection::incidentsRequested, this,
        [this] { m_workspace->showSection(m_workspace->findChild<SafetySection *>()); });

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_emergency);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createActions();

    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::showCreate);
    connect(m_welcome, &WelcomePage::openRequested, this, [this](const QString &folder) { showUnlock(folder); });
    connect(m_welcome, &WelcomePage::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_create, &CreateVaultPage::back, this, [this] { showPage(m_welcome); });
    connect(m_create, &CreateVaultPage::created, this, [this] {
        CreatedVault created = m_create->takeCreated();
        m_folder = created.vault->paths().folder;
        showRecoveryKey(created.recoveryKey, created.vault->vaultId());
        SecureString::wipe(created.recoveryKey);
        m_vault = std::move(created.vault);
        showPage(m_recoveryKey);
    });
    connect(m_unlock, &UnlockPage::unlocked, this, [this] { enterWorkspace(m_unlock->takeVault()); });
    connect(m_unlock, &UnlockPage::recoveryRequested, this, [this] {
        m_recover->reset(m_folder);
        showPage(m_recover);
    });
    connect(m_unlock, &UnlockPage::otherVaultRequested, this, [this] {
        m_demo = false;
        setWindowTitle(QStringLiteral("Vangnet"));
        showPage(m_welcome);
    });
    connect(m_recover, &RecoverPage::back, this, [this] { showUnlock(m_folder); });
    connect(m_recover, &RecoverPage::recovered, this, [this] { enterWorkspace(m_recover->takeVault()); });
}

MainWindow::~MainWindow()
{
    m_workspace->close();
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(QIcon(QStringLiteral(":/vangnet/icons/lock.svg")), tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Lock the vault and hide all data (Ctrl+L)"));
    m_lockAction->setEnabled(false);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *about = new QAction(tr("&About Vangnet"), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::about);

    auto *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu *vaultMenu = menuBar()->addMenu(tr("&Vault"));
    vaultMenu->addAction(m_lockAction);
    vaultMenu->addAction(settings);
    vaultMenu->addSeparator();
    vaultMenu->addAction(quit);
    // Ctrl+N and Ctrl+F from anywhere in the window, right after unlocking: menu actions are
    // window-wide, while the section's own widgets may not have the keyboard yet.
    QMenu *casesMenu = menuBar()->addMenu(tr("&Cases"));
    casesMenu->addActions(m_cases->caseActions());
    connect(m_cases, &CasesSection::showRequested, this, [this] { m_workspace->showSection(m_cases); });

    auto *guide = new QAction(tr("&User guide"), this);
    guide->setObjectName(QStringLiteral("helpAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { showHelp(); });
    auto *shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, [this] { showHelp(QStringLiteral("shortcuts")); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(guide);
    help->addAction(shortcuts);
    help->addAction(about);

    // Lock sits in the top bar beside the emergency button: one row, always in the same place.
    m_emergency->addLeadingAction(m_lockAction);
}

void MainWindow::showRecoveryKey(const QString &key, const QString &vaultId)
{
    dropRecoveryKeyPage();
    // Made for this one key and destroyed when left or locked: no widget keeps the key afterwards.
    m_recoveryKey = new RecoveryKeyPage(m_pages);
    m_pages->addWidget(m_recoveryKey);
    m_recoveryKey->setRecoveryKey(key, vaultId, m_folder);
    connect(m_recoveryKey, &RecoveryKeyPage::finished, this, [this] {
        dropRecoveryKeyPage();
        enterWorkspace(std::move(m_vault));
    });
}

void MainWindow::dropRecoveryKeyPage()
{
    if (!m_recoveryKey)
        return;
    m_recoveryKey->clearKey();
    m_pages->removeWidget(m_recoveryKey);
    m_recoveryKey->hide();
    // Later: the page may be in the middle of emitting finished().
    m_recoveryKey->deleteLater();
    m_recoveryKey = nullptr;
}

void MainWindow::showPage(QWidget *page)
{
    // The recovery-key page after creating a vault also shows a secret with the vault open: lockable too.
    const bool unlocked = page == m_workspace || (m_recoveryKey && page == m_recoveryKey);
    m_lockAction->setEnabled(unlocked);
    m_pages->setCurrentWidget(page);
    if (page == m_create)
        m_create->setFocus();
    else
        page->setFocus();
}

void MainWindow::start(const QString &folder)
{
    m_demo = false;
    m_folder = folder;
    setWindowTitle(QStringLiteral("Vangnet"));
    if (Vault::exists(folder))
        showUnlock(folder);
    else
        showPage(m_welcome); // "Create" then suggests `folder`
}

void MainWindow::startDemo()
{
    m_demo = true;
    m_folder = DemoVault::folder();
    setWindowTitle(tr("Vangnet – Demo"));
    m_unlock->reset(m_folder, DemoVault::passphrase());
    showPage(m_unlock);
    if (Vault::exists(m_folder))
        return;
    m_unlock->setPreparing(true, tr("Preparing the demo vault…"));
    runInBackground(
        this, [] { return DemoVault::ensureExists(); },
        [this](Status status) {
            m_unlock->setPreparing(false);
            if (!status)
                m_unlock->showError(status.error().message());
            m_unlock->setFocus();
        });
}

void MainWindow::showCreate()
{
    // Suggest the folder the user was looking at, unless a vault is already there.
    m_create->reset(!m_folder.isEmpty() && !Vault::exists(m_folder) ? m_folder : VaultPaths::defaultFolder());
    showPage(m_create);
}

void MainWindow::showUnlock(const QString &folder)
{
    m_folder = folder;
    m_unlock->reset(folder, m_demo ? DemoVault::passphrase() : QString());
    showPage(m_unlock);
}

void MainWindow::enterWorkspace(std::unique_ptr<Vault> vault)
{
    m_vault = std::move(vault);
    if (!m_vault)
        return;
    m_folder = m_vault->paths().folder;
    // The overview first, unless the case list goes back to the case that was open at the lock.
    if (!m_cases->resumesCase())
        m_workspace->showSection(m_overview);
    m_workspace->vaultOpened(*m_vault);
    showPage(m_workspace);
    // The unlock field that had the keyboard is gone: give it to the workspace so that keyboard
    // operation (and every shortcut) continues without reaching for the mouse.
    m_workspace->focusNavigation();
    if (!m_demo)
        Q_EMIT vaultFolderUsed(m_folder);
    if (m_vault->auditPending())
        MessageBox::warning(this, tr("The disk is full"),
            tr("The vault was opened, but the disk it is on is full: you can read every case, but changes cannot be saved "
               "until space is freed. The unlock is recorded in the audit log as soon as there is space again."));
}

void MainWindow::lock()
{
    if (!m_vault || !m_vault->isOpen())
        return;
    // Sections first: they stop their background readers (stopWork(): the case list's worker, the
    // deadlines) and drop decrypted data while the vault is still consistent. Vault::lock() then
    // closes any reader still open before it wipes the master key, so no SQLCipher key copy
    // survives the lock either way. A backup that is due starts first: it reads through a
    // connection and a key copy of its own, finishes in the background and then wipes them.
    if (m_settingsDialog)
        m_settingsDialog->reject(); // it may hold settings of the vault
    // A recovery key not yet confirmed as stored is not kept: after the next unlock the Vault section
    // offers a new one.
    if (m_recoveryKey && m_pages->currentWidget() == m_recoveryKey)
        m_vaultSection->offerNewRecoveryKeyAtUnlock(m_vault->vaultId());
    dropRecoveryKeyPage();
    m_vaultSection->backups().runner().startIfDue(*m_vault);
    m_workspace->clear();
    m_vault->lock();
    // Qt's caches of what was on screen (icons, rendered previews) go too.
    QPixmapCache::clear();
    showUnlock(m_folder);
}

void MainWindow::focusCurrentPage()
{
    if (m_pages->currentWidget() == m_workspace)
        m_workspace->focusNavigation();
    else if (m_pages->currentWidget())
        m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openSettings()
{
    if (m_settingsDialog)
        return;
    auto *dialog = new SettingsDialog(m_vault && m_vault->isOpen() ? m_vault.get() : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        if (auto *guard = findChild<SafetyGuard *>())
            guard->applySettings();
        if (auto *sharing = findChild<SharingSection *>())
            sharing->reload();
        if (m_vault && m_vault->isOpen())
            m_vaultSection->backups().reload(); // the backup folder may have changed
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    BackupRunner &backups = m_vaultSection->backups().runner();
    if (m_vault && m_vault->isOpen())
        lock();
    if (backups.isRunning()) {
        event->ignore();
        hide();
        connect(&backups, &BackupRunner::finished, this, &QWidget::close, Qt::SingleShotConnection);
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreBackup()
{
    auto *dialog = new RestoreBackupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_demo = false;
        setWindowTitle(QStringLiteral("Vangnet"));
        showUnlock(dialog->restoredFolder());
    });
    dialog->open();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

QString MainWindow::contextHelpPage() const
{
    if (m_pages->currentWidget() != m_workspace)
        return QStringLiteral("start");
    const Section *section = m_workspace->currentSection();
    return section ? section->helpPage() : QString();
}

void MainWindow::showHelp(const QString &page)
{
    if (!m_helpWindow) {
        m_helpWindow = new HelpWindow(this);
        m_helpWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_helpWindow->showPage(page.isEmpty() ? contextHelpPage() : page);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

HelpWindow *MainWindow::helpWindow() const
{
    return m_helpWindow;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Vangnet"),
        tr("<h3>Vangnet %1</h3><p>Offline case management for care coordinators of victims of human "
           "trafficking.</p><p>All data stays in an encrypted vault on this computer.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace vangnet
