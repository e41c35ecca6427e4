#include "CaseTestData.h"
#include "MemoryScan.h"
#include "UiTestHelpers.h"
#include "cases/CaseEditor.h"
#include "cases/CasesSection.h"
#include "common/MessageBox.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureString.h"
#include "platform/HeapWipe.h"
#include "safety/SafetyGuard.h"
#include "safety/SystemClock.h"
#include "vault/RecoveryKeyDialog.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace vangnet;
using namespace vangnet::test;

namespace {
constexpr int SlowMs = 20000;

// Random lowercase words: found nowhere in the program unless it came from what the test typed.
QString randomWords(int words)
{
    QString out;
    for (int w = 0; w < words; ++w) {
        if (w)
            out.append(QLatin1Char(' '));
        for (int i = 0; i < 6; ++i)
            out.append(QChar(u'a' + char16_t(QRandomGenerator::system()->bounded(26))));
    }
    return out;
}

// Lets deleteLater() and queued clean-up run, as the event loop does after a lock.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

void pressLock(MainWindow &window)
{
    QWidget *target = window.focusWidget() ? window.focusWidget() : &window;
    QTest::keyClick(target, Qt::Key_L, Qt::ControlModifier);
}

} // namespace

// Issue 19: after a lock the desktop's memory holds no copy of the passphrase, the recovery key, a
// case name or a note typed before it: the memory of this very process (which runs the real main
// window, with the desktop's wipe-on-free linked in) is searched in UTF-8, Latin-1 and UTF-16.
// Registered twice: as is (0 hits expected) and with VANGNET_NO_MEMORY_WIPE=1 (HeapWipe off), where
// the same steps must leave hits, which shows that the scan finds what the wiping removes.
class TestSecretsInMemory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void caseWorkIsGoneAfterLock();
    void recoveryKeyPageIsGoneAfterLock();

private:
    // controlFinds: whether the control run (wiping off) is known to leave hits for these steps.
    void expectClean(const MemoryScan &scan, const QStringList &names, bool controlFinds);
    void unlock(MainWindow &window, const QString &passphrase);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSecretsInMemory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSecretsInMemory::cleanup()
{
    m_dir.reset();
}

void TestSecretsInMemory::expectClean(const MemoryScan &scan, const QStringList &names, bool controlFinds)
{
    const std::vector<MemoryScan::Hit> hits = scan.scan();
    if (HeapWipe::active()) {
        QVERIFY2(hits.empty(), qPrintable(QStringLiteral("found after lock: ") + MemoryScan::describe(hits, names)));
    } else {
        // The control run: without wipe-on-free the freed copies are still there.
        qInfo("without the wiping: %s", qPrintable(MemoryScan::describe(hits, names)));
        if (controlFinds)
            QVERIFY2(!hits.empty(), "without the wiping the scan should find the secrets; it found nothing");
    }
}

void TestSecretsInMemory::unlock(MainWindow &window, const QString &passphrase)
{
    QTest::keyClicks(onPage<QLineEdit>(window, "unlockPage", "passphraseEdit"), passphrase);
    onPage<QPushButton>(window, "unlockPage", "unlockButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("workspace"), SlowMs);
}

// Unlock, open a case with a marker name, type a note, Ctrl+L.
void TestSecretsInMemory::caseWorkIsGoneAfterLock()
{
    MemoryScan scan;
    const QStringList names { QStringLiteral("passphrase"), QStringLiteral("case name"), QStringLiteral("note") };
    int passphrase = 0, name = 0, note = 0;
    QString caseId;
    const QString folder = m_dir->path() + QStringLiteral("/vault");
    {
        QString p = randomWords(4);
        QString n = QStringLiteral("Zé") + randomWords(1); // non-ASCII: UTF-8 and Latin-1 differ
        QString t = randomWords(5);
        passphrase = scan.add(p);
        name = scan.add(n);
        note = scan.add(t);
        auto created = Vault::create(folder, p, fastKdf());
        QVERIFY(created.ok());
        caseId = createCase(created->vault->database(), makeCase(n, QStringLiteral("Kwikstaart")));
        QVERIFY(!caseId.isEmpty());
        created->vault->lock();
        SecureString::wipe(p);
        SecureString::wipe(n);
        SecureString::wipe(t);
    }
    {
        MainWindow window(fastSettings());
        new SafetyGuard(&window, SystemClock::instance());
        window.start(folder);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        unlock(window, scan.text(passphrase));

        auto *cases = window.findChild<CasesSection *>(QStringLiteral("casesSection"));
        QVERIFY(cases);
        QVERIFY(cases->openCase(caseId));
        QVERIFY(child<QLineEdit>(cases->editor(), "givenNameEdit")->text() == scan.text(name));
        auto *noteEdit = child<QPlainTextEdit>(cases->editor(), "noteEdit");
        QVERIFY(noteEdit);
        noteEdit->setFocus();
        QTest::keyClicks(noteEdit, scan.text(note));
        const std::vector<MemoryScan::Hit> before = scan.scan();
        for (int marker : { name, note })
            QVERIFY(std::ranges::any_of(before, [marker](const MemoryScan::Hit &hit) { return hit.marker == marker; }));

        pressLock(window);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("unlockPage"), SlowMs);
        QVERIFY(!window.vault()->holdsKeyMaterial());
        settle();
        expectClean(scan, names, true);
    }
}

// Create a vault, the recovery-key page shows the key, Ctrl+L: neither the passphrase nor the key
// remains; after the next unlock a new key is offered instead.
void TestSecretsInMemory::recoveryKeyPageIsGoneAfterLock()
{
    MemoryScan scan;
    const QStringList names { QStringLiteral("passphrase"), QStringLiteral("recovery key") };
    int passphrase = 0;
    {
        QString p = randomWords(4);
        passphrase = scan.add(p);
        SecureString::wipe(p);
    }
    MainWindow window(fastSettings());
    new SafetyGuard(&window, SystemClock::instance());
    window.start(m_dir->path() + QStringLiteral("/vault"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    onPage<QPushButton>(window, "welcomePage", "createVaultButton")->click();
    QTest::keyClicks(onPage<QLineEdit>(window, "createVaultPage", "newPassphraseEdit"), scan.text(passphrase));
    QTest::keyClicks(onPage<QLineEdit>(window, "createVaultPage", "repeatPassphraseEdit"), scan.text(passphrase));
    onPage<QPushButton>(window, "createVaultPage", "createButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryKeyPage"), SlowMs);
    {
        QString key = onPage<QLabel>(window, "recoveryKeyPage", "recoveryKeyLabel")->text();
        QCOMPARE(key.size(), 56 + 13);
        scan.add(key);
        SecureString::wipe(key);
    }
    // The scan sees the key while it is on screen: a scan that finds nothing proves nothing.
    QVERIFY(std::ranges::any_of(scan.scan(), [](const MemoryScan::Hit &hit) { return hit.marker == 1; }));

    pressLock(window);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("unlockPage"), SlowMs);
    QVERIFY(!window.vault()->holdsKeyMaterial());
    settle();
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("recoveryKeyPage"))); // destroyed, not hidden
    // Here the control run finds nothing either: the destroyed page's few small blocks are reused by the
    // lock's own allocations. What fails without the fix is keeping the page (checked above and by hand:
    // with the page kept, the key is found in the label).
    expectClean(scan, names, false);

    // The key was never confirmed as stored: the next unlock offers a new one.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    unlock(window, scan.text(passphrase));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("recovery key")));
    auto *dialog = window.findChild<RecoveryKeyDialog *>(QStringLiteral("recoveryKeyDialog"));
    QVERIFY(dialog);
    QVERIFY(RecoveryKey::parse(child<QLabel>(dialog, "recoveryKeyLabel")->text()).ok());
    child<QCheckBox>(dialog, "storedCheckBox")->click();
    child<QPushButton>(dialog, "continueButton")->click();
}

QTEST_MAIN(TestSecretsInMemory)
#include "TestSecretsInMemory.moc"
