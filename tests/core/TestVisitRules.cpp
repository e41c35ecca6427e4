#include "TestVault.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentRepository.h"
#include "safety/OpenRiskOverview.h"
#include "safety/VisitRuleCodes.h"
#include "safety/VisitRulesRepository.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QTest>

using namespace vangnet;

// Visit rules per case (codes, note, replace, remove) and the team's open-risks overview that
// combines them with open incidents, newest first.
class TestVisitRules final : public QObject
{
    Q_OBJECT

private slots:
    void parseList();
    void unknownCodeNamesAllowed();
    void setFindReplaceRemove();
    void unknownCodesStoreNothing();
    void openRisksNewestFirst();
};

void TestVisitRules::parseList()
{
    QCOMPARE(VisitRuleCodes::parseList(QStringLiteral(" two_person_visits, ,no_home_visits,two_person_visits ")),
        QStringList({ QStringLiteral("two_person_visits"), QStringLiteral("no_home_visits") }));
    QVERIFY(VisitRuleCodes::parseList(QString()).isEmpty());
    for (const QString &code : VisitRuleCodes::all())
        QVERIFY(VisitRuleCodes::label(code) != code);
}

void TestVisitRules::unknownCodeNamesAllowed()
{
    const Status st = VisitRuleCodes::validate({ QStringLiteral("no_home_visits"), QStringLiteral("bring_a_dog") });
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code(), ErrorCode::InvalidInput);
    QVERIFY(st.error().message().contains(QStringLiteral("bring_a_dog")));
    for (const QString &code : VisitRuleCodes::all())
        QVERIFY(st.error().message().contains(code));
}

void TestVisitRules::setFindReplaceRemove()
{
    test::TestVault tv;
    VisitRulesRepository repo(tv.vault().database());
    const QString caseId = QStringLiteral("3f1c2a9e-0000-4000-8000-000000000001");
    QVERIFY(repo.find(caseId)->has_value() == false);

    VisitRules rules;
    rules.caseId = caseId;
    rules.rules = { QStringLiteral("two_person_visits"), QStringLiteral("no_home_visits") };
    rules.note = QStringLiteral("Exploiter's brother works at the station");
    QVERIFY(repo.set(rules).ok());

    QVERIFY(tv.reopen());
    VisitRulesRepository again(tv.vault().database());
    auto found = again.find(caseId);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found.value()->rules, rules.rules);
    QCOMPARE(found.value()->note, rules.note);
    QVERIFY(found.value()->updatedAt.isValid());

    rules.rules = { QStringLiteral("meet_at_office_only") };
    rules.note.clear();
    QVERIFY(again.set(rules).ok());
    QCOMPARE(again.find(caseId)->value().rules, QStringList { QStringLiteral("meet_at_office_only") });
    QCOMPARE(again.all()->size(), 1);

    rules.rules.clear();
    QVERIFY(again.set(rules).ok()); // empty: removed
    QVERIFY(!again.find(caseId)->has_value());
    QCOMPARE(again.all()->size(), 0);
}

void TestVisitRules::unknownCodesStoreNothing()
{
    test::TestVault tv;
    VisitRulesRepository repo(tv.vault().database());
    VisitRules rules;
    rules.caseId = QStringLiteral("c1");
    rules.rules = { QStringLiteral("two_person_visits"), QStringLiteral("nope") };
    auto r = repo.set(rules);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(repo.all()->size(), 0);
    rules.caseId = QStringLiteral("  ");
    rules.rules = { QStringLiteral("two_person_visits") };
    QCOMPARE(repo.set(rules).error().code(), ErrorCode::InvalidInput);
}

void TestVisitRules::openRisksNewestFirst()
{
    test::TestVault tv;
    Database &db = tv.vault().database();
    const auto make = [](const QString &date) {
        return IncidentJson::fromJson(
            QJsonObject { { QStringLiteral("date"), date }, { QStringLiteral("setting"), QStringLiteral("online") },
                { QStringLiteral("type"), QStringLiteral("threat") }, { QStringLiteral("source"), QStringLiteral("exploiter") },
                { QStringLiteral("description"), QStringLiteral("Messages") },
                { QStringLiteral("caseId"), QStringLiteral("case-a") } })
            .value();
    };
    IncidentRepository incidents(db);
    auto old = incidents.add(make(QStringLiteral("2020-01-01")));
    auto closed = incidents.add(make(QStringLiteral("2021-01-01")));
    QVERIFY(old.ok() && closed.ok());
    QVERIFY(incidents.setStatus(closed->id, QStringLiteral("closed")).ok());
    VisitRules rules;
    rules.caseId = QStringLiteral("case-b");
    rules.rules = { QStringLiteral("two_person_visits") };
    QVERIFY(VisitRulesRepository(db).set(rules).ok()); // changed now: newer than the 2020 incident

    auto risks = OpenRiskOverview::list(db);
    QVERIFY(risks.ok());
    QCOMPARE(risks->size(), 2); // the closed incident is not a risk
    QCOMPARE(risks->at(0).kind, OpenRisk::Kind::VisitRules);
    QCOMPARE(risks->at(0).caseId, QStringLiteral("case-b"));
    QVERIFY(risks->at(0).summary.contains(QStringLiteral("two staff")));
    QCOMPARE(risks->at(1).kind, OpenRisk::Kind::Incident);
    QCOMPARE(risks->at(1).incidentId, old->id);
    QVERIFY(!risks->at(1).summary.contains(QStringLiteral("Messages"))); // codes only, no free text
}

QTEST_GUILESS_MAIN(TestVisitRules)
#include "TestVisitRules.moc"
