#include "TestVault.h"
#include "audit/AuditLog.h"
#include "demo/DemoShelters.h"
#include "placement/PlacementAdvisor.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRegistryCache.h"
#include "shelters/ShelterRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace vangnet;
using namespace vangnet::test;

namespace {

QJsonObject shelterJson(const QString &id, const QString &confidentiality = QStringLiteral("public"))
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), QString(QStringLiteral("Shelter ") + id) },
        { QStringLiteral("type"), QStringLiteral("womens_shelter") },
        { QStringLiteral("securityLevel"), QStringLiteral("S2") },
        { QStringLiteral("addressConfidentiality"), confidentiality },
        { QStringLiteral("region"), QStringLiteral("Utrecht") },
        { QStringLiteral("capacity"), 10 },
        { QStringLiteral("freeBeds"), 4 },
        { QStringLiteral("availabilityAsOf"), QStringLiteral("2026-03-01") },
        { QStringLiteral("genders"), QJsonArray { QStringLiteral("female") } },
        { QStringLiteral("minAge"), 18 },
        { QStringLiteral("maxAge"), 120 },
        { QStringLiteral("residenceStatuses"), QJsonValue(QJsonArray()) },
        { QStringLiteral("acceptsChildren"), true },
        { QStringLiteral("acceptsPets"), false },
        { QStringLiteral("languages"), QJsonArray { QStringLiteral("nl"), QStringLiteral("en") } },
        { QStringLiteral("specialisms"), QJsonArray { QStringLiteral("trauma") } },
    };
}

QVector<ShelterInput> parseArray(const QJsonArray &a)
{
    auto parsed = ShelterJson::fromJsonArray(a);
    if (!parsed)
        qWarning("%s", qPrintable(parsed.error().message()));
    return parsed ? parsed.value() : QVector<ShelterInput>();
}

bool auditHas(Database &db, const QString &action, const QString &subject)
{
    auto recent = AuditLog(db).recent(100);
    if (!recent)
        return false;
    for (const AuditEntry &e : recent.value())
        if (e.action == action && e.subject == subject)
            return true;
    return false;
}

} // namespace

class TestShelterRepository : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        QJsonObject o = shelterJson(QStringLiteral("a"));
        o.insert(QStringLiteral("address"), QStringLiteral("Kerkstraat 1"));
        auto parsed = ShelterJson::fromJson(o);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
        QVERIFY(parsed->hasAddress);
        QCOMPARE(parsed->shelter.securityLevel, 2);
        QJsonObject back = ShelterJson::toJson(parsed->shelter, true);
        back.remove(QStringLiteral("reference"));
        back.remove(QStringLiteral("maxStayDays"));
        back.remove(QStringLiteral("notes"));
        back.remove(QStringLiteral("placingAuthority"));
        QCOMPARE(back, o);
        // The default form never carries the address.
        QVERIFY(!ShelterJson::toJson(parsed->shelter).contains(QStringLiteral("address")));
    }

    void invalidJson_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("type") << QStringLiteral("type") << QJsonValue(QStringLiteral("hotel"));
        QTest::newRow("level") << QStringLiteral("securityLevel") << QJsonValue(QStringLiteral("S5"));
        QTest::newRow("confidentiality") << QStringLiteral("addressConfidentiality") << QJsonValue(QStringLiteral("hidden"));
        QTest::newRow("free beds above capacity") << QStringLiteral("freeBeds") << QJsonValue(11);
        QTest::newRow("negative capacity") << QStringLiteral("capacity") << QJsonValue(-1);
        QTest::newRow("gender") << QStringLiteral("genders") << QJsonValue(QJsonArray { QStringLiteral("f") });
        QTest::newRow("residence") << QStringLiteral("residenceStatuses") << QJsonValue(QJsonArray { QStringLiteral("tourist") });
        QTest::newRow("language") << QStringLiteral("languages") << QJsonValue(QJsonArray { QStringLiteral("dutch") });
        QTest::newRow("date") << QStringLiteral("availabilityAsOf") << QJsonValue(QStringLiteral("2026-02-30"));
        QTest::newRow("unknown key") << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"));
        QTest::newRow("bool") << QStringLiteral("acceptsPets") << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("name") << QStringLiteral("name") << QJsonValue(QString());
    }

    void invalidJson()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject o = shelterJson(QStringLiteral("a"));
        o.insert(key, value);
        auto parsed = ShelterJson::fromJson(o);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message().contains(key), qPrintable(parsed.error().message()));
    }

    void secretShelterCarriesNoAddress()
    {
        QJsonObject o = shelterJson(QStringLiteral("s"), QStringLiteral("secret"));
        o.insert(QStringLiteral("address"), QStringLiteral("Geheimweg 7"));
        auto parsed = ShelterJson::fromJson(o);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message().contains(QStringLiteral("Geheimweg")));
        o.remove(QStringLiteral("address"));
        o.insert(QStringLiteral("reference"), QStringLiteral("REF-1"));
        QVERIFY(ShelterJson::fromJson(o));
    }

    void cosmOnlyThroughCoMensha()
    {
        QJsonObject o = shelterJson(QStringLiteral("c"));
        o.insert(QStringLiteral("type"), QStringLiteral("cosm"));
        auto parsed = ShelterJson::fromJson(o);
        QVERIFY(parsed);
        QCOMPARE(parsed->shelter.placingAuthority, QStringLiteral("comensha"));
        o.insert(QStringLiteral("placingAuthority"), QStringLiteral("direct"));
        QVERIFY(!ShelterJson::fromJson(o));
    }

    void importAllOrNothing()
    {
        TestVault tv;
        ShelterRepository repo(tv.vault().database());
        QJsonObject bad = shelterJson(QStringLiteral("b"));
        bad.insert(QStringLiteral("securityLevel"), QStringLiteral("high"));
        auto parsed = ShelterJson::fromJsonArray(QJsonArray { shelterJson(QStringLiteral("a")), bad });
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message().contains(QStringLiteral("[1].securityLevel")));
        QCOMPARE(repo.count().value(), 0);

        // Duplicate ids in one import are refused too.
        QVERIFY(!ShelterJson::fromJsonArray(QJsonArray { shelterJson(QStringLiteral("a")), shelterJson(QStringLiteral("a")) }));

        // Invalid shelters built in code are refused before anything is written.
        QVector<ShelterInput> inputs
            = parseArray(QJsonArray { shelterJson(QStringLiteral("a")), shelterJson(QStringLiteral("b")) });
        QCOMPARE(inputs.size(), 2);
        inputs[1].shelter.freeBeds = 99;
        QVERIFY(!repo.importAll(inputs));
        QCOMPARE(repo.count().value(), 0);
    }

    void importUpdatesAndGeneratesIds()
    {
        TestVault tv;
        ShelterRepository repo(tv.vault().database());
        QJsonObject withAddress = shelterJson(QStringLiteral("a"), QStringLiteral("shielded"));
        withAddress.insert(QStringLiteral("address"), QStringLiteral("Postbus 1"));
        QJsonObject noId = shelterJson(QString());
        noId.remove(QStringLiteral("id"));
        auto ids = repo.importAll(parseArray(QJsonArray { withAddress, noId }));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 2);
        QCOMPARE(ids->first(), QStringLiteral("a"));
        QVERIFY(!QUuid::fromString(ids->at(1)).isNull());
        QCOMPARE(repo.count().value(), 2);

        // Re-import without the address: updated, address kept.
        QJsonObject update = shelterJson(QStringLiteral("a"), QStringLiteral("shielded"));
        update.insert(QStringLiteral("freeBeds"), 1);
        QVERIFY(repo.importAll(parseArray(QJsonArray { update })));
        QCOMPARE(repo.count().value(), 2);
        auto found = repo.find(QStringLiteral("a"));
        QVERIFY(found);
        QCOMPARE(found->freeBeds, 1);
        QVERIFY(found->address.isEmpty()); // never loaded by find()
        auto revealed = repo.revealAddress(QStringLiteral("a"));
        QVERIFY(revealed);
        QCOMPARE(revealed->address, QStringLiteral("Postbus 1"));
        QVERIFY(auditHas(tv.vault().database(), QStringLiteral("shelter.address_revealed"), QStringLiteral("a")));

        // Turning the shelter secret drops the stored street address.
        QJsonObject secret = shelterJson(QStringLiteral("a"), QStringLiteral("secret"));
        secret.insert(QStringLiteral("reference"), QStringLiteral("REF-9"));
        QVERIFY(repo.importAll(parseArray(QJsonArray { secret })));
        revealed = repo.revealAddress(QStringLiteral("a"));
        QVERIFY(revealed);
        QVERIFY(revealed->address.isEmpty());
        QCOMPARE(revealed->reference, QStringLiteral("REF-9"));
    }

    void listAndExportHideAddresses()
    {
        TestVault tv;
        ShelterRepository repo(tv.vault().database());
        QJsonObject a = shelterJson(QStringLiteral("a"), QStringLiteral("shielded"));
        a.insert(QStringLiteral("address"), QStringLiteral("Verborgenlaan 3"));
        QVERIFY(repo.importAll(parseArray(QJsonArray { a })));
        auto list = repo.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().address.isEmpty());
        auto plain = repo.exportAll(false);
        QVERIFY(plain);
        QVERIFY(plain->first().address.isEmpty());
        QVERIFY(!auditHas(tv.vault().database(), QStringLiteral("shelter.exported_with_addresses"), QString()));
        auto full = repo.exportAll(true);
        QVERIFY(full);
        QCOMPARE(full->first().address, QStringLiteral("Verborgenlaan 3"));
        QVERIFY(auditHas(tv.vault().database(), QStringLiteral("shelter.exported_with_addresses"), QString()));
        // The audit log never carries the address.
        auto recent = AuditLog(tv.vault().database()).recent(100);
        QVERIFY(recent);
        for (const AuditEntry &e : recent.value())
            QVERIFY(!e.detail.contains(QStringLiteral("Verborgenlaan")));
    }

    void availability()
    {
        TestVault tv;
        ShelterRepository repo(tv.vault().database());
        QVERIFY(repo.importAll(parseArray(QJsonArray { shelterJson(QStringLiteral("a")) })));
        QVERIFY(repo.setAvailability(QStringLiteral("a"), 7, QDate(2026, 3, 9)));
        QCOMPARE(repo.find(QStringLiteral("a"))->freeBeds, 7);
        QCOMPARE(repo.find(QStringLiteral("a"))->availabilityAsOf, QDate(2026, 3, 9));
        QVERIFY(!repo.setAvailability(QStringLiteral("a"), 11, QDate(2026, 3, 9)));
        QCOMPARE(repo.setAvailability(QStringLiteral("nope"), 1, QDate(2026, 3, 9)).error().code(), ErrorCode::NotFound);
    }

    // The placement panel keeps the registry between requests: it is read again after every kind of
    // write to it, from this connection or another, and never when nothing changed.
    void registryCacheFollowsEveryWrite()
    {
        TestVault tv;
        Database &db = tv.vault().database();
        ShelterRepository repo(db);
        QVERIFY(repo.importAll(parseArray(QJsonArray { shelterJson(QStringLiteral("a")), shelterJson(QStringLiteral("b")) })));
        ShelterRegistryCache cache;
        auto first = cache.shelters(db);
        QVERIFY(first);
        QCOMPARE(first->size(), 2);
        QVERIFY(cache.shelters(db));
        QCOMPARE(cache.reads(), 1);

        QVERIFY(repo.setAvailability(QStringLiteral("a"), 2, QDate(2026, 3, 9)));
        auto updated = cache.shelters(db);
        QVERIFY(updated);
        QCOMPARE(cache.reads(), 2);
        QCOMPARE(updated->first().freeBeds, 2);

        QVERIFY(repo.importAll(parseArray(QJsonArray { shelterJson(QStringLiteral("c")) })));
        QCOMPARE(cache.shelters(db)->size(), 3);
        QVERIFY(repo.remove(QStringLiteral("c")));
        QCOMPARE(cache.shelters(db)->size(), 2);
        QCOMPARE(cache.reads(), 4);

        // A second connection to the same vault file (another process would look the same).
        const QByteArray raw = QByteArray::fromHex(tv.vault().revealMasterKeyHex().toLatin1());
        const SecureBuffer key
            = SecureBuffer::copyOf(reinterpret_cast<const unsigned char *>(raw.constData()), std::size_t(raw.size()));
        auto other = Database::open(tv.vault().paths().database(), key, Database::Mode::OpenExisting);
        QVERIFY2(other, other ? "" : qPrintable(other.error().message()));
        auto bump = other->prepare(QStringLiteral("UPDATE shelters SET free_beds = 0 WHERE id = 'b'"));
        QVERIFY(bump);
        QVERIFY(bump->step());
        auto seen = cache.shelters(db);
        QVERIFY(seen);
        QCOMPARE(seen->at(1).freeBeds, 0);
        QCOMPARE(cache.reads(), 5);

        cache.clear();
        QVERIFY(cache.shelters(db));
        QCOMPARE(cache.reads(), 6);
    }

    // The demo registry: about forty shelters, every type and level, and every rule excludes some
    // shelter for one of a handful of typical people.
    void demoRegistryExercisesEveryRule()
    {
        TestVault tv;
        const QDate today(2026, 3, 10);
        QVERIFY(seedDemoShelters(tv.vault().database(), today));
        auto shelters = ShelterRepository(tv.vault().database()).list();
        QVERIFY(shelters);
        QVERIFY(shelters->size() >= 38);
        QSet<QString> types;
        QSet<int> levels;
        for (const Shelter &s : shelters.value()) {
            types.insert(s.type);
            levels.insert(s.securityLevel);
            QVERIFY(s.address.isEmpty());
        }
        QCOMPARE(types.size(), ShelterCodes::all(ShelterCodeKind::ShelterType).size());
        QCOMPARE(levels.size(), 5);

        QVector<PlacementRequest> people;
        PlacementRequest adult;
        adult.gender = QStringLiteral("female");
        adult.setAge(30);
        adult.residenceStatus = QStringLiteral("nl");
        adult.nationality = QStringLiteral("NL");
        adult.childrenCount = 1;
        adult.hasPets = true;
        adult.needs = { QStringLiteral("lvb"), QStringLiteral("addiction") };
        people.append(adult);
        PlacementRequest girl;
        girl.gender = QStringLiteral("female");
        girl.setAge(15);
        girl.unaccompaniedMinor = true;
        people.append(girl);
        PlacementRequest boy;
        boy.gender = QStringLiteral("male");
        boy.setAge(16);
        people.append(boy);
        PlacementRequest reflection;
        reflection.gender = QStringLiteral("male");
        reflection.setAge(25);
        reflection.residenceStatus = QStringLiteral("b8_reflection");
        reflection.nationality = QStringLiteral("RO");
        reflection.needs = { QStringLiteral("medical") };
        people.append(reflection);

        QSet<int> seen;
        const PlacementAdvisor advisor(shelters.value());
        int offered = 0;
        for (const PlacementRequest &p : people) {
            RequiredLevel level;
            level.level = 3;
            const PlacementAdvice a = advisor.advise(p, level, today, 0);
            offered += a.suitableCount;
            for (const Exclusion &e : a.excluded)
                for (const RuleViolation &v : e.violations)
                    seen.insert(int(v.rule));
        }
        for (int i = 0; i < PlacementRules::kCount; ++i)
            QVERIFY2(seen.contains(i), qPrintable(PlacementRules::code(PlacementRule(i))));
        QVERIFY(offered > 0);
    }
};

QTEST_GUILESS_MAIN(TestShelterRepository)
#include "TestShelterRepository.moc"
