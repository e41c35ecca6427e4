#include "ScreenTour.h"
#include "TestVault.h"
#include "UiTestHelpers.h"

#include "demo/DemoCases.h"
#include "demo/DemoSafety.h"
#include "demo/DemoShelters.h"
#include "i18n/Language.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {

constexpr int SlowMs = 15000;
// A laptop at 1024×600 (or 1536×864 at 150 %) less a panel: 1024×576 logical pixels.
const QSize Small(1024, 576);

} // namespace

// Issue #12, "the desktop on a coordinator's laptop": on a 1024×576 screen every page, section,
// case-editor section, dialog and wizard page fits: the window stays within the screen, every
// button, input and label is inside it (or in a scroll area) and no label is cut.
class TestScreensFit final : public QObject
{
    Q_OBJECT

private:
    QStringList m_problems;
    QStringList m_screens;

    void check(const QString &screen, QWidget *window)
    {
        m_screens.append(screen);
        for (const QString &problem : fitProblems(window, Small))
            m_problems.append(screen + QStringLiteral(": ") + problem);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), Small);
    }

    void everyScreenFitsOnASmallLaptop_data()
    {
        // English first: a translator installed later is asked first, so Dutch then wins.
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("nl") << QStringLiteral("nl"); // longer words: what a coordinator here sees
    }

    void everyScreenFitsOnASmallLaptop()
    {
        QFETCH(QString, language);
        QCOMPARE(Language::install(*qApp, language), language);
        m_problems.clear();
        m_screens.clear();
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/vault");
        MainWindow window(fastSettings());
        window.start(folder);
        window.resize(1366, 768); // larger than the screen: the window must shrink to it
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        check(QStringLiteral("Welcome"), &window);

        onPage<QPushButton>(window, "welcomePage", "createVaultButton")->click();
        check(QStringLiteral("Create vault"), &window);
        QTest::keyClicks(onPage<QLineEdit>(window, "createVaultPage", "newPassphraseEdit"), testPassphrase());
        QTest::keyClicks(onPage<QLineEdit>(window, "createVaultPage", "repeatPassphraseEdit"), testPassphrase());
        onPage<QPushButton>(window, "createVaultPage", "createButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), QStringLiteral("recoveryKeyPage"), SlowMs);
        check(QStringLiteral("Recovery key"), &window);
        QVERIFY(seedDemoCases(*window.vault()));
        QVERIFY(seedDemoShelters(window.vault()->database()));
        QVERIFY(seedDemoSafety(window.vault()->database()));
        onPage<QCheckBox>(window, "recoveryKeyPage", "storedCheckBox")->click();
        onPage<QPushButton>(window, "recoveryKeyPage", "continueButton")->click();
        QCOMPARE(currentPage(window), QStringLiteral("workspace"));

        ScreenTour tour(window);
        tour.sections([this](const QString &screen, QWidget *w) { check(screen, w); });
        tour.caseEditor([this](const QString &screen, QWidget *w) { check(screen, w); });
        tour.dialogs([this](const QString &screen, QWidget *w) { check(screen, w); });

        window.lock();
        check(QStringLiteral("Unlock"), &window);
        onPage<QPushButton>(window, "unlockPage", "useRecoveryKeyButton")->click();
        check(QStringLiteral("Recover"), &window);

        // The tour saw every part: 5 vault pages, 5 sections with their tabs, 12 editor sections and the
        // new case, 13 dialogs (the wizard and the settings page by page).
        QVERIFY2(m_screens.size() >= 50, qPrintable(m_screens.join(QStringLiteral(", "))));
        QVERIFY(m_screens.contains(language == QLatin1String("nl") ? QStringLiteral("Case editor / Bezoekafspraken")
                                                                   : QStringLiteral("Case editor / Visit rules")));
        QVERIFY(m_screens.contains(QStringLiteral("Add contact")));
        for (const QString &problem : std::as_const(m_problems))
            qWarning().noquote() << problem; // every one: the failure message below is cut at 1,000 characters
        QVERIFY2(m_problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problems, the first: %2").arg(m_problems.size()).arg(m_problems.value(0))));
    }
};

int main(int argc, char *argv[])
{
    // The offscreen platform with one 1024×576 screen (its default is 800×600).
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screen.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(R"({"windowFrameMargins": false, "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024,
                       "height": 576, "logicalDpi": 96, "logicalBaseDpi": 96}]})")
            < 0)
        return 2;
    out.close();
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen:configfile=") + QFile::encodeName(file));
    QApplication app(argc, argv);
    TestScreensFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestScreensFit.moc"
