#include "safety/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTest>

using namespace vangnet;
using namespace std::chrono_literals;

// Copying a sensitive field: the clipboard-manager hint, clearing after the (shortened) interval
// and at lock, and leaving alone what the user copied afterwards.
class TestSecureClipboard final : public QObject
{
    Q_OBJECT

private slots:
    void defaultIntervalIsThirtySeconds();
    void setsThePasswordManagerHint();
    void clearsAfterInterval();
    void clearsAtLock();
    void leavesLaterCopiesAlone();
};

void TestSecureClipboard::defaultIntervalIsThirtySeconds()
{
    SecureClipboard clipboard;
    QCOMPARE(clipboard.clearInterval(), std::chrono::milliseconds(30s));
}

void TestSecureClipboard::setsThePasswordManagerHint()
{
    std::unique_ptr<QMimeData> mime(SecureClipboard::secretMimeData(QStringLiteral("+31 6 1234 5678")));
    QCOMPARE(mime->text(), QStringLiteral("+31 6 1234 5678"));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));

    SecureClipboard clipboard;
    clipboard.copySecret(QStringLiteral("+31 6 1234 5678"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+31 6 1234 5678"));
    const QMimeData *onClipboard = QGuiApplication::clipboard()->mimeData();
    QVERIFY(onClipboard);
    QCOMPARE(onClipboard->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    clipboard.clearIfOurs();
}

void TestSecureClipboard::clearsAfterInterval()
{
    SecureClipboard clipboard;
    clipboard.setClearInterval(100ms);
    clipboard.copySecret(QStringLiteral("secret address"));
    QVERIFY(clipboard.holdsOurs());
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);
    QVERIFY(!clipboard.holdsOurs());
}

void TestSecureClipboard::clearsAtLock()
{
    SecureClipboard clipboard; // 30 s: only the lock can have cleared it
    clipboard.copySecret(QStringLiteral("case number"));
    clipboard.clearIfOurs();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestSecureClipboard::leavesLaterCopiesAlone()
{
    SecureClipboard clipboard;
    clipboard.setClearInterval(100ms);
    clipboard.copySecret(QStringLiteral("alias"));
    QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
    QTest::qWait(300);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    clipboard.clearIfOurs();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    QGuiApplication::clipboard()->clear();
}

QTEST_MAIN(TestSecureClipboard)
#include "TestSecureClipboard.moc"
