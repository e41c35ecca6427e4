#include "TestVault.h"
#include "audit/AuditLog.h"
#include "safety/IncidentCodes.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

// Staff-safety incidents: the JSON codec's validation (each refusal names the allowed values) and
// the repository (store, list newest first, filter open ones, close, survive a re-open, audit).
class TestIncidents final : public QObject
{
    Q_OBJECT

private slots:
    void validDocumentIsAccepted();
    void policeReportForms_data();
    void policeReportForms();
    void invalidDocumentsAreRefused_data();
    void invalidDocumentsAreRefused();
    void jsonRoundTrip();
    void repositoryStoresAndLists();
    void closingAndReopening();
    void invalidIncidentIsNotStored();
    void unknownIdIsNotFound();

private:
    static QDate today() { return QDate(2024, 6, 1); }
    static QJsonObject minimal()
    {
        return QJsonObject { { QStringLiteral("date"), QStringLiteral("2024-05-30") },
            { QStringLiteral("setting"), QStringLiteral("home_visit") }, { QStringLiteral("type"), QStringLiteral("threat") },
            { QStringLiteral("source"), QStringLiteral("exploiter") },
            { QStringLiteral("description"), QStringLiteral("Man waiting at the door, shouted threats.") } };
    }
    static Incident incident(const QString &date, const QString &type)
    {
        auto r = IncidentJson::fromJson(QJsonObject { { QStringLiteral("date"), date },
            { QStringLiteral("setting"), QStringLiteral("office") }, { QStringLiteral("type"), type },
            { QStringLiteral("source"), QStringLiteral("unknown") }, { QStringLiteral("description"), QStringLiteral("d") } });
        return r ? r.value() : Incident {};
    }
};

void TestIncidents::validDocumentIsAccepted()
{
    auto r = IncidentJson::fromJson(minimal(), today());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
    QCOMPARE(r->date, QDate(2024, 5, 30));
    QCOMPARE(r->status, QStringLiteral("open"));
    QVERIFY(!r->policeReportFiled);
    QVERIFY(r->caseId.isEmpty());
}

void TestIncidents::policeReportForms_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("filed");
    QTest::addColumn<QString>("reference");
    QTest::newRow("true") << QJsonValue(true) << true << QString();
    QTest::newRow("false") << QJsonValue(false) << false << QString();
    QTest::newRow("reference text") << QJsonValue(QStringLiteral("PL0900-2024-123")) << true << QStringLiteral("PL0900-2024-123");
    QTest::newRow("object") << QJsonValue(
        QJsonObject { { QStringLiteral("filed"), true }, { QStringLiteral("reference"), QStringLiteral("X1") } })
                            << true << QStringLiteral("X1");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << QString();
}

void TestIncidents::policeReportForms()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, filed);
    QFETCH(QString, reference);
    QJsonObject o = minimal();
    o.insert(QStringLiteral("policeReport"), value);
    auto r = IncidentJson::fromJson(o, today());
    QVERIFY(r.ok());
    QCOMPARE(r->policeReportFiled, filed);
    QCOMPARE(r->policeReference, reference);
}

void TestIncidents::invalidDocumentsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown setting") << "setting" << QJsonValue(QStringLiteral("car")) << "office, home_visit, shelter, online";
    QTest::newRow("unknown type") << "type" << QJsonValue(QStringLiteral("rude")) << "intimidation_via_family";
    QTest::newRow("unknown source") << "source" << QJsonValue(QStringLiteral("neighbour"))
                                    << "exploiter, client, family, unknown";
    QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("pending")) << "open, closed";
    QTest::newRow("missing setting") << "setting" << QJsonValue(QJsonValue::Undefined) << "office, home_visit";
    QTest::newRow("missing date") << "date" << QJsonValue(QJsonValue::Undefined) << "YYYY-MM-DD";
    QTest::newRow("bad date") << "date" << QJsonValue(QStringLiteral("30-05-2024")) << "YYYY-MM-DD";
    QTest::newRow("impossible date") << "date" << QJsonValue(QStringLiteral("2024-02-30")) << "YYYY-MM-DD";
    QTest::newRow("future date") << "date" << QJsonValue(QStringLiteral("2024-06-02")) << "future";
    QTest::newRow("date not text") << "date" << QJsonValue(20240530) << "date";
    QTest::newRow("empty description") << "description" << QJsonValue(QStringLiteral("  ")) << "description";
    QTest::newRow("unknown field") << "severity" << QJsonValue(3) << "Allowed fields";
    QTest::newRow("police report number") << "policeReport" << QJsonValue(7) << "policeReport";
}

void TestIncidents::invalidDocumentsAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mentions);
    QJsonObject o = minimal();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    auto r = IncidentJson::fromJson(o, today());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
}

void TestIncidents::jsonRoundTrip()
{
    QJsonObject o = minimal();
    o.insert(QStringLiteral("caseId"), QStringLiteral("0b7e7c55-3f0c-4a39-9d43-2d0a7b1a1c11"));
    o.insert(QStringLiteral("staffMember"), QStringLiteral("coordinator-7"));
    o.insert(QStringLiteral("measures"), QStringLiteral("two-person visits"));
    o.insert(QStringLiteral("aftercare"), QStringLiteral("talk with the team lead"));
    o.insert(QStringLiteral("consequences"), QStringLiteral("sick leave, two days"));
    o.insert(QStringLiteral("policeReport"), QStringLiteral("REF-1"));
    auto first = IncidentJson::fromJson(o, today());
    QVERIFY(first.ok());
    auto second = IncidentJson::fromJson(IncidentJson::toJson(first.value()), today());
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message()));
    QCOMPARE(second.value(), first.value());
}

void TestIncidents::repositoryStoresAndLists()
{
    test::TestVault tv;
    IncidentRepository repo(tv.vault().database());
    auto older = repo.add(incident(QStringLiteral("2024-01-10"), QStringLiteral("verbal")));
    QVERIFY(older.ok());
    auto newer = repo.add(incident(QStringLiteral("2024-04-02"), QStringLiteral("stalking")));
    QVERIFY(newer.ok());
    QVERIFY(!newer->id.isEmpty());
    QVERIFY(newer->createdAt.isValid());

    QVERIFY(tv.reopen());
    IncidentRepository again(tv.vault().database());
    auto all = again.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, newer->id); // newest first
    QCOMPARE(all->at(0).type, QStringLiteral("stalking"));
    QCOMPARE(all->at(1).date, QDate(2024, 1, 10));

    auto found = again.find(older->id);
    QVERIFY(found.ok());
    QCOMPARE(found->description, QStringLiteral("d"));

    // The audit log names the incident by id only.
    auto audit = AuditLog(tv.vault().database()).recent(10);
    QVERIFY(audit.ok());
    int recorded = 0;
    for (const AuditEntry &e : audit.value()) {
        if (e.action == QLatin1String("incident.recorded")) {
            ++recorded;
            QVERIFY(e.subject == older->id || e.subject == newer->id);
        }
    }
    QCOMPARE(recorded, 2);
}

void TestIncidents::closingAndReopening()
{
    test::TestVault tv;
    IncidentRepository repo(tv.vault().database());
    auto a = repo.add(incident(QStringLiteral("2024-01-10"), QStringLiteral("physical")));
    auto b = repo.add(incident(QStringLiteral("2024-02-10"), QStringLiteral("damage")));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(repo.setStatus(a->id, QStringLiteral("closed")).ok());
    auto open = repo.list(IncidentRepository::Filter::OpenOnly);
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().id, b->id);
    QVERIFY(repo.setStatus(a->id, QStringLiteral("open")).ok());
    QCOMPARE(repo.list(IncidentRepository::Filter::OpenOnly)->size(), 2);
    QCOMPARE(repo.setStatus(a->id, QStringLiteral("gone")).error().code(), ErrorCode::InvalidInput);
}

void TestIncidents::invalidIncidentIsNotStored()
{
    test::TestVault tv;
    IncidentRepository repo(tv.vault().database());
    Incident bad = incident(QStringLiteral("2024-01-10"), QStringLiteral("verbal"));
    bad.setting = QStringLiteral("car");
    auto r = repo.add(bad);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(repo.list()->size(), 0);
    QCOMPARE(tv.vault().database().scalar(QStringLiteral("SELECT count(*) FROM staff_incidents"))->toInt(), 0);
}

void TestIncidents::unknownIdIsNotFound()
{
    test::TestVault tv;
    IncidentRepository repo(tv.vault().database());
    QCOMPARE(repo.find(QStringLiteral("nope")).error().code(), ErrorCode::NotFound);
    Incident i = incident(QStringLiteral("2024-01-10"), QStringLiteral("verbal"));
    i.id = QStringLiteral("nope");
    QCOMPARE(repo.update(i).error().code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestIncidents)
#include "TestIncidents.moc"
