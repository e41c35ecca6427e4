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
#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStackedWidget>
#include <QToolTip>

namespace vangnet {
namespace {

// Closes one window as its Cancel would: close() runs a dialog's own reject() and gives a message box
// its escape button. One that refuses (no escape button, or busy) is rejected or at least hidden, so
// that nothing stays on screen and a nested exec() returns.
void dismiss(QWidget *window)
{
    const QPointer<QWidget> guard(window);
    window->close();
    if (guard && guard->isVisible())
        if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
            dialog->done(QDialog::Rejected);
    if (guard && guard->isVisible())
        guard->hide();
}

} // namespace

SafetyGuard::SafetyGuard(MainWindow *window, const Clock &clock)
    : QObject(window)
    , m_window(window)
    , m_autoLocker(new AutoLocker(clock, this))
    , m_session(new SessionWatcher(this))
    , m_lockedScreen(new LockedScreen(window))
    , m_hideAction(new QAction(tr("&Hide now"), this))
{
    setObjectName(QStringLiteral("safetyGuard"));
    applySettings();
    connect(m_autoLocker, &AutoLocker::lockRequested, this, &SafetyGuard::lockNow);
    connect(m_session, &SessionWatcher::aboutToSleep, this, &SafetyGuard::lockNow);
    connect(m_session, &SessionWatcher::sessionLocked, this, &SafetyGuard::lockNow);
    connect(m_session, &SessionWatcher::resumed, m_autoLocker, &AutoLocker::tick);
    // The neutral screen had the keyboard: give it back to the page below (the passphrase field).
    connect(m_lockedScreen, &LockedScreen::dismissed, m_window, &MainWindow::focusCurrentPage);

    m_hideAction->setObjectName(QStringLiteral("quickHideAction"));
    m_hideAction->setShortcut(quickHideShortcut());
    m_hideAction->setShortcutContext(Qt::ApplicationShortcut); // shown in menus; the key itself: eventFilter()
    m_hideAction->setIcon(QIcon(QStringLiteral(":/vangnet/icons/lock.svg")));
    m_hideAction->setToolTip(
        tr("Lock at once and show a neutral screen (%1)").arg(quickHideShortcut().toString(QKeySequence::NativeText)));
    connect(m_hideAction, &QAction::triggered, this, &SafetyGuard::hideNow);
    window->addAction(m_hideAction);
    // The key from every window of the application, modal dialogs included.
    QCoreApplication::instance()->installEventFilter(this);
    // A button in the shell's top bar, beside Lock and the emergency button (on every page).
    if (auto *bar = window->findChild<EmergencyBar *>())
        bar->addLeadingAction(m_hideAction);
    // The shell's own Lock (Ctrl+L) empties our clipboard copy too.
    if (auto *lock = window->findChild<QAction *>(QStringLiteral("lockAction")))
        connect(lock, &QAction::triggered, this, &SafetyGuard::afterLock);
    watchVaultState();
}

void SafetyGuard::applySettings()
{
    const QSettings settings;
    m_autoLocker->setTimeout(IdleLockPolicy::timeoutFromSetting(settings.value(IdleLockPolicy::settingsKey())));
    // Only a chosen interval replaces the one in use (tests shorten it on the instance).
    if (settings.contains(SecureClipboard::settingsKey()))
        SecureClipboard::instance()->setClearInterval(
            SecureClipboard::intervalFromSetting(settings.value(SecureClipboard::settingsKey())));
}

QKeySequence SafetyGuard::quickHideShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}

bool SafetyGuard::isQuickHide(const QKeyEvent &event)
{
    constexpr Qt::KeyboardModifiers relevant = Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    const QKeyCombination wanted = quickHideShortcut()[0];
    const QKeyCombination pressed = event.keyCombination();
    return pressed.key() == wanted.key() && (pressed.keyboardModifiers() & relevant) == wanted.keyboardModifiers();
}

bool SafetyGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::ShortcutOverride || type == QEvent::KeyPress) && isQuickHide(*static_cast<QKeyEvent *>(event))) {
        // Claimed at ShortcutOverride, so that the shortcut map does not trigger the action as well
        // where no modal dialog blocks it; acted on once, at the key press that follows. Consumed
        // either way: no widget sees it (the neutral screen would take any key press as "dismiss").
        event->accept();
        if (type == QEvent::KeyPress)
            hideNow();
        return true;
    }
    return QObject::eventFilter(watched, event);
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
    if (m_locking)
        return;
    if (isUnlocked()) {
        const QScopedValueRollback<bool> locking(m_locking, true);
        m_window->lock();
    }
    afterLock();
}

void SafetyGuard::hideNow()
{
    if (m_locking)
        return;
    lockNow();
    m_lockedScreen->cover();
    Q_EMIT hidden();
}

void SafetyGuard::afterLock()
{
    SecureClipboard::instance()->clearIfOurs();
    closeDialogs();
    m_autoLocker->setActive(isUnlocked());
}

void SafetyGuard::closeDialogs()
{
    // Only after the lock: the sections have kept unsaved edits as drafts and closed their own
    // editors by then. Closed earlier, an editor's Cancel would drop its edits, and a caller that
    // resumes after exec() would find the vault still open.
    QToolTip::hideText();
    // Popups (menus, a combo box's list) hold the keyboard; then the modal dialogs, innermost first
    // (each nested exec() returns in turn once control goes back to the event loops). Bounded: every
    // round hides one window, unless closing one opens another.
    for (int round = 0; round < 100; ++round) {
        QWidget *top = QApplication::activePopupWidget();
        if (!top)
            top = QApplication::activeModalWidget();
        if (!top)
            break;
        dismiss(top);
    }
    // Then any dialog shown without modality.
    QList<QPointer<QWidget>> windows;
    for (QWidget *window : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(window))
            windows.append(window);
    for (const QPointer<QWidget> &window : std::as_const(windows))
        if (window && window->isVisible())
            dismiss(window);
}

} // namespace vangnet
