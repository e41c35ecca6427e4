#pragma once

#include <QObject>

class QAction;
class QKeyEvent;

namespace vangnet {

class AutoLocker;
class Clock;
class LockedScreen;
class MainWindow;
class SessionWatcher;

// Puts the lock-related safety measures on the main window (issue "Safety first"):
// - auto-lock after the idle time of QSettings "safety/autoLockMinutes" (default 5), when the
//   desktop session locks and before suspend (SessionWatcher), re-checked on every tick;
// - quick hide: Ctrl+Shift+H or the "Hide now" button in the top bar lock at once and cover the window
//   with the neutral LockedScreen. The key works whichever window of the application has the keyboard,
//   modal dialogs included (an application-wide event filter: Qt does not deliver a window's shortcuts,
//   even application-wide ones, while a modal dialog shadows it);
// - every lock (quick hide, auto-lock, the shell's Lock) closes every dialog, message box and popup
//   still open, after the sections have kept unsaved edits as drafts: a dialog in a nested exec()
//   returns Rejected (a message box its escape button: Cancel, No) and its caller finds the vault locked;
// - the secure clipboard is emptied at every lock.
// It uses only MainWindow's public API (lock(), vault()), its EmergencyBar (for the button) and the
// object names "lockAction" and "pages".
class SafetyGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetyGuard)

public:
    // clock: SystemClock::instance() in production, a fake clock in tests.
    SafetyGuard(MainWindow *window, const Clock &clock);

    static QKeySequence quickHideShortcut();

    QAction *hideAction() const { return m_hideAction; }
    AutoLocker *autoLocker() const { return m_autoLocker; }
    LockedScreen *lockedScreen() const { return m_lockedScreen; }

    // Reads the idle time and, when set, the clipboard interval from the settings (Settings dialog).
    void applySettings();
    // Locks (if unlocked), closes every dialog and shows the neutral screen.
    void hideNow();
    // Locks (if unlocked), closes every dialog and shows the unlock page: idle time, session lock, suspend.
    void lockNow();

Q_SIGNALS:
    // After each quick hide, once the window is covered.
    void hidden();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool isQuickHide(const QKeyEvent &event);
    bool isUnlocked() const;
    void afterLock();
    void closeDialogs();
    void watchVaultState();

    MainWindow *m_window;
    AutoLocker *m_autoLocker;
    SessionWatcher *m_session;
    LockedScreen *m_lockedScreen;
    QAction *m_hideAction;
    // True while the window locks: a request from inside the lock (an event loop it may run) is
    // dropped, the first one finishes the job.
    bool m_locking = false;
};

} // namespace vangnet
