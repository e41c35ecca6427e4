#include "safety/SafetyGuard.h"

#include "safety/AutoLocker.h"
#include "safety/IdleLockPolicy.h"
#include "safety/LockedScreen.h"
#include "safety/SecureClipboard.h"
#include "safety/SessionWatcher.h"
#include "shell/EmergencyBar.h"
#include "shell/MainWindow.h"
#include "vault/Vault.h"

#include <QAction>
#include <QSettings>
#include <QStackedWidget>

namespace vangnet {

SafetyGuard::SafetyGuard(MainWindow *window, const Clock &clock)
    : QObject(window)
    , m_window(window)
    , m_autoLocker(new AutoLocker(clock, this))
    , m_session(new SessionWatcher(this))
    , m_lockedScreen(new LockedScreen(window))
    , m_hideAction(new QAction(tr("&Hide now"), this))
{
    setObjectName(QStringLiteral("safetyGuard"));
    m_autoLocker->setTimeout(IdleLockPolicy::timeoutFromSetting(QSettings().value(IdleLockPolicy::settingsKey())));
    connect(m_autoLocker, &AutoLocker::lockRequested, this, &SafetyGuard::lockNow);
    connect(m_session, &SessionWatcher::aboutToSleep, this, &SafetyGuard::lockNow);
    connect(m_session, &SessionWatcher::sessionLocked, this, &SafetyGuard::lockNow);
    connect(m_session, &SessionWatcher::resumed, m_autoLocker, &AutoLocker::tick);

    m_hideAction->setObjectName(QStringLiteral("quickHideAction"));
    m_hideAction->setShortcut(quickHideShortcut());
    m_hideAction->setShortcutContext(Qt::ApplicationShortcut);
    m_hideAction->setIcon(QIcon(QStringLiteral(":/vangnet/icons/lock.svg")));
    m_hideAction->setToolTip(
        tr("Lock at once and show a neutral screen (%1)").arg(quickHideShortcut().toString(QKeySequence::NativeText)));
    connect(m_hideAction, &QAction::triggered, this, &SafetyGuard::hideNow);
    // On the window itself so that the shortcut works on every page, whichever widget has focus.
    window->addAction(m_hideAction);
    // A button in the shell's top bar, beside Lock and the emergency button (on every page).
    if (auto *bar = window->findChild<EmergencyBar *>())
        bar->addLeadingAction(m_hideAction);
    // The shell's own Lock (Ctrl+L) empties our clipboard copy too.
    if (auto *lock = window->findChild<QAction *>(QStringLiteral("lockAction")))
        connect(lock, &QAction::triggered, this, &SafetyGuard::afterLock);
    watchVaultState();
}

QKeySequence SafetyGuard::quickHideShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}

bool SafetyGuard::isUnlocked() const
{
    return m_window->vault() && m_window->vault()->isOpen();
}

void SafetyGuard::watchVaultState()
{
    // The shell has no "unlocked" signal; the page stack changing is the moment the workspace
    // appears or goes, so the idle timer runs exactly while data can be on screen.
    if (auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))) {
        connect(pages, &QStackedWidget::currentChanged, this, [this] { m_autoLocker->setActive(isUnlocked()); });
    }
    m_autoLocker->setActive(isUnlocked());
}

void SafetyGuard::lockNow()
{
    if (isUnlocked())
        m_window->lock();
    afterLock();
}

void SafetyGuard::hideNow()
{
    lockNow();
    m_lockedScreen->cover();
}

void SafetyGuard::afterLock()
{
    SecureClipboard::instance()->clearIfOurs();
    m_autoLocker->setActive(isUnlocked());
}

} // namespace vangnet
