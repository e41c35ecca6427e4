#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "demo/DemoCases.h"
#include "demo/DemoSafety.h"
#include "domain/Phase.h"
#include "safety/IncidentRepository.h"
#include "safety/VisitRulesRepository.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

// Creating, updating and closing cases: numbers, field-level history, duplicates, all-or-nothing writes.
class TestCaseRepository : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }
    static int count(Database &db, const char *table)
    {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return n ? n->toInt() : -1;
    }
    static const HistoryEntry *find(const QVector<HistoryEntry> &h, const QString &field, qsizetype from = 0)
    {
        for (qsizetype i = from; i < h.size(); ++i)
            if (h.at(i).field == field)
                return &h.at(i);
        return nullptr;
    }

private slots:
    void numbersFollowTheYear()
    {
        test::TestVault tv;
        CaseRepository repo(tv.vault().database());
        repo.setClock([] { return QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC); });
        auto a = repo.createFromJson(parse(R"({"givenName":"A"})"));
        auto b = repo.createFromJson(parse(R"({"givenName":"B"})"));
        QVERIFY(a && b);
        QCOMPARE(a->number, QStringLiteral("VN-2026-0001"));
        QCOMPARE(b->number, QStringLiteral("VN-2026-0002"));
        repo.setClock([] { return QDateTime(QDate(2027, 1, 2), QTime(10, 0), Qt::UTC); });
        auto c = repo.createFromJson(parse(R"({"givenName":"C"})"));
        QCOMPARE(c->number, QStringLiteral("VN-2027-0001"));
        QVERIFY(!QUuid::fromString(a->id).isNull());
        auto byNumber = repo.load(QStringLiteral("vn-2026-0002"));
        QVERIFY(byNumber);
        QCOMPARE(byNumber->id, b->id);
        QCOMPARE(repo.load(QStringLiteral("VN-2026-0099")).error().code(), ErrorCode::NotFound);
        QCOMPARE(repo.load(QStringLiteral("no such thing")).error().code(), ErrorCode::NotFound);
    }

    void invalidInputStoresNothing()
    {
        test::TestVault tv;
        Database &db = tv.vault().database();
        CaseRepository repo(db);
        auto bad = repo.createFromJson(parse(R"({"givenName":"A","gender":"bogus"})"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code(), ErrorCode::InvalidInput);
        auto closed = repo.createFromJson(parse(R"({"givenName":"A","phase":"closed"})"));
        QVERIFY(!closed);
        for (const char *t : { "cases", "case_history", "case_notes", "case_names", "case_fts" })
            QCOMPARE(count(db, t), 0);

        auto ok = repo.createFromJson(parse(R"({"givenName":"A"})"));
        QVERIFY(ok);
        const int historyRows = count(db, "case_history");
        QVERIFY(!repo.updateFromJson(ok->id, parse(R"({"familyName":"B","birthDate":"2026-02-30"})")));
        QCOMPARE(count(db, "case_history"), historyRows);
        QVERIFY(repo.load(ok->id)->familyName.isEmpty());
    }

    void historyRecordsEachField()
    {
        test::TestVault tv;
        CaseRepository repo(tv.vault().database());
        auto created
            = repo.createFromJson(parse(R"({"givenName":"Ana","familyName":"Pop","gender":"female","threat":{"code":"green"}})"));
        QVERIFY(created);
        auto h0 = repo.history(created->id);
        QVERIFY(h0);
        const HistoryEntry *given = find(h0.value(), QStringLiteral("givenName"));
        QVERIFY(given);
        QVERIFY(given->oldValue.isNull());
        QCOMPARE(given->newValue.toString(), QStringLiteral("Ana"));
        QVERIFY(!given->actor.isEmpty());
        QVERIFY(!find(h0.value(), QStringLiteral("minor"))); // empty values of a new case are not listed
        const qsizetype before = h0->size();

        QVERIFY(repo.updateFromJson(created->id, parse(R"({"familyName":"Popescu","gender":"female","threat":{"code":"red"}})")));
        auto h1 = repo.history(created->id);
        QCOMPARE(h1->size(), before + 2); // gender unchanged: no record
        const HistoryEntry *family = find(h1.value(), QStringLiteral("familyName"), before);
        QVERIFY(family);
        QCOMPARE(family->oldValue.toString(), QStringLiteral("Pop"));
        QCOMPARE(family->newValue.toString(), QStringLiteral("Popescu"));
        const HistoryEntry *threat = find(h1.value(), QStringLiteral("threat.code"), before);
        QVERIFY(threat);
        QCOMPARE(threat->oldValue.toString(), QStringLiteral("green"));
        QCOMPARE(threat->newValue.toString(), QStringLiteral("red"));
        QCOMPARE(family->changeId, threat->changeId);
        QVERIFY(family->changeId != given->changeId);

        // An update that changes nothing records nothing.
        QVERIFY(repo.updateFromJson(created->id, parse(R"({"familyName":"Popescu"})")));
        QCOMPARE(repo.history(created->id)->size(), h1->size());

        QVERIFY(repo.addNote(created->id, QStringLiteral("first meeting")));
        auto h2 = repo.history(created->id);
        QCOMPARE(h2->last().field, QStringLiteral("notes"));
        QCOMPARE(h2->last().newValue.toObject().value(QStringLiteral("text")).toString(), QStringLiteral("first meeting"));
        QCOMPARE(repo.load(created->id)->notes.size(), 1);
    }

    void phaseChangesAreRecorded()
    {
        test::TestVault tv;
        CaseRepository repo(tv.vault().database());
        auto c = repo.createFromJson(parse(R"({"givenName":"A","phase":"intake"})"));
        QVERIFY(c);
        QVERIFY(repo.changePhase(c->id, QStringLiteral("placement")));
        const Status refused = repo.changePhase(c->id, QStringLiteral("aftercare"));
        QCOMPARE(refused.error().code(), ErrorCode::Refused);
        QCOMPARE(repo.close(c->id, QString()).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(repo.updateFromJson(c->id, parse(R"({"phase":"closed"})")).error().code(), ErrorCode::InvalidInput);
        QVERIFY(repo.close(c->id, QStringLiteral("moved abroad")));
        auto closed = repo.load(c->id);
        QCOMPARE(closed->phase, QStringLiteral("closed"));
        QCOMPARE(closed->previousPhase, QStringLiteral("placement"));
        QCOMPARE(closed->phaseReason, QStringLiteral("moved abroad"));
        QCOMPARE(repo.reopen(c->id, QString()).error().code(), ErrorCode::InvalidInput);
        QVERIFY(repo.reopen(c->id, QStringLiteral("came back")));
        QCOMPARE(repo.load(c->id)->phase, QStringLiteral("placement"));
        auto h = repo.history(c->id);
        QStringList phases;
        for (const HistoryEntry &e : h.value())
            if (e.field == QLatin1String("phase"))
                phases.append(e.newValue.toString());
        QCOMPARE(phases,
            (QStringList {
                QStringLiteral("intake"), QStringLiteral("placement"), QStringLiteral("closed"), QStringLiteral("placement") }));
    }

    void typedUpdateForTheDesktop()
    {
        test::TestVault tv;
        CaseRepository repo(tv.vault().database());
        auto created = repo.createFromJson(parse(R"({"givenName":"A","phase":"intake"})"));
        auto c = repo.load(created->id);
        QVERIFY(c);
        c->needs = { QStringLiteral("medical") };
        c->tasks.append(CaseTask { QStringLiteral("lawyer"), QDate(2026, 5, 1), QStringLiteral("anna"), false });
        c->notes.append(CaseNote { 0, {}, {}, QStringLiteral("typed note") });
        c->phase = QStringLiteral("placement");
        QVERIFY(repo.update(c.value()));
        auto after = repo.load(created->id);
        QCOMPARE(after->needs, QStringList { QStringLiteral("medical") });
        QCOMPARE(after->tasks.size(), 1);
        QCOMPARE(after->notes.size(), 1);
        QCOMPARE(after->phase, QStringLiteral("placement"));
        after->gender = QStringLiteral("nonsense");
        QCOMPARE(repo.update(after.value()).error().code(), ErrorCode::InvalidInput);
        after->gender.clear();
        after->phase = QStringLiteral("aftercare");
        QCOMPARE(repo.update(after.value()).error().code(), ErrorCode::Refused);
    }

    void seedsDemoCases()
    {
        test::TestVault tv;
        QVERIFY(seedDemoCases(tv.vault()));
        CaseSearch search(tv.vault().database());
        QCOMPARE(search.count({}).value(), 7);
        CaseFilter f;
        f.text = QStringLiteral("lukasz");
        QCOMPARE(search.count(f).value(), 1);
        // Every phase of the life cycle is in the demo, and one case is in danger.
        for (const QString &phase : Phase::order()) {
            CaseFilter byPhase;
            byPhase.phase = phase;
            QVERIFY2(search.count(byPhase).value() >= 1, qPrintable(phase));
        }
        CaseFilter red;
        red.text = QStringLiteral("ozlem");
        const auto found = search.find(red);
        QVERIFY(found.ok() && found->size() == 1);
        QCOMPARE(found->first().threatCode, QStringLiteral("red"));
        // Her case carries visit rules and an open incident against staff, for the danger banner.
        QVERIFY(seedDemoSafety(tv.vault().database()));
        auto rules = VisitRulesRepository(tv.vault().database()).find(found->first().id);
        QVERIFY(rules.ok() && rules.value() && rules.value()->rules.contains(QStringLiteral("two_person_visits")));
        auto incidents = IncidentRepository(tv.vault().database()).forCase(found->first().id);
        QVERIFY(incidents.ok() && incidents->size() == 1);
    }

    void flagsDuplicates()
    {
        test::TestVault tv;
        CaseRepository repo(tv.vault().database());
        auto first = repo.createFromJson(
            parse(R"({"givenName":"Özlem","familyName":"Yılmaz","birthDate":"1995-04-02","aliases":["Lale"]})"));
        QVERIFY(first);
        QVERIFY(first->possibleDuplicates.isEmpty());
        // Same folded name (any order, any case, without diacritics) and birth date.
        auto same = repo.createFromJson(parse(R"({"givenName":"OZLEM","familyName":"Yilmaz","birthDate":"1995-04-02"})"));
        QCOMPARE(same->possibleDuplicates.size(), 1);
        QCOMPARE(same->possibleDuplicates.first().caseId, first->id);
        QCOMPARE(same->possibleDuplicates.first().reason, QStringLiteral("name_and_birth_date"));
        // Same name, other birth date: no flag.
        auto other = repo.createFromJson(parse(R"({"givenName":"Ozlem","familyName":"Yilmaz","birthDate":"1996-04-02"})"));
        QVERIFY(other->possibleDuplicates.isEmpty() || other->possibleDuplicates.size() == 0);
        // An alias matching another case's alias, and an alias matching a name.
        auto byAlias = repo.createFromJson(parse(R"({"aliases":["lale"]})"));
        QCOMPARE(byAlias->possibleDuplicates.size(), 1);
        QCOMPARE(byAlias->possibleDuplicates.first().reason, QStringLiteral("alias"));
        auto aliasName = repo.createFromJson(parse(R"({"aliases":["Yilmaz Ozlem"]})"));
        QCOMPARE(aliasName->possibleDuplicates.size(), 3);
        // Queryable afterwards, both ways.
        auto again = repo.possibleDuplicates(first->id);
        QVERIFY(again);
        QCOMPARE(again->size(), 3); // same, byAlias, aliasName
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "TestCaseRepository.moc"
