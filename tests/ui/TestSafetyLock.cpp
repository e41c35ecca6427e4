#include "FakeClock.h"
#include "UiTestHelpers.h"
#include "common/MessageBox.h"
#include "safety/AutoLocker.h"
#include "safety/DraftStore.h"
#include "safety/IncidentDialog.h"
#include "safety/IncidentListModel.h"
#include "safety/LockedScreen.h"
#include "safety/SafetyGuard.h"
#include "safety/SafetySection.h"
#include "safety/SecureClipboard.h"
#include "vault/Vault.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace vangnet;
using namespace vangnet::test;

namespace {
constexpr int SlowMs = 15000;
constexpr qint64 Minute = 60 * 1000;
} // namespace

// The lock-related safety measures on the real main window: auto-lock with a fake clock (idle,
// activity, sleep), quick hide to the neutral screen, the clipboard emptied at lock, and unsaved
// edits kept encrypted across a lock and offered back after unlock.
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
    void clipboardClearedAtLock();
    void unsavedDraftSurvivesLock();

private:
    void unlock();
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
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(isLocked());
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

    m_guard->lockNow();
    QVERIFY(isLocked());
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

QTEST_MAIN(TestSafetyLock)
#include "TestSafetyLock.moc"
