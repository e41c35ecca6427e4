#include "UiTestHelpers.h"

#include "shell/EmergencyDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

// The red "In danger? Call 112" button is on every page of the window, and says what to do.
class TestEmergency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttonOnEveryPage();
    void dialogSaysWhatToDo();

private:
    static void verifyButtonVisible(const MainWindow &window)
    {
        auto *button = child<QPushButton>(&window, "emergencyButton");
        QVERIFY(button);
        QVERIFY2(button->isVisible(), qPrintable(currentPage(window)));
        QVERIFY(button->text().contains(QStringLiteral("112")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Vangnet"));
    }
};

void TestEmergency::buttonOnEveryPage()
{
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/vault");
    MainWindow window(fastSettings());
    window.start(folder);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(currentPage(window), QStringLiteral("welcomePage"));
    verifyButtonVisible(window);

    onPage<QPushButton>(window, "welcomePage", "createVaultButton")->click();
    QCOMPARE(currentPage(window), QStringLiteral("createVaultPage"));
    verifyButtonVisible(window);

    QTest::keyClicks(onPage<QLineEdit>(window, "createVaultPage", "newPassphraseEdit"), testPassphrase());
    QTest::keyClicks(onPage<QLineEdit>(window, "createVaultPage", "repeatPassphraseEdit"), testPassphrase());
    onPage<QPushButton>(window, "createVaultPage", "createButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryKeyPage"), 15000);
    verifyButtonVisible(window);

    onPage<QCheckBox>(window, "recoveryKeyPage", "storedCheckBox")->click();
    onPage<QPushButton>(window, "recoveryKeyPage", "continueButton")->click();
    QCOMPARE(currentPage(window), QStringLiteral("workspace"));
    verifyButtonVisible(window);

    window.lock();
    QCOMPARE(currentPage(window), QStringLiteral("unlockPage"));
    verifyButtonVisible(window);

    onPage<QPushButton>(window, "unlockPage", "useRecoveryKeyButton")->click();
    QCOMPARE(currentPage(window), QStringLiteral("recoverPage"));
    verifyButtonVisible(window);
}

void TestEmergency::dialogSaysWhatToDo()
{
    MainWindow window(fastSettings());
    QTemporaryDir dir;
    window.start(dir.path() + QStringLiteral("/vault"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    child<QPushButton>(&window, "emergencyButton")->click();
    auto *dialog = window.findChild<EmergencyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "emergencyHeadline")->text().contains(QStringLiteral("112")));
    QVERIFY(child<QLabel>(dialog, "policeLabel")->text().contains(QStringLiteral("0900-8844")));
    QVERIFY(child<QLabel>(dialog, "comenshaLabel")->text().contains(QStringLiteral("CoMensha")));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<EmergencyDialog *>());
}

QTEST_MAIN(TestEmergency)
#include "TestEmergency.moc"
