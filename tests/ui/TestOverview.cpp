#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseFilterBar.h"
#include "cases/CaseListModel.h"
#include "cases/CaseRepository.h"
#include "cases/CasesSection.h"
#include "i18n/Language.h"
#include "overview/OverviewCharts.h"
#include "overview/OverviewSection.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentRepository.h"
#include "safety/SafetySection.h"
#include "shell/Workspace.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <array>

using namespace vangnet;
using namespace vangnet::test;

// Issue #17: the overview is the first screen after unlocking; its figures arrive in the background,
// each tile opens the list behind it with the matching filter, and a lock empties it.
class TestOverview final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<MainWindow> m_window;

    void addCases()
    {
        Database &db = m_vault->vault().database();
        CaseRepository repo(db);
        const QDate today = QDate::currentDate();
        const auto iso = [](const QDate &d) { return d.toString(Qt::ISODate); };
        const QList<QJsonObject> cases = {
            QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Rood") },
                { QStringLiteral("threat"), QJsonObject { { QStringLiteral("code"), QStringLiteral("red") } } } },
            QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Bedenk") },
                { QStringLiteral("phase"), QStringLiteral("reflection") },
                { QStringLiteral("reflectionStart"), iso(today.addDays(-80)) },
                { QStringLiteral("reflectionEnd"), iso(today.addDays(3)) } },
            QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Laat") },
                { QStringLiteral("tasks"),
                    QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("lawyer") },
                        { QStringLiteral("due"), iso(today.addDays(-2)) } } } } },
            QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Rustig") } },
        };
        for (const QJsonObject &c : cases)
            QVERIFY(repo.createFromJson(c));
        auto incident = IncidentJson::fromJson(QJsonObject { { QStringLiteral("date"), iso(today) },
            { QStringLiteral("setting"), QStringLiteral("office") }, { QStringLiteral("type"), QStringLiteral("verbal") },
            { QStringLiteral("source"), QStringLiteral("unknown") }, { QStringLiteral("description"), QStringLiteral("d") } });
        QVERIFY(incident);
        QVERIFY(IncidentRepository(db).add(incident.value()));
    }

    void openAndUnlock()
    {
        m_vault = std::make_unique<TestVault>();
        addCases();
        m_vault->handle().reset();
        m_window = std::make_unique<MainWindow>(fastSettings());
        m_window->start(m_vault->folder());
        m_window->resize(1024, 576);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        onPage<QLineEdit>(*m_window, "unlockPage", "passphraseEdit")->setText(testPassphrase());
        onPage<QPushButton>(*m_window, "unlockPage", "unlockButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(*m_window), QStringLiteral("workspace"), 30000);
    }

    OverviewSection *overview() const { return m_window->findChild<OverviewSection *>(); }
    Workspace *workspace() const { return m_window->findChild<Workspace *>(); }

private slots:
    void initTestCase() { Language::install(*qApp, QStringLiteral("nl")); }

    void cleanup()
    {
        m_window.reset();
        m_vault.reset();
    }

    void firstScreenAfterUnlock()
    {
        openAndUnlock();
        QCOMPARE(workspace()->currentSection(), static_cast<Section *>(overview()));
        QTRY_VERIFY_WITH_TIMEOUT(overview()->figures().has_value(), 10000);
        const CaseloadFigures &f = *overview()->figures();
        QCOMPARE(f.inDanger, 1);
        QCOMPARE(f.reflectionEndingWithin14Days, 1);
        QCOMPARE(f.overdueTasks, 1);
        QCOMPARE(f.placementsWaiting, 0);
        QCOMPARE(f.openIncidents, 1);
        auto *danger = child<QPushButton>(overview(), "dangerTile");
        QVERIFY(danger->isEnabled());
        QVERIFY(danger->text().startsWith(QStringLiteral("1\n")));
        QVERIFY(danger->accessibleName().endsWith(QStringLiteral(": 1")));
        QVERIFY(!danger->accessibleDescription().isEmpty());
        // Charts: on screen, each bar with its value, and its figures for a screen reader in Dutch.
        auto *charts = overview()->findChild<OverviewCharts *>();
        QVERIFY(charts);
        for (QChartView *view : charts->views()) {
            QVERIFY(view->isVisible());
            QVERIFY(!view->accessibleName().isEmpty());
            QVERIFY(!view->chart()->series().isEmpty());
            auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
            QVERIFY(bars && bars->isLabelsVisible());
        }
        QVERIFY2(charts->views().first()->accessibleDescription().contains(QStringLiteral("Signaal: 3")),
            qPrintable(charts->views().first()->accessibleDescription()));
        QCOMPARE(charts->views().first()->chart()->title(), QStringLiteral("Casussen per fase"));
    }

    void tilesOpenTheirLists_data()
    {
        QTest::addColumn<QString>("tile");
        QTest::addColumn<int>("kind");
        QTest::newRow("danger") << QStringLiteral("dangerTile") << int(CaseloadFigures::Tile::InDanger);
        QTest::newRow("reflection") << QStringLiteral("reflectionTile") << int(CaseloadFigures::Tile::ReflectionEnding);
        QTest::newRow("overdue") << QStringLiteral("overdueTile") << int(CaseloadFigures::Tile::OverdueTasks);
        QTest::newRow("waiting") << QStringLiteral("waitingTile") << int(CaseloadFigures::Tile::WaitingForBed);
    }

    void tilesOpenTheirLists()
    {
        QFETCH(QString, tile);
        QFETCH(int, kind);
        openAndUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(overview()->figures().has_value(), 10000);
        const CaseloadFigures f = *overview()->figures();
        const int expected = std::array { f.inDanger, f.reflectionEndingWithin14Days, f.overdueTasks, f.placementsWaiting }[kind];
        auto *button = overview()->findChild<QPushButton *>(tile);
        QVERIFY(button);
        button->click();
        auto *cases = m_window->findChild<CasesSection *>();
        QCOMPARE(workspace()->currentSection(), static_cast<Section *>(cases));
        const CaseFilter wanted = CaseloadFigures::tileFilter(CaseloadFigures::Tile(kind));
        const CaseFilter shown = cases->filterBar()->filter();
        QCOMPARE(shown.minRequiredLevel, wanted.minRequiredLevel);
        QCOMPARE(shown.reflectionEndingWithinDays, wanted.reflectionEndingWithinDays);
        QCOMPARE(shown.overdueTasks, wanted.overdueTasks);
        QCOMPARE(shown.waitingForBed, wanted.waitingForBed);
        QVERIFY(shown.text.isEmpty() && shown.phase.isEmpty() && shown.threatCode.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(cases->model()->rowCount(), expected, 10000);
        QVERIFY(!CaseFilterBar::describe(shown).isEmpty()); // an empty list names the filter
    }

    void incidentsTileOpensSafety()
    {
        openAndUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(overview()->figures().has_value(), 10000);
        child<QPushButton>(overview(), "incidentsTile")->click();
        QCOMPARE(workspace()->currentSection(), static_cast<Section *>(m_window->findChild<SafetySection *>()));
    }

    void lockEmptiesTheOverview()
    {
        openAndUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(overview()->figures().has_value(), 10000);
        m_window->lock();
        QVERIFY(!overview()->figures().has_value());
        QVERIFY(!overview()->isLoading());
        for (const char *tile : { "dangerTile", "reflectionTile", "overdueTile", "waitingTile", "incidentsTile" }) {
            auto *button = child<QPushButton>(overview(), tile);
            QVERIFY2(!button->isEnabled(), tile);
            QVERIFY2(!button->text().contains(QLatin1Char('1')), tile);
        }
        for (QChartView *view : overview()->findChild<OverviewCharts *>()->views())
            QVERIFY(view->chart()->series().isEmpty());
    }
};

QTEST_MAIN(TestOverview)
#include "TestOverview.moc"
