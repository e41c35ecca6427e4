#include "TestVault.h"
#include "UiTestHelpers.h"

#include "cases/CaseFilterBar.h"
#include "cases/CaseListModel.h"
#include "cases/CaseRepository.h"
#include "cases/CasesSection.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "i18n/DateText.h"
#include "i18n/Language.h"
#include "overview/OverviewCharts.h"
#include "overview/OverviewSection.h"
#include "overview/PeriodReportDialog.h"
#include "placement/PlacementRepository.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentRepository.h"
#include "safety/SafetySection.h"
#include "shell/Workspace.h"
#include "shelters/ShelterRepository.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <array>

using namespace vangnet;
using namespace vangnet::test;

namespace {

// The bar sets a chart view shows.
QList<QBarSet *> bars(QChartView *view)
{
    const QList<QAbstractSeries *> series = view->chart()->series();
    auto *barSeries = series.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(series.first());
    return barSeries ? barSeries->barSets() : QList<QBarSet *>();
}

// On screen with figures.
bool drawn(QChartView *view)
{
    const QList<QBarSet *> sets = bars(view);
    return view->isVisible() && !sets.isEmpty() && sets.first()->count() > 0;
}

} // namespace

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
        QStringList ids;
        for (const QJsonObject &c : cases) {
            auto created = repo.createFromJson(c);
            QVERIFY(created);
            ids.append(created->id);
        }
        // "Rustig" waits for a bed, and there is no consent for the placement request.
        Shelter s;
        s.id = QStringLiteral("shelter-1");
        s.name = QStringLiteral("Opvang 1");
        s.type = QStringLiteral("womens_shelter");
        s.securityLevel = 2;
        s.region = QStringLiteral("Utrecht");
        s.capacity = 5;
        s.freeBeds = 3;
        s.availabilityAsOf = today;
        s.genders = { QStringLiteral("female") };
        s.minAge = 18;
        QVERIFY(ShelterRepository(db).importAll({ ShelterInput { s, false, false } }));
        QVERIFY(PlacementRepository(db).create(ids.last(), s.id, QStringLiteral("requested")));
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
        // The charts follow, one per turn of the event loop (not in one long stall of the window).
        QTRY_VERIFY(!overview()->isLoading());
        const CaseloadFigures &f = *overview()->figures();
        QCOMPARE(f.inDanger, 1);
        QCOMPARE(f.reflectionEndingWithin14Days, 1);
        QCOMPARE(f.overdueTasks, 1);
        QCOMPARE(f.placementsWaiting, 1);
        QCOMPARE(f.waitingWithoutPlacementConsent, 1);
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
        QTest::newRow("no consent") << QStringLiteral("noConsentTile") << int(CaseloadFigures::Tile::WaitingWithoutConsent);
    }

    void tilesOpenTheirLists()
    {
        QFETCH(QString, tile);
        QFETCH(int, kind);
        openAndUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(overview()->figures().has_value(), 10000);
        const CaseloadFigures f = *overview()->figures();
        const int expected = std::array { f.inDanger, f.reflectionEndingWithin14Days, f.overdueTasks, f.placementsWaiting,
            f.waitingWithoutPlacementConsent }[kind];
        QVERIFY(expected > 0); // a list that shows its cases, not an empty one
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
        QCOMPARE(shown.withoutPlacementConsent, wanted.withoutPlacementConsent);
        // The filter bar's own tick shows it too, so the coordinator can see and undo it.
        QCOMPARE(child<QCheckBox>(cases, "withoutPlacementConsentFilter")->isChecked(), wanted.withoutPlacementConsent);
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

    void periodReportDialog()
    {
        openAndUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(overview()->figures().has_value(), 10000);
        child<QPushButton>(overview(), "periodReportButton")->click();
        PeriodReportDialog *dialog = overview()->periodReportDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->width() <= 1024 && dialog->height() <= 576);
        dialog->setToday(QDate(2026, 5, 10));
        auto *choice = child<QComboBox>(dialog, "periodChoice");
        auto *from = child<QLineEdit>(dialog, "periodFrom");
        auto *to = child<QLineEdit>(dialog, "periodTo");
        auto *status = child<QLabel>(dialog, "periodStatus");
        auto *save = child<QPushButton>(dialog, "periodSave");
        // Quick choices, in the screen's date form.
        QCOMPARE(from->text(), DateText::date(QDate(2026, 1, 1)));
        QCOMPARE(to->text(), DateText::date(QDate(2026, 3, 31)));
        choice->setCurrentIndex(choice->findData(int(PeriodReportDialog::Choice::LastMonth)));
        QCOMPARE(from->text(), DateText::date(QDate(2026, 4, 1)));
        QCOMPARE(to->text(), DateText::date(QDate(2026, 4, 30)));
        choice->setCurrentIndex(choice->findData(int(PeriodReportDialog::Choice::ThisYear)));
        QCOMPARE(to->text(), DateText::date(QDate(2026, 5, 10)));

        // Typing a date makes it a period of one's own; a period backwards is refused before any
        // file is asked for.
        from->clear();
        QTest::keyClicks(from, DateText::date(QDate(2026, 6, 1)));
        QCOMPARE(PeriodReportDialog::Choice(choice->currentData().toInt()), PeriodReportDialog::Choice::Custom);
        FileChooser::setNextFile(QStringLiteral("/nonexistent/should-not-be-asked.csv"));
        save->click();
        QVERIFY(!status->text().isEmpty());
        QVERIFY(!dialog->isWorking());
        FileChooser::setNextFile(QString()); // take the unused answer back

        // Today's cases in a CSV, after the question about the unencrypted file.
        const QDate today = QDate::currentDate();
        from->setText(DateText::date(QDate(today.year(), 1, 1)));
        to->setText(DateText::date(today));
        child<QRadioButton>(dialog, "formatCsv")->setChecked(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rapport"));
        FileChooser::setNextFile(path);
        MessageBox::setNextAnswer(QMessageBox::Save);
        QSignalSpy written(dialog, &PeriodReportDialog::written);
        save->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("rapportage")));
        QVERIFY(MessageBox::lastText().contains(path + QStringLiteral(".csv")));
        MessageBox::setNextAnswer(QMessageBox::Ok); // a failure message would not block the test
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 15000);
        QVERIFY2(written.count() == 1, qPrintable(status->text() + QLatin1Char(' ') + MessageBox::lastText()));
        QFile file(path + QStringLiteral(".csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.contains(QStringLiteral("Signaleringen per maand")), qPrintable(csv));
        QVERIFY(!csv.contains(QStringLiteral("Rustig")));

        // A place that cannot be written: said in words, the dialog stays usable.
        FileChooser::setNextFile(dir.filePath(QStringLiteral("no-such-folder/rapport.csv")));
        MessageBox::setNextAnswer(QMessageBox::Save); // the plaintext question, asked before the work starts
        save->click();
        QVERIFY(dialog->isWorking());
        MessageBox::setNextAnswer(QMessageBox::Ok); // the failure, said once the work is back
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWorking(), 15000);
        QVERIFY2(status->text().contains(QStringLiteral("niet")), qPrintable(status->text()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("rapport")));
        QVERIFY(save->isEnabled());

        // Locking closes the dialog.
        m_window->lock();
        QTRY_VERIFY(!overview()->periodReportDialog());
    }

    void chartsAreDrawnOneAtATime()
    {
        // The first chart at once, the others in later turns of the event loop; a clear() in between
        // (a lock) drops the ones not yet drawn.
        OverviewCharts charts;
        charts.show();
        CaseloadFigures f;
        f.byPhase.insert(QStringLiteral("signal"), 3);
        f.signalsPerMonth.append({ QDate(2026, 12, 1), 3 });
        f.bedsByLevel.insert(3, LevelBeds { 1, 2 });
        charts.setFigures(f);
        QVERIFY(charts.isFilling());
        const QList<QChartView *> views = charts.views();
        QVERIFY(drawn(views.at(0)));
        QVERIFY(!drawn(views.at(2)));
        QTRY_VERIFY(!charts.isFilling());
        for (QChartView *view : views)
            QVERIFY(drawn(view));
        // The charts are made once and their figures replaced: a second fill shows the new figures.
        f.byPhase.insert(QStringLiteral("signal"), 5);
        charts.setFigures(f);
        QVERIFY2(views.at(0)->accessibleDescription().contains(QStringLiteral(": 5")),
            qPrintable(views.at(0)->accessibleDescription()));
        QCOMPARE(bars(views.at(0)).first()->sum(), 5.0);

        charts.clear();
        QVERIFY(!charts.isFilling());
        QTest::qWait(50);
        for (QChartView *view : views) {
            QVERIFY(!drawn(view));
            for (QBarSet *set : bars(view))
                QCOMPARE(set->count(), 0); // no figure stays behind a lock
        }
    }

    void countAxesStepRoundly()
    {
        // At 100,000 cases a count axis spans 150,000 in steps of 50,000, and back to 4 in steps of 1,
        // never with thousands of ticks on the way (it hung the window: the range grew before the step).
        OverviewCharts charts;
        charts.show();
        const auto countAxis = [&charts] {
            for (QAbstractAxis *axis : charts.views().at(0)->chart()->axes())
                if (auto *values = qobject_cast<QValueAxis *>(axis))
                    return values;
            return static_cast<QValueAxis *>(nullptr);
        };
        // Every state the axis passes through is watched, not only where it ends (a small jump comes
        // first: with the old order Qt lays out every tick before this test sees it, and 12,000 ticks
        // fail in seconds where 150,000 would hang).
        double mostTicks = 0;
        QValueAxis *watched = nullptr;
        const auto watch = [&] {
            QValueAxis *axis = countAxis();
            if (!axis || axis == watched)
                return;
            watched = axis;
            const auto count = [&mostTicks, axis] {
                if (axis->tickType() == QValueAxis::TicksDynamic && axis->tickInterval() > 0)
                    mostTicks = std::max(mostTicks, (axis->max() - axis->min()) / axis->tickInterval());
            };
            connect(axis, &QValueAxis::rangeChanged, &charts, count);
            connect(axis, &QValueAxis::tickIntervalChanged, &charts, count);
        };
        for (const int signal : { 3, 12000, 4, 120000, 12 }) {
            CaseloadFigures f;
            f.byPhase.insert(QStringLiteral("signal"), signal);
            watch();
            charts.setFigures(f);
            QTRY_VERIFY(!charts.isFilling());
            QVERIFY2(mostTicks <= 10, qPrintable(QStringLiteral("%1 ticks on the way to %2").arg(mostTicks).arg(signal)));
            QValueAxis *axis = countAxis();
            QVERIFY(axis);
            QCOMPARE(axis->min(), 0.0);
            QVERIFY(axis->max() > signal);
            QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
            const double ticks = axis->max() / axis->tickInterval();
            QVERIFY2(ticks >= 2 && ticks <= 5, qPrintable(QString::number(ticks)));
        }
    }

    void lockEmptiesTheOverview()
    {
        openAndUnlock();
        QTRY_VERIFY_WITH_TIMEOUT(overview()->figures().has_value(), 10000);
        m_window->lock();
        QVERIFY(!overview()->figures().has_value());
        QVERIFY(!overview()->isLoading());
        for (const char *tile :
            { "dangerTile", "reflectionTile", "overdueTile", "waitingTile", "incidentsTile", "noConsentTile" }) {
            auto *button = child<QPushButton>(overview(), tile);
            QVERIFY2(!button->isEnabled(), tile);
            QVERIFY2(!button->text().contains(QLatin1Char('1')), tile);
        }
        // Charts still to be drawn when the lock came are never drawn.
        QTest::qWait(50);
        for (QChartView *view : overview()->findChild<OverviewCharts *>()->views())
            QVERIFY(!drawn(view));
    }
};

QTEST_MAIN(TestOverview)
#include "TestOverview.moc"
