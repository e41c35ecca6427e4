#include "CaseTestData.h"
#include "FakeClock.h"
#include "UiTestHelpers.h"
#include "cases/CaseEditor.h"
#include "cases/CasesSection.h"
#include "common/MessageBox.h"
#include "exchange/SharingSection.h"
#include "safety/AutoLocker.h"
#include "safety/DraftStore.h"
#include "safety/IncidentDialog.h"
#include "safety/IncidentListModel.h"
#include "safety/LockedScreen.h"
#include "safety/SafetyGuard.h"
#include "safety/SafetySection.h"
#include "safety/SecureClipboard.h"
#include "shell/Workspace.h"
#include "shelters/SheltersSection.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <utility>

using namespace vangnet;
using namespace vangnet::test;

namespace {
constexpr int SlowMs = 15000;
constexpr qint64 Minute = 60 * 1000;

void pressQuickHide(QWidget *window)
{
    QWidget *target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
}

int visibleDialogs()
{
    int n = 0;
    for (const QWidget *window : QApplication::topLevelWidgets())
        n += qobject_cast<const QDialog *>(window) && window->isVisible() ? 1 : 0;
    return n;
}

// Runs `action` on the next modal window from inside its exec() (a nested event loop). Any modal
// window still open after that is closed and counted, so that a failing test fails instead of hanging
// and a dialog shown after the lock is noticed.
class ModalProbe final : public QObject
{
public:
    explicit ModalProbe(std::function<void(QWidget *)> action)
        : m_action(std::move(action))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &ModalProbe::poll);
        m_timer.start();
    }
    bool acted() const { return !m_action; }
    int leftOpen() const { return m_leftOpen; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (m_action) {
            std::exchange(m_action, {})(modal);
            return;
        }
        ++m_leftOpen;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->done(QDialog::Rejected);
        else
            modal->hide();
    }

    std::function<void(QWidget *)> m_action;
    QTimer m_timer;
    int m_leftOpen = 0;
};

// What the test saw inside the dialog's nested event loop, right after Ctrl+Shift+H.
struct InsideModal
{
    QString text;
    bool locked = false;
    bool covered = false;
    bool dialogClosed = false;
};

} // namespace

// The lock-related safety measures on the real main window: auto-lock with a fake clock (idle,
// activity, sleep), quick hide to the neutral screen (also from window-modal and application-modal
// dialogs, which it closes), the clipboard emptied at lock, and unsaved edits kept encrypted across
// a lock and offered back after unlock.
class TestSafetyLock final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void autoLockAfterIdleTime();
    void activityKeepsItOpen();
    void sleepLocksAtNextTick();
    void quickHideShowsNeutralScreen();
    void quickHideFromWindowModalDialog();
    void quickHideFromMessageBoxKeepsUnsavedCase();
    void quickHideFromTextPromptLeavesVaultUntouched();
    void clipboardClearedAtLock();
    void unsavedDraftSurvivesLock();
    void quickHideWhileUnlockAsksAboutDraft();
    void lockDestroysSectionsThatShowedData();

private:
    void unlock();
    void dismissLockedScreen();
    InsideModal pressQuickHideInside(QWidget *modal) const;
    bool isLocked() const
    {
        return currentPage(*m_window) == QStringLiteral("unlockPage") && !m_window->vault()->holdsKeyMaterial();
    }

    std::unique_ptr<TestVault> m_existing;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    SafetyGuard *m_guard = nullptr;
};

void TestSafetyLock::init()
{
    m_existing = std::make_unique<TestVault>();
    m_existing->handle().reset();
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(fastSettings());
    m_guard = new SafetyGuard(m_window.get(), *m_clock);
    m_window->start(m_existing->folder());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    unlock();
}

void TestSafetyLock::cleanup()
{
    m_window.reset();
    m_clock.reset();
    m_existing.reset();
}

void TestSafetyLock::unlock()
{
    QTest::keyClicks(onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit"), testPassphrase());
    onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), SlowMs);
    QVERIFY(m_guard->autoLocker()->isActive());
}

void TestSafetyLock::dismissLockedScreen()
{
    QTest::mouseClick(m_guard->lockedScreen(), Qt::LeftButton);
    QVERIFY(!m_guard->lockedScreen()->isVisible());
}

InsideModal TestSafetyLock::pressQuickHideInside(QWidget *modal) const
{
    InsideModal seen;
    if (auto *box = qobject_cast<QMessageBox *>(modal))
        seen.text = box->text();
    else if (auto *prompt = qobject_cast<QInputDialog *>(modal))
        seen.text = prompt->labelText();
    const QPointer<QWidget> dialog(modal);
    pressQuickHide(modal);
    seen.locked = isLocked();
    seen.covered = m_guard->lockedScreen()->isVisible();
    seen.dialogClosed = !dialog || !dialog->isVisible();
    return seen;
}

void TestSafetyLock::autoLockAfterIdleTime()
{
    m_guard->autoLocker()->setTickInterval(std::chrono::milliseconds(10));
    m_guard->autoLocker()->setActive(true);
    m_clock->advance(4 * Minute);
    QTest::qWait(50);
    QCOMPARE(currentPage(*m_window), QStringLiteral("workspace"));
    m_clock->advance(Minute);
    QTRY_VERIFY(isLocked());
    QVERIFY(!m_window->vault()->isOpen());
    QVERIFY(!m_guard->autoLocker()->isActive());
}

void TestSafetyLock::activityKeepsItOpen()
{
    AutoLocker *locker = m_guard->autoLocker();
    m_clock->advance(4 * Minute);
    QTest::keyClick(m_window.get(), Qt::Key_Shift); // any input counts
    m_clock->advance(4 * Minute);
    locker->tick();
    QCOMPARE(currentPage(*m_window), QStringLiteral("workspace"));
    m_clock->advance(Minute);
    locker->tick();
    QVERIFY(isLocked());
}

void TestSafetyLock::sleepLocksAtNextTick()
{
    m_clock->advance(1000);
    m_guard->autoLocker()->tick();
    QCOMPARE(currentPage(*m_window), QStringLiteral("workspace"));
    m_clock->sleep(10 * Minute); // suspended: the monotonic clock did not run
    m_guard->autoLocker()->tick();
    QVERIFY(isLocked());
}

void TestSafetyLock::quickHideShowsNeutralScreen()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(SafetyGuard::quickHideShortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    QSignalSpy hidden(m_guard, &SafetyGuard::hidden);
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(isLocked());
    QCOMPARE(hidden.count(), 1); // the key once, not also the action's own shortcut
    LockedScreen *screen = m_guard->lockedScreen();
    QVERIFY(screen->isVisible());
    QCOMPARE(screen->geometry(), m_window->rect());
    for (const QLabel *label : screen->findChildren<QLabel *>()) {
        QVERIFY(!label->text().contains(m_existing->folder()));
        QVERIFY(!label->text().contains(QStringLiteral("vault"), Qt::CaseInsensitive));
    }
    QCOMPARE(screen->findChild<QLabel *>(QStringLiteral("lockedScreenText"))->text(), QStringLiteral("Vangnet is locked"));
    // Also a button in the top bar.
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("quickHideActionButton"));
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), m_guard->hideAction());

    QTest::mouseClick(screen, Qt::LeftButton);
    QVERIFY(!screen->isVisible());
    QCOMPARE(currentPage(*m_window), QStringLiteral("unlockPage"));
}

// A window-modal dialog (open()) blocks the main window's shortcuts; quick hide works from it anyway,
// the dialog goes, and what was typed in it comes back after unlock from the encrypted draft.
void TestSafetyLock::quickHideFromWindowModalDialog()
{
    auto *section = m_window->findChild<SafetySection *>(QStringLiteral("safetySection"));
    QVERIFY(section);
    section->newIncident();
    QPointer<IncidentDialog> editor = section->editor();
    QVERIFY(editor);
    QCOMPARE(editor->windowModality(), Qt::WindowModal);
    QVERIFY(QTest::qWaitForWindowActive(editor.data()));
    const QString text = QStringLiteral("Man waited at the shelter entrance asking for Zwaantje");
    auto *description = editor->findChild<QPlainTextEdit *>(QStringLiteral("incidentDescription"));
    description->setFocus();
    QTest::keyClicks(description, text);

    QSignalSpy hidden(m_guard, &SafetyGuard::hidden);
    pressQuickHide(editor.data());
    QVERIFY(isLocked());
    QCOMPARE(hidden.count(), 1);
    QVERIFY(m_guard->lockedScreen()->isVisible());
    QVERIFY(!editor || !editor->isVisible());
    QCOMPARE(visibleDialogs(), 0);
    QVERIFY(!QApplication::activeModalWidget());
    for (const QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>())
        QVERIFY(!edit->toPlainText().contains(text));

    dismissLockedScreen();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlock();
    section = m_window->findChild<SafetySection *>(QStringLiteral("safetySection")); // made anew at the lock
    QTRY_VERIFY(section->editor());
    QCOMPARE(section->editor()->incident().description, text);
}

// An application-modal message box in a nested exec(): the Save/Discard question of an edited case.
// Quick hide from it locks, covers the window and closes the box; the box answers Cancel, so the
// edits are neither saved nor discarded: they are in the draft the lock kept, and nothing else is
// asked or shown once the vault is locked.
void TestSafetyLock::quickHideFromMessageBoxKeepsUnsavedCase()
{
    const QString id
        = createCase(m_window->vault()->database(), makeCase(QStringLiteral("Zwaantje"), QStringLiteral("Kwikstaart")));
    QVERIFY(!id.isEmpty());
    auto *cases = m_window->findChild<CasesSection *>(QStringLiteral("casesSection"));
    QVERIFY(cases);
    QVERIFY(cases->openCase(id));
    QVERIFY(cases->isVisible()); // opening a case shows the section (the overview comes first)
    QPointer<QLineEdit> phone = child<QLineEdit>(cases->editor(), "phoneEdit");
    phone->setText(QStringLiteral("0687654321"));
    QVERIFY(cases->editor()->isDirty());

    InsideModal seen;
    ModalProbe probe([&](QWidget *modal) { seen = pressQuickHideInside(modal); });
    auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    QCOMPARE(navigation->currentRow(), 1); // Cases, after the overview
    navigation->setCurrentRow(2); // asks, in a nested exec(), before leaving the section
    QVERIFY(probe.acted());
    QVERIFY(seen.text.contains(QStringLiteral("unsaved changes")));
    QVERIFY(seen.locked);
    QVERIFY(seen.covered);
    QVERIFY(seen.dialogClosed);
    QCOMPARE(probe.leftOpen(), 0);
    QCOMPARE(MessageBox::lastText(), seen.text); // no question or warning after the lock
    QCOMPARE(navigation->currentRow(), 1); // Cancel: the section stays
    QVERIFY(isLocked());
    QCOMPARE(visibleDialogs(), 0);
    QTRY_VERIFY(phone.isNull()); // the editor that showed the case is destroyed at the lock

    dismissLockedScreen();
    MessageBox::setNextAnswer(QMessageBox::Yes); // restore the draft
    unlock();
    QTRY_VERIFY(cases->editor()->hasCase());
    QCOMPARE(cases->editor()->caseId(), id);
    QCOMPARE(child<QLineEdit>(cases->editor(), "phoneEdit")->text(), QStringLiteral("0687654321"));
    QVERIFY(cases->editor()->isDirty());
    QVERIFY(CaseRepository(m_window->vault()->database()).load(id)->phone.isEmpty()); // not saved either
}

// A text prompt in a nested exec() (closing a case asks for the reason) whose caller writes to the
// vault with the answer. Quick hide from the prompt gives the caller "cancelled": it returns without
// touching the locked vault, and the case is as it was.
void TestSafetyLock::quickHideFromTextPromptLeavesVaultUntouched()
{
    const QString id
        = createCase(m_window->vault()->database(), makeCase(QStringLiteral("Zwaantje"), QStringLiteral("Kwikstaart")));
    QVERIFY(!id.isEmpty());
    auto *cases = m_window->findChild<CasesSection *>(QStringLiteral("casesSection"));
    QVERIFY(cases);
    QVERIFY(cases->openCase(id));

    InsideModal seen;
    ModalProbe probe([&](QWidget *modal) {
        // Typed but not confirmed: the reason must not reach the vault.
        if (auto *edit = modal->findChild<QPlainTextEdit *>())
            QTest::keyClicks(edit, QStringLiteral("Moved abroad"));
        seen = pressQuickHideInside(modal);
    });
    QVERIFY(!cases->editor()->changePhase(QStringLiteral("closed")));
    QVERIFY(probe.acted());
    QVERIFY(seen.text.contains(QStringLiteral("Why is case")));
    QVERIFY(seen.locked);
    QVERIFY(seen.covered);
    QVERIFY(seen.dialogClosed);
    QCOMPARE(probe.leftOpen(), 0); // no warning about a locked vault either
    QVERIFY(isLocked());
    QCOMPARE(visibleDialogs(), 0);

    dismissLockedScreen();
    unlock();
    const auto stored = CaseRepository(m_window->vault()->database()).load(id);
    QVERIFY(stored);
    QCOMPARE(stored->phase, QStringLiteral("intake"));
}

void TestSafetyLock::clipboardClearedAtLock()
{
    SecureClipboard::instance()->copySecret(QStringLiteral("Straatweg 12"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Straatweg 12"));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier); // the shell's own Lock
    QVERIFY(isLocked());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestSafetyLock::unsavedDraftSurvivesLock()
{
    auto *section = m_window->findChild<SafetySection *>(QStringLiteral("safetySection"));
    QVERIFY(section);
    section->newIncident();
    IncidentDialog *editor = section->editor();
    QVERIFY(editor);
    const QString text = QStringLiteral("Car parked outside the office for two hours");
    QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("incidentDescription")), text);
    editor->findChild<QComboBox *>(QStringLiteral("incidentType"))->setCurrentIndex(5); // stalking
    QVERIFY(editor->isModified());

    const QPointer<SafetySection> locked = section;
    m_guard->lockNow();
    QVERIFY(isLocked());
    // The section that showed the incident is destroyed; a new, empty one takes its place.
    QTRY_VERIFY(locked.isNull());
    section = m_window->findChild<SafetySection *>(QStringLiteral("safetySection"));
    QVERIFY(section);
    QVERIFY(!section->editor());
    for (const QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>())
        QVERIFY(!edit->toPlainText().contains(text));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlock();
    QTRY_VERIFY(section->editor());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("unsaved changes")));
    editor = section->editor();
    QCOMPARE(editor->incident().description, text);
    QCOMPARE(editor->incident().type, QStringLiteral("stalking"));
    QVERIFY(editor->isModified());

    // Completing and saving applies the draft and deletes it.
    editor->findChild<QComboBox *>(QStringLiteral("incidentSetting"))->setCurrentIndex(1);
    editor->findChild<QComboBox *>(QStringLiteral("incidentSource"))->setCurrentIndex(1);
    editor->accept();
    QCOMPARE(section->incidentModel()->rowCount(), 1);
    QCOMPARE(DraftStore(m_window->vault()->database()).count().value(), 0);
}

// Unlocking offers an incident draft back with a message box; quick hide from that question must
// end locked, with the draft still in the vault.
void TestSafetyLock::quickHideWhileUnlockAsksAboutDraft()
{
    auto *section = m_window->findChild<SafetySection *>(QStringLiteral("safetySection"));
    QVERIFY(section);
    section->newIncident();
    const QString text = QStringLiteral("Car parked outside the office for two hours");
    QTest::keyClicks(section->editor()->findChild<QPlainTextEdit *>(QStringLiteral("incidentDescription")), text);
    m_guard->lockNow();
    QVERIFY(isLocked());

    InsideModal seen;
    {
        ModalProbe probe([&](QWidget *modal) { seen = pressQuickHideInside(modal); });
        QTest::keyClicks(onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit"), testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(probe.acted(), SlowMs);
        QVERIFY(seen.text.contains(QStringLiteral("unsaved changes")));
        QVERIFY(seen.locked);
        QVERIFY(seen.dialogClosed);
        QTest::qWait(50); // the unlock resumes after the question
        QCOMPARE(probe.leftOpen(), 0);
    }
    // The question comes after the unlock (a zero timer), so locking while it is open leaves the
    // vault locked behind the neutral screen, not the workspace over a locked vault.
    QVERIFY(isLocked());
    QVERIFY(m_guard->lockedScreen()->isVisible());

    dismissLockedScreen();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlock();
    section = m_window->findChild<SafetySection *>(QStringLiteral("safetySection")); // made anew at the lock
    QTRY_VERIFY(section->editor());
    QCOMPARE(section->editor()->incident().description, text);
}

// Issue 19: the shelters, sharing and safety sections are destroyed at a lock, not emptied; new ones
// take their places in the navigation (the one shown stays shown) and work after the next unlock.
void TestSafetyLock::lockDestroysSectionsThatShowedData()
{
    auto *workspace = m_window->findChild<Workspace *>();
    QVERIFY(workspace);
    const QPointer<QWidget> shelters = m_window->findChild<SheltersSection *>();
    const QPointer<QWidget> sharing = m_window->findChild<SharingSection *>();
    const QPointer<SafetySection> safety = m_window->findChild<SafetySection *>();
    QVERIFY(shelters && sharing && safety);
    QVERIFY(workspace->showSection(safety.data()));

    m_guard->lockNow();
    QVERIFY(isLocked());
    QTRY_VERIFY(shelters.isNull() && sharing.isNull() && safety.isNull());
    QCOMPARE(m_window->findChildren<SheltersSection *>().size(), 1);
    QCOMPARE(m_window->findChildren<SharingSection *>().size(), 1);
    auto *fresh = m_window->findChild<SafetySection *>();
    QVERIFY(fresh);
    QCOMPARE(workspace->currentSection(), static_cast<Section *>(fresh));

    unlock();
    QVERIFY(workspace->showSection(fresh));
    QVERIFY(fresh->isVisible());
    fresh->newIncident();
    QVERIFY(fresh->editor());
    fresh->editor()->reject();
}

QTEST_MAIN(TestSafetyLock)
#include "TestSafetyLock.moc"
