#include "FakeClock.h"
#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseEditor.h"
#include "cases/CasesSection.h"
#include "exchange/SharingSection.h"
#include "help/HelpWindow.h"
#include "safety/LockedScreen.h"
#include "safety/SafetyGuard.h"
#include "vault/UnlockPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {
constexpr int SlowMs = 15000;
} // namespace

// Issue #12, keyboard: the shortcuts work right after unlocking and after quick hide, without a
// click first; the unlock page has the keyboard, a show-passphrase toggle and a Caps Lock warning.
class TestDesktopKeyboard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_existing;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    SafetyGuard *m_guard = nullptr;

    // The widget that has the keyboard now; keys go there, as from a real keyboard.
    QWidget *keyboard() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && (focus == m_window.get() || m_window->isAncestorOf(focus)) ? focus : nullptr;
    }

    // Types the passphrase and presses Return: no click anywhere.
    void unlockByKeyboard()
    {
        QWidget *field = keyboard();
        QVERIFY(field);
        QCOMPARE(field->objectName(), QStringLiteral("passphraseEdit"));
        QTest::keyClicks(field, testPassphrase());
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), SlowMs);
    }

    void expectNewCaseForm()
    {
        CasesSection *cases = m_window->findChild<CasesSection *>();
        QTRY_VERIFY(cases->editor()->isVisible());
        QVERIFY(cases->editor()->isNew());
    }

private slots:
    void init()
    {
        m_existing = std::make_unique<TestVault>();
        m_existing->handle().reset();
        m_clock = std::make_unique<FakeClock>();
        m_window = std::make_unique<MainWindow>(fastSettings());
        m_guard = new SafetyGuard(m_window.get(), *m_clock);
        m_window->start(m_existing->folder());
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_clock.reset();
        m_existing.reset();
    }

    void ctrlNRightAfterUnlock()
    {
        unlockByKeyboard();
        QWidget *focus = keyboard();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key_N, Qt::ControlModifier);
        expectNewCaseForm();
    }

    void ctrlFFromAnotherSection()
    {
        unlockByKeyboard();
        auto *navigation = child<QListWidget>(m_window.get(), "navigation");
        navigation->setCurrentItem(
            navigation->findItems(m_window->findChild<SharingSection *>()->title(), Qt::MatchExactly).first());
        QVERIFY(m_window->findChild<SharingSection *>()->isVisible());
        QTest::keyClick(keyboard(), Qt::Key_F, Qt::ControlModifier);
        CasesSection *cases = m_window->findChild<CasesSection *>();
        QTRY_VERIFY(cases->isVisible());
        QVERIFY(keyboard());
        QCOMPARE(keyboard()->objectName(), QStringLiteral("caseSearchEdit"));
    }

    void shortcutsAfterQuickHide()
    {
        unlockByKeyboard();
        QTest::keyClick(keyboard(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_guard->lockedScreen()->isVisible());
        // Any key dismisses the neutral screen; then the passphrase field has the keyboard.
        QTest::keyClick(m_guard->lockedScreen(), Qt::Key_Space);
        QVERIFY(!m_guard->lockedScreen()->isVisible());
        unlockByKeyboard();
        QTest::keyClick(keyboard(), Qt::Key_N, Qt::ControlModifier);
        expectNewCaseForm();
        // Ctrl+L locks from the keyboard too.
        QTest::keyClick(keyboard(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(currentPage(*m_window), QStringLiteral("unlockPage"));
        QVERIFY(keyboard());
        QCOMPARE(keyboard()->objectName(), QStringLiteral("passphraseEdit"));
    }

    void f1OpensTheGuideRightAfterUnlock()
    {
        unlockByKeyboard();
        QTest::keyClick(keyboard(), Qt::Key_F1);
        QVERIFY(m_window->helpWindow());
        QVERIFY(m_window->helpWindow()->isVisible());
        QCOMPARE(m_window->helpWindow()->currentPage(), QStringLiteral("overview")); // the first section after unlocking
    }

    void unlockPageShowsPassphraseAndWarnsOfCapsLock()
    {
        auto *page = m_window->findChild<UnlockPage *>();
        auto *field = child<QLineEdit>(page, "passphraseEdit");
        QCOMPARE(keyboard(), field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        child<QCheckBox>(page, "showPassphrase")->setChecked(true);
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        child<QCheckBox>(page, "showPassphrase")->setChecked(false);
        QCOMPARE(field->echoMode(), QLineEdit::Password);

        // Caps Lock: a capital typed without Shift. The form keeps its place.
        auto *button = child<QPushButton>(page, "unlockButton");
        QVERIFY(!page->capsLockWarningShown());
        const QRect before = button->geometry();
        QTest::keyClick(field, Qt::Key_A, Qt::NoModifier); // the key event's text decides
        QVERIFY(!page->capsLockWarningShown());
        QKeyEvent capital(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("A"));
        QApplication::sendEvent(field, &capital);
        QVERIFY(page->capsLockWarningShown());
        QVERIFY(child<QLabel>(page, "capsLockWarning")->isVisible());
        QCOMPARE(button->geometry(), before);
        QKeyEvent shifted(QEvent::KeyPress, Qt::Key_B, Qt::ShiftModifier, QStringLiteral("b"));
        QApplication::sendEvent(field, &shifted);
        QVERIFY(page->capsLockWarningShown());
        QKeyEvent normal(QEvent::KeyPress, Qt::Key_C, Qt::NoModifier, QStringLiteral("c"));
        QApplication::sendEvent(field, &normal);
        QVERIFY(!page->capsLockWarningShown());
    }
};

QTEST_MAIN(TestDesktopKeyboard)
#include "TestDesktopKeyboard.moc"
