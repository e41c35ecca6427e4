#pragma once

#include "vault/BackupRunner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace vangnet {

class Clock;
class RefreshWhenShown;
class Vault;

// The backup part of the vault page: the backup folder, the interval of automatic backups,
// "Back up now" with progress and cancel, when the last backup was made and whether it was
// verified, and a warning when no verified backup is newer than seven days. Owns the BackupRunner
// that the main window also uses at lock and at quit.
class BackupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPanel)

public:
    explicit BackupPanel(const Clock &clock, QWidget *parent = nullptr);

    BackupRunner &runner() { return *m_runner; }
    void vaultOpened(Vault &vault);
    void clear();
    // Re-reads the folder, interval and last backup (also after a backup ends): when the panel is
    // shown, at once while it is visible.
    void reload();
    // "2 days ago", "5 hours ago", "just now".
    static QString age(const QDateTime &then, const QDateTime &now);

private:
    void chooseFolder();
    void intervalEdited();
    void backUpNow();
    void backupFinished(const BackupRunner::Outcome &outcome);
    void fill();

    const Clock &m_clock;
    Vault *m_vault = nullptr;
    BackupRunner *m_runner;
    RefreshWhenShown *m_refresh;
    QLabel *m_warning;
    QLabel *m_folder;
    QPushButton *m_choose;
    QSpinBox *m_interval;
    QLabel *m_last;
    QPushButton *m_now;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
};

} // namespace vangnet
