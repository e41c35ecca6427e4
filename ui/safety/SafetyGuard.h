#pragma once

#include <QObject>

class QAction;

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
//   with the neutral LockedScreen;
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

    // Locks (if unlocked) and shows the neutral screen.
    void hideNow();
    // Locks (if unlocked) and shows the unlock page: idle time, session lock, suspend.
    void lockNow();

private:
    bool isUnlocked() const;
    void afterLock();
    void watchVaultState();

    MainWindow *m_window;
    AutoLocker *m_autoLocker;
    SessionWatcher *m_session;
    LockedScreen *m_lockedScreen;
    QAction *m_hideAction;
};

} // namespace vangnet
