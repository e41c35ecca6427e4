#include "TestVault.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "placement/SecurityOverrideStore.h"
#include "shelters/ShelterRegistryCache.h"
#include "shelters/ShelterRepository.h"

#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

namespace {

Shelter shelter(const QString &id, int capacity, int freeBeds, int level = 3)
{
    Shelter s;
    s.id = id;
    s.name = QStringLiteral("Shelter ") + id;
    s.type = QStringLiteral("womens_shelter");
    s.securityLevel = level;
    s.region = QStringLiteral("Groningen");
    s.capacity = capacity;
    s.freeBeds = freeBeds;
    s.availabilityAsOf = QDate::currentDate();
    s.genders = { QStringLiteral("female") };
    s.minAge = 18;
    s.languages = { QStringLiteral("nl") };
    return s;
}

bool store(Database &db, const QVector<Shelter> &shelters)
{
    QVector<ShelterInput> in;
    for (const Shelter &s : shelters)
        in.append(ShelterInput { s, false, false });
    auto r = ShelterRepository(db).importAll(in);
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return r.ok();
}

int freeBeds(Database &db, const QString &id)
{
    return ShelterRepository(db).find(id)->freeBeds;
}

} // namespace

class TestPlacements : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("requested→bed_held") << QStringLiteral("requested") << QStringLiteral("bed_held") << true;
        QTest::newRow("requested→placed") << QStringLiteral("requested") << QStringLiteral("placed") << true;
        QTest::newRow("requested→wait_list") << QStringLiteral("requested") << QStringLiteral("wait_list") << true;
        QTest::newRow("requested→refused") << QStringLiteral("requested") << QStringLiteral("refused") << true;
        QTest::newRow("requested→ended") << QStringLiteral("requested") << QStringLiteral("ended") << false;
        QTest::newRow("wait_list→placed") << QStringLiteral("wait_list") << QStringLiteral("placed") << true;
        QTest::newRow("bed_held→placed") << QStringLiteral("bed_held") << QStringLiteral("placed") << true;
        QTest::newRow("bed_held→expired") << QStringLiteral("bed_held") << QStringLiteral("expired") << true;
        QTest::newRow("placed→ended") << QStringLiteral("placed") << QStringLiteral("ended") << true;
        QTest::newRow("placed→bed_held") << QStringLiteral("placed") << QStringLiteral("bed_held") << false;
        QTest::newRow("ended→placed") << QStringLiteral("ended") << QStringLiteral("placed") << false;
        QTest::newRow("refused→placed") << QStringLiteral("refused") << QStringLiteral("placed") << false;
        QTest::newRow("expired→placed") << QStringLiteral("expired") << QStringLiteral("placed") << false;
    }

    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(PlacementRepository::canTransition(from, to), allowed);
    }

    void freeBedsFollowTheStatus()
    {
        TestVault tv;
        Database &db = tv.vault().database();
        QVERIFY(store(db, { shelter(QStringLiteral("a"), 3, 2) }));
        PlacementRepository repo(db);

        auto requested = repo.create(QStringLiteral("case-1"), QStringLiteral("a"), QStringLiteral("requested"));
        QVERIFY(requested);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 2);

        auto held
            = repo.transition(requested->id, QStringLiteral("bed_held"), QString(), QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(held);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 1);
        auto placed = repo.transition(held->id, QStringLiteral("placed"), QString());
        QVERIFY(placed);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 1); // the held bed becomes the placement's bed

        auto second = repo.create(QStringLiteral("case-2"), QStringLiteral("a"), QStringLiteral("placed"));
        QVERIFY(second);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 0);
        auto third = repo.create(QStringLiteral("case-3"), QStringLiteral("a"), QStringLiteral("placed"));
        QVERIFY(!third);
        QCOMPARE(third.error().code(), ErrorCode::Refused);
        auto waiting = repo.create(QStringLiteral("case-3"), QStringLiteral("a"), QStringLiteral("wait_list"));
        QVERIFY(waiting);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 0);

        QVERIFY(!repo.end(placed->id, QString())); // a reason is required
        auto ended = repo.end(placed->id, QStringLiteral("moved to own home"));
        QVERIFY(ended);
        QCOMPARE(ended->status, QStringLiteral("ended"));
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 1);
        QVERIFY(!repo.end(placed->id, QStringLiteral("again"))); // ended is final

        auto fromWait = repo.transition(waiting->id, QStringLiteral("placed"), QString());
        QVERIFY(fromWait);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 0);
        auto refusedLater = repo.transition(second->id, QStringLiteral("ended"), QStringLiteral("left"));
        QVERIFY(refusedLater);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 1);

        // History per case, oldest event first.
        auto history = repo.history(QStringLiteral("case-1"));
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QStringList statuses;
        for (const PlacementEvent &e : history->first().events)
            statuses.append(e.status);
        QCOMPARE(statuses,
            (QStringList {
                QStringLiteral("requested"), QStringLiteral("bed_held"), QStringLiteral("placed"), QStringLiteral("ended") }));
    }

    void refusedGivesTheBedBack()
    {
        TestVault tv;
        Database &db = tv.vault().database();
        QVERIFY(store(db, { shelter(QStringLiteral("a"), 2, 2) }));
        PlacementRepository repo(db);
        auto held = repo.create(
            QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("bed_held"), QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(held);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 1);
        QVERIFY(!repo.transition(held->id, QStringLiteral("refused"), QString()));
        QVERIFY(repo.transition(held->id, QStringLiteral("refused"), QStringLiteral("shelter declined")));
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 2);
    }

    void expiredHoldGivesTheBedBack()
    {
        TestVault tv;
        Database &db = tv.vault().database();
        QVERIFY(store(db, { shelter(QStringLiteral("a"), 2, 2) }));
        PlacementRepository repo(db);
        QVERIFY(!repo.create(QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("bed_held"))); // needs an expiry
        auto held = repo.create(
            QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("bed_held"), QDateTime::currentDateTimeUtc().addDays(3));
        QVERIFY(held);
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 1);
        QCOMPARE(repo.expireHolds(QDateTime::currentDateTimeUtc().addDays(1)).value(), 0);
        QCOMPARE(repo.expireHolds(QDateTime::currentDateTimeUtc().addDays(4)).value(), 1);
        QCOMPARE(repo.find(held->id)->status, QStringLiteral("expired"));
        QCOMPARE(freeBeds(db, QStringLiteral("a")), 2);
    }

    void failedChangeLeavesNoTrace()
    {
        TestVault tv;
        Database &db = tv.vault().database();
        QVERIFY(store(db, { shelter(QStringLiteral("a"), 1, 0) }));
        PlacementRepository repo(db);
        QVERIFY(!repo.create(QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("placed")));
        QCOMPARE(repo.history(QStringLiteral("c"))->size(), 0);
        QVERIFY(!repo.create(QStringLiteral("c"), QStringLiteral("missing"), QStringLiteral("requested")));
        QVERIFY(!repo.create(QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("ended")));
        QCOMPARE(repo.history(QStringLiteral("c"))->size(), 0);
    }

    void overrideStore()
    {
        TestVault tv;
        SecurityOverrideStore store(tv.vault().database());
        QVERIFY(!store.get(QStringLiteral("c"))->has_value());
        QCOMPARE(store.set(QStringLiteral("c"), 3, QString()).error().code(), ErrorCode::InvalidInput);
        QVERIFY(store.set(QStringLiteral("c"), 3, QStringLiteral("seen near the shelter")));
        QVERIFY(store.set(QStringLiteral("c"), 4, QStringLiteral("police advice")));
        auto got = store.get(QStringLiteral("c"));
        QVERIFY(got && got->has_value());
        QCOMPARE(got->value().level, 4);
        QCOMPARE(got->value().reason, QStringLiteral("police advice"));
        QVERIFY(store.clear(QStringLiteral("c")));
        QVERIFY(!store.get(QStringLiteral("c"))->has_value());
        // The audit log has the level, never the reason.
        auto recent = AuditLog(tv.vault().database()).recent(50);
        QVERIFY(recent);
        bool found = false;
        for (const AuditEntry &e : recent.value()) {
            QVERIFY(!e.detail.contains(QStringLiteral("police advice")));
            found = found || (e.action == QStringLiteral("case.security_level_overridden") && e.detail == QStringLiteral("S4"));
        }
        QVERIFY(found);
    }

    // The service on a real case: level from the case's threat, override, advice, place; once reading
    // the registry per request (the CLI), once keeping it between requests (the placement panel).
    void serviceOnACase_data()
    {
        QTest::addColumn<bool>("keepRegistry");
        QTest::newRow("registry read per request") << false;
        QTest::newRow("registry kept") << true;
    }

    void serviceOnACase()
    {
        QFETCH(bool, keepRegistry);
        ShelterRegistryCache registry;
        TestVault tv;
        Database &db = tv.vault().database();
        Case c;
        c.givenName = QStringLiteral("Test");
        c.familyName = QStringLiteral("Person");
        c.gender = QStringLiteral("female");
        c.birthDate = QDate(1995, 1, 1);
        c.residenceStatus = QStringLiteral("nl");
        c.nationality = QStringLiteral("NL");
        c.exploitationRegion = QStringLiteral("Utrecht");
        c.threat.code = QStringLiteral("orange");
        Perpetrator p;
        p.alias = QStringLiteral("X");
        p.knowsLocation = true;
        p.knownAreas = { QStringLiteral("Groningen") };
        c.perpetrators = { p };
        auto created = CaseRepository(db).create(c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message()));

        QVERIFY(store(db, { shelter(QStringLiteral("low"), 5, 5, 2), shelter(QStringLiteral("high"), 5, 5, 3) }));
        PlacementService service(db, keepRegistry ? &registry : nullptr);
        auto level = service.requiredLevel(created->number);
        QVERIFY(level);
        QCOMPARE(level->level, 3); // orange → S2, perpetrator knows the location → S3
        QCOMPARE(level->reasons.size(), 2);

        auto view = service.load(created->id);
        QVERIFY(view);
        QCOMPARE(view->advice.suggestions.size(), 1);
        QCOMPARE(view->advice.suggestions.first().shelterId, QStringLiteral("high"));
        QCOMPARE(view->advice.excluded.size(), 1);

        // Below the required level: refused, also with an override reason.
        auto refused = service.place(created->id, QStringLiteral("low"), 0, QStringLiteral("I insist"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Refused);

        // Lowering the level by hand (with a reason) makes it possible.
        QVERIFY(!service.setOverride(created->id, 2, QString()));
        QVERIFY(service.setOverride(created->id, 2, QStringLiteral("perpetrator detained")));
        QCOMPARE(service.requiredLevel(created->id)->level, 2);
        auto held = service.place(created->number, QStringLiteral("low"), 2);
        QVERIFY2(held, held ? "" : qPrintable(held.error().message()));
        QCOMPARE(held->status, QStringLiteral("bed_held"));
        QCOMPARE(freeBeds(db, QStringLiteral("low")), 4);
        // The next advice shows the bed taken, whether the registry is kept or not.
        auto after = service.load(created->id);
        QVERIFY(after);
        const auto low = std::find_if(after->advice.suggestions.cbegin(), after->advice.suggestions.cend(),
            [](const Suggestion &s) { return s.shelterId == QLatin1String("low"); });
        QVERIFY(low != after->advice.suggestions.cend());
        QCOMPARE(low->freeBeds, 4);
        if (keepRegistry)
            QCOMPARE(registry.reads(), 2);
        auto list = service.placements(created->number);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);

        QCOMPARE(service.requiredLevel(QStringLiteral("VN-1999-9999")).error().code(), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPlacements)
#include "TestPlacements.moc"
