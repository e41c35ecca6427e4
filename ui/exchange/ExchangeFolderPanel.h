#pragma once

#include <QWidget>

#include <memory>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace vangnet {

class ExchangeSync;
class RefreshWhenShown;
class Vault;

// The Sharing section's "Exchange folder" tab: the folder a sync engine shares with the team (set
// here, kept in the vault setting exchange.folder), what waits to go and what was delivered, what
// came in, and a notice when a bundle arrives. It watches this vault's mailbox (a file system watcher
// and a scan every minute) and passes the files in steps of about 12 ms of the window's thread (at
// least one file each), so the window stays responsive; Stop ends a pass between two steps, losing
// nothing.
class ExchangeFolderPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeFolderPanel)

public:
    explicit ExchangeFolderPanel(QWidget *parent = nullptr);
    ~ExchangeFolderPanel() override;

    void setVault(Vault *vault);
    // The folder now and the mailbox watched from now on; the tables of what went and came when the
    // panel is shown (at once while it is visible).
    void reload();
    // Starts a pass now (the Sync now button); nothing when one runs or no folder is set.
    void syncNow();
    void stop();
    bool isSyncing() const { return m_sync != nullptr; }
    // Sets the folder (the Choose button asks FolderChooser); false when refused.
    bool setFolder(const QString &folder);

signals:
    // After a pass that imported bundles or recorded deliveries: other tabs reload.
    void changed();
    // One or more bundles came in (the main window may raise a notice).
    void bundlesArrived(int count);

private:
    void chooseFolder();
    void scheduleSync();
    void stepSync();
    void finishSync();
    void watchMailbox();
    void fillTables();

    Vault *m_vault = nullptr;
    std::unique_ptr<ExchangeSync> m_sync;
    QLabel *m_folder;
    QLabel *m_status;
    QLabel *m_notice;
    QPushButton *m_choose;
    QPushButton *m_syncNow;
    QTableWidget *m_outgoing;
    QTableWidget *m_incoming;
    QFileSystemWatcher *m_watcher;
    QTimer *m_periodic;
    QTimer *m_debounce;
    RefreshWhenShown *m_tables;
};

} // namespace vangnet
