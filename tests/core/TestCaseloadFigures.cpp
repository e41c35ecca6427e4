#include "ConsentFixtures.h"
#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "cases/SavedFilters.h"
#include "consent/ConsentRegister.h"
#include "placement/PlacementRepository.h"
#include "placement/SecurityOverrideStore.h"
#include "reports/CaseloadFigures.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentRepository.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

// The overview's figures (issue #17): each tile counts exactly what the case list shows with the
// tile's filter, closed cases need no bed and no protection, and a manual override counts.
class TestCaseloadFigures : public QObject
{
    Q_OBJECT

private slots:
    void figuresMatchTheirLists();
    void tileFiltersSurviveSaving();
    void levelFilterRejectsUnknownLevels();

private:
    static QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
};

void TestCaseloadFigures::figuresMatchTheirLists()
{
    test::TestVault tv;
    Database &db = tv.vault().database();
    CaseRepository repo(db);
    const QDate today = QDate::currentDate();
    QHash<QString, QString> ids; // name → case id
    const auto add = [&](const QString &name, QJsonObject json) {
        json.insert(QStringLiteral("givenName"), name);
        auto c = repo.createFromJson(json);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message()));
        ids.insert(name, c->id);
    };
    add(QStringLiteral("A"),
        QJsonObject { { QStringLiteral("phase"), QStringLiteral("reflection") },
            { QStringLiteral("reflectionStart"), iso(today.addDays(-80)) },
            { QStringLiteral("reflectionEnd"), iso(today.addDays(5)) },
            { QStringLiteral("threat"), QJsonObject { { QStringLiteral("code"), QStringLiteral("red") } } } });
    add(QStringLiteral("B"),
        QJsonObject { { QStringLiteral("threat"), QJsonObject { { QStringLiteral("code"), QStringLiteral("orange") } } },
            { QStringLiteral("perpetrators"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("alias"), QStringLiteral("X") }, { QStringLiteral("activelySearching"), true } } } },
            // Two overdue tasks and one done: B is counted once.
            { QStringLiteral("tasks"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("lawyer") },
                                 { QStringLiteral("due"), iso(today.addDays(-3)) } },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("benefits") },
                        { QStringLiteral("due"), iso(today.addDays(-1)) } },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("health_insurance") },
                        { QStringLiteral("due"), iso(today.addDays(-9)) }, { QStringLiteral("done"), true } } } } });
    add(QStringLiteral("C"),
        QJsonObject { { QStringLiteral("threat"), QJsonObject { { QStringLiteral("code"), QStringLiteral("green") } } } });
    add(QStringLiteral("D"),
        QJsonObject { { QStringLiteral("threat"), QJsonObject { { QStringLiteral("code"), QStringLiteral("red") } } },
            { QStringLiteral("tasks"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("lawyer") },
                    { QStringLiteral("due"), iso(today.addDays(-3)) } } } } });
    add(QStringLiteral("E"), QJsonObject {});
    add(QStringLiteral("F"), QJsonObject {});
    add(QStringLiteral("G"), QJsonObject {});
    add(QStringLiteral("H"), QJsonObject {});
    QVERIFY(ids.size() == 8);
    QVERIFY(repo.close(ids.value(QStringLiteral("D")), QStringLiteral("moved abroad")));
    QVERIFY(SecurityOverrideStore(db).set(ids.value(QStringLiteral("E")), 4, QStringLiteral("police advice")));

    Shelter s;
    s.id = QStringLiteral("shelter-1");
    s.name = QStringLiteral("Shelter 1");
    s.type = QStringLiteral("womens_shelter");
    s.securityLevel = 3;
    s.region = QStringLiteral("Groningen");
    s.capacity = 5;
    s.freeBeds = 3;
    s.availabilityAsOf = today;
    s.genders = { QStringLiteral("female") };
    s.minAge = 18;
    QVERIFY(ShelterRepository(db).importAll({ ShelterInput { s, false, false } }));
    PlacementRepository placements(db);
    QVERIFY(placements.create(ids.value(QStringLiteral("C")), s.id, QStringLiteral("requested")));
    QVERIFY(placements.create(ids.value(QStringLiteral("F")), s.id, QStringLiteral("placed")));
    auto refused = placements.create(ids.value(QStringLiteral("G")), s.id, QStringLiteral("requested"));
    QVERIFY(refused);
    QVERIFY(placements.transition(refused->id, QStringLiteral("refused"), QStringLiteral("full")));
    // H was refused once, then placed: no longer waiting.
    auto earlier = placements.create(ids.value(QStringLiteral("H")), s.id, QStringLiteral("requested"));
    QVERIFY(earlier);
    QVERIFY(placements.transition(earlier->id, QStringLiteral("refused"), QStringLiteral("full")));
    QVERIFY(placements.create(ids.value(QStringLiteral("H")), s.id, QStringLiteral("placed")));

    // Consents for a placement request: C holds a valid one, G only an expired and a withdrawn one
    // and a valid one for another purpose (registration), so of the two waiting only G lacks it.
    const QString comensha = test::addTestContact(db, QStringLiteral("CoMensha"));
    QVERIFY(!comensha.isEmpty());
    const auto consent = [&](const QString &name, const QString &purpose, const QDate &from, const QDate &expires) {
        Consent c;
        c.caseId = ids.value(name);
        c.recipientId = comensha;
        c.purpose = purpose;
        c.scopes = { QStringLiteral("identity"), QStringLiteral("exploitation") };
        c.method = QStringLiteral("written");
        c.validFrom = from;
        c.expires = expires;
        auto added = ConsentRegister(db).add(c, today);
        return added ? added->id : QString();
    };
    QVERIFY(!consent(QStringLiteral("C"), QStringLiteral("placement"), today.addDays(-10), today.addDays(300)).isEmpty());
    QVERIFY(!consent(QStringLiteral("G"), QStringLiteral("placement"), today.addDays(-400), today).isEmpty()); // expired today
    const QString withdrawn = consent(QStringLiteral("G"), QStringLiteral("placement"), today.addDays(-5), today.addDays(300));
    QVERIFY(!withdrawn.isEmpty());
    QVERIFY(ConsentRegister(db).withdraw(withdrawn, QStringLiteral("changed her mind")));
    QVERIFY(!consent(QStringLiteral("G"), QStringLiteral("registration"), today.addDays(-5), today.addDays(300)).isEmpty());
    // A valid placement consent of a case that is not waiting changes nothing.
    QVERIFY(!consent(QStringLiteral("A"), QStringLiteral("placement"), today, today.addDays(30)).isEmpty());

    IncidentRepository incidents(db);
    for (const char *status : { "open", "open", "closed" }) {
        auto i = IncidentJson::fromJson(QJsonObject { { QStringLiteral("date"), iso(today) },
            { QStringLiteral("setting"), QStringLiteral("office") }, { QStringLiteral("type"), QStringLiteral("verbal") },
            { QStringLiteral("source"), QStringLiteral("unknown") }, { QStringLiteral("description"), QStringLiteral("d") } });
        QVERIFY(i);
        auto added = incidents.add(i.value());
        QVERIFY(added);
        if (QLatin1String(status) == QLatin1String("closed"))
            QVERIFY(incidents.setStatus(added->id, QStringLiteral("closed")));
    }

    auto figures = CaseloadFigures::compute(db, today);
    QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message()));
    const CaseloadFigures &f = figures.value();
    QCOMPARE(f.byPhase.value(QStringLiteral("reflection")), 1);
    QCOMPARE(f.byPhase.value(QStringLiteral("signal")), 6); // a new case starts as a signal
    QCOMPARE(f.byPhase.value(QStringLiteral("intake")), 0);
    QCOMPARE(f.byPhase.value(QStringLiteral("closed")), 1);
    QCOMPARE(f.byPhase.value(QStringLiteral("aftercare")), 0); // every phase is listed
    // Open cases only: A and B need S3 (red; orange with a searching perpetrator), E S4 by override.
    QCOMPARE(f.byRequiredLevel.value(1), 4);
    QCOMPARE(f.byRequiredLevel.value(2), 0);
    QCOMPARE(f.byRequiredLevel.value(3), 2);
    QCOMPARE(f.byRequiredLevel.value(4), 1);
    QCOMPARE(f.inDanger, 3);
    QCOMPARE(f.reflectionEndingWithin14Days, 1);
    QCOMPARE(f.overdueTasks, 1); // the closed case's task no longer counts
    QCOMPARE(f.placementsWaiting, 2); // C (requested) and G (refused); H got a bed
    QCOMPARE(f.waitingWithoutPlacementConsent, 1); // G
    QCOMPARE(f.openIncidents, 2);
    QCOMPARE(f.signalsPerMonth.size(), 12);
    QCOMPARE(f.signalsPerMonth.last().month, QDate(today.year(), today.month(), 1));
    QCOMPARE(f.signalsPerMonth.last().count, 8);
    QCOMPARE(f.bedsByLevel.value(3).taken, 2);
    QCOMPARE(f.bedsByLevel.value(3).free, ShelterRepository(db).find(s.id)->freeBeds);

    // Each tile's figure is the size of the list its filter shows, with the cases expected.
    const CaseSearch search(db, today);
    const struct
    {
        CaseloadFigures::Tile tile;
        int figure;
        QStringList names;
    } tiles[] = {
        { CaseloadFigures::Tile::InDanger, f.inDanger, { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("E") } },
        { CaseloadFigures::Tile::ReflectionEnding, f.reflectionEndingWithin14Days, { QStringLiteral("A") } },
        { CaseloadFigures::Tile::OverdueTasks, f.overdueTasks, { QStringLiteral("B") } },
        { CaseloadFigures::Tile::WaitingForBed, f.placementsWaiting, { QStringLiteral("C"), QStringLiteral("G") } },
        { CaseloadFigures::Tile::WaitingWithoutConsent, f.waitingWithoutPlacementConsent, { QStringLiteral("G") } },
    };
    for (const auto &t : tiles) {
        auto rows = search.find(CaseloadFigures::tileFilter(t.tile), CaseSort::NumberAsc, 0, 100);
        QVERIFY(rows);
        QStringList names;
        for (const CaseSummary &row : rows.value())
            names.append(row.givenName);
        QCOMPARE(names, t.names);
        QCOMPARE(int(rows->size()), t.figure);
        // The same rows when the page walks the order's index and tests each case (a large vault's plan).
        CaseSearch walking(db, today);
        walking.setFilterWalkLimit(1);
        auto walked = walking.find(CaseloadFigures::tileFilter(t.tile), CaseSort::NumberAsc, 0, 100);
        QVERIFY(walked);
        QCOMPARE(walked->size(), rows->size());
        for (qsizetype i = 0; i < rows->size(); ++i)
            QCOMPARE(walked->at(i).id, rows->at(i).id);
    }

    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(QStringLiteral("byRequiredLevel")).toObject().value(QStringLiteral("S4")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("placementsWaiting")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("waitingWithoutPlacementConsent")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("byPhase")).toObject().value(QStringLiteral("signal")).toInt(), 6);
}

void TestCaseloadFigures::tileFiltersSurviveSaving()
{
    for (auto tile :
        { CaseloadFigures::Tile::InDanger, CaseloadFigures::Tile::ReflectionEnding, CaseloadFigures::Tile::OverdueTasks,
            CaseloadFigures::Tile::WaitingForBed, CaseloadFigures::Tile::WaitingWithoutConsent }) {
        const CaseFilter f = CaseloadFigures::tileFilter(tile);
        const CaseFilter back = SavedFilters::fromJson(SavedFilters::toJson(f));
        QCOMPARE(back.minRequiredLevel, f.minRequiredLevel);
        QCOMPARE(back.waitingForBed, f.waitingForBed);
        QCOMPARE(back.withoutPlacementConsent, f.withoutPlacementConsent);
        QCOMPARE(back.overdueTasks, f.overdueTasks);
        QCOMPARE(back.reflectionEndingWithinDays, f.reflectionEndingWithinDays);
    }
}

void TestCaseloadFigures::levelFilterRejectsUnknownLevels()
{
    test::TestVault tv;
    const CaseSearch search(tv.vault().database());
    for (int bad : { -1, 5 }) {
        CaseFilter f;
        f.minRequiredLevel = bad;
        auto rows = search.find(f);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!search.count(f));
    }
}

QTEST_GUILESS_MAIN(TestCaseloadFigures)
#include "TestCaseloadFigures.moc"
