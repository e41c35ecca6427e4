#include "TestVault.h"
#include "cases/CaseListQueries.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "cases/TextFolding.h"
#include "placement/SecurityOverrideStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

// Full-text search (folded, prefix), filters and paging of the case list.
class TestCaseSearch : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }
    static QStringList numbers(const Result<QVector<CaseSummary>> &rows)
    {
        QStringList out;
        if (rows)
            for (const CaseSummary &s : rows.value())
                out.append(s.number.right(4));
        return out;
    }

    // Every plan of CaseSearch, each of which must give the same rows: as chosen, text probed and
    // filters walked, text scanned per case while walking, text scanned with the filters' indexes.
    struct PlanSetting
    {
        const char *name;
        int driveLimit;
        int filterWalkLimit;
        bool scanText;
    };
    static QVector<PlanSetting> plans()
    {
        return { { "chosen", CaseSearch::DriveLimit, CaseSearch::FilterWalkLimit, false }, { "probe, walk", 0, 0, false },
            { "scan, walk", 0, 0, true }, { "scan, filter indexes", 0, 1000000, true }, { "drive", 1000000, 1000000, false } };
    }
    CaseSearch searchWith(const PlanSetting &p) const
    {
        CaseSearch search(m_vault->vault().database(), m_today);
        search.setDriveLimit(p.driveLimit);
        search.setFilterWalkLimit(p.filterWalkLimit);
        search.setScanText(p.scanText);
        return search;
    }

    std::unique_ptr<test::TestVault> m_vault;
    const QDate m_today { 2026, 3, 1 };

private slots:
    void folding_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("umlaut") << QStringLiteral("Özlem") << QStringLiteral("ozlem");
        QTest::newRow("stroke l") << QStringLiteral("Łukasz") << QStringLiteral("lukasz");
        QTest::newRow("o slash") << QStringLiteral("Bjørn") << QStringLiteral("bjorn");
        QTest::newRow("sharp s") << QStringLiteral("Strauß") << QStringLiteral("strauss");
        QTest::newRow("dotless i") << QStringLiteral("Yılmaz") << QStringLiteral("yilmaz");
        QTest::newRow("d stroke") << QStringLiteral("Đorđe") << QStringLiteral("dorde");
        QTest::newRow("ae oe thorn") << QStringLiteral("Æsa Œuvre Þór") << QStringLiteral("aesa oeuvre thor");
        QTest::newRow("vietnamese") << QStringLiteral("Nguyễn Thị") << QStringLiteral("nguyen thi");
        QTest::newRow("ligature fi") << QStringLiteral("ﬁne") << QStringLiteral("fine");
    }

    void folding()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TextFolding::fold(in), out);
    }

    void initTestCase()
    {
        m_vault = std::make_unique<test::TestVault>();
        CaseRepository repo(m_vault->vault().database());
        const char *cases[] = {
            // 0001
            R"({"givenName":"Özlem","familyName":"Kaya","phase":"reflection","exploitationForms":["sexual"],"region":"Utrecht",
                "coordinator":"anna","reflectionStart":"2026-01-01","reflectionEnd":"2026-03-10","threat":{"code":"red"}})",
            // 0002
            R"({"givenName":"Łukasz","familyName":"Nowak","phase":"placement","exploitationForms":["labour"],"region":"Zeeland",
                "coordinator":"bram","tasks":[{"kind":"lawyer","due":"2026-02-01"}]})",
            // 0003
            R"({"aliases":["Ozzy"],"phase":"intake","exploitationForms":["labour","criminal"],"region":"Utrecht","coordinator":"anna",
                "threat":{"code":"red"},
                "tasks":[{"kind":"benefits","due":"2026-02-01","done":true}],
                "notes":[{"text":"Works in a greenhouse near Westland, speaks some English"}]})",
            // 0004
            R"({"givenName":"Maria","familyName":"Özdemir","phase":"reflection","exploitationForms":["sexual"],"region":"Utrecht",
                "coordinator":"bram","reflectionStart":"2026-02-20","reflectionEnd":"2026-05-20","tasks":[{"kind":"lawyer","due":"2026-02-27"}]})",
        };
        for (const char *c : cases) {
            auto created = repo.createFromJson(parse(QByteArray(c)));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        }
        for (int i = 5; i <= 30; ++i)
            QVERIFY(repo.createFromJson(
                parse(QByteArray(R"({"givenName":"Filler","familyName":"Person)") + QByteArray::number(i) + "\"}")));
        QVERIFY(repo.addNote(QStringLiteral("VN-") + QString::number(QDate::currentDate().year()) + QStringLiteral("-0002"),
            QStringLiteral("Met the lawyer in Vlissingen")));
    }

    void diacriticsAndPrefix_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("ozlem finds Özlem") << "ozlem" << QStringList { QStringLiteral("0001") };
        QTest::newRow("OZLEM upper") << "OZLEM" << QStringList { QStringLiteral("0001") };
        QTest::newRow("lukasz finds Łukasz") << "lukasz" << QStringList { QStringLiteral("0002") };
        QTest::newRow("Łuk as typed") << "Łuk" << QStringList { QStringLiteral("0002") };
        QTest::newRow("ozl prefix") << "ozl" << QStringList { QStringLiteral("0001") };
        QTest::newRow("oz prefix: names and alias")
            << "oz" << QStringList { QStringLiteral("0004"), QStringLiteral("0003"), QStringLiteral("0001") };
        QTest::newRow("note word") << "greenhouse" << QStringList { QStringLiteral("0003") };
        QTest::newRow("added note") << "vlissingen" << QStringList { QStringLiteral("0002") };
        QTest::newRow("two words") << "maria ozd" << QStringList { QStringLiteral("0004") };
        QTest::newRow("no match") << "zzzz" << QStringList {};
        QTest::newRow("punctuation only") << "\"*()" << QStringList {};
        QTest::newRow("fts syntax is inert") << "ozlem OR nowak" << QStringList {};
    }

    void diacriticsAndPrefix()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        CaseFilter f;
        f.text = query;
        for (const PlanSetting &p : plans()) {
            const CaseSearch search = searchWith(p);
            auto rows = search.find(f);
            QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message()));
            QVERIFY2(numbers(rows) == expected, p.name);
            QCOMPARE(search.count(f).value(), expected.size());
            auto capped = search.count(f, 1000);
            QCOMPARE(capped->count, expected.size());
            QVERIFY(!capped->capped);
        }
    }

    void cappedCount()
    {
        CaseSearch search(m_vault->vault().database(), m_today);
        const auto check = [&](const CaseFilter &f, int cap, int count, bool capped) {
            auto n = search.count(f, cap);
            QVERIFY2(n, n ? "" : qPrintable(n.error().message()));
            QCOMPARE(n->count, count);
            QCOMPARE(n->capped, capped);
        };
        CaseFilter all;
        check(all, 29, 29, true);
        check(all, 30, 30, false);
        check(all, 1000, 30, false);
        CaseFilter text; // names, alias: three cases
        text.text = QStringLiteral("oz");
        check(text, 2, 2, true);
        check(text, 3, 3, false);
        CaseFilter filtered;
        filtered.region = QStringLiteral("Utrecht");
        check(filtered, 1, 1, true);
        check(filtered, 3, 3, false);
        filtered.text = QStringLiteral("oz");
        check(filtered, 2, 2, true);
        check(filtered, 5, 3, false);
        check(all, 0, 0, true);
        CaseFilter none;
        none.text = QStringLiteral("zzzz");
        check(none, 0, 0, false);
        QCOMPARE(search.count(all, -1).error().code(), ErrorCode::InvalidInput);
        CaseFilter bad;
        bad.phase = QStringLiteral("limbo");
        QCOMPARE(search.count(bad, 10).error().code(), ErrorCode::InvalidInput);
    }

    void searchIndexHoldsEachWordOnce()
    {
        test::TestVault tv;
        Database &db = tv.vault().database();
        auto created = CaseRepository(db).createFromJson(parse(R"({"givenName":"Repeat","familyName":"Repeat",
            "notes":[{"text":"Kas kas KAS, kas."},{"text":"kas and kassa"}]})"));
        QVERIFY(created);
        auto q = db.prepare(QStringLiteral("SELECT f.body FROM case_fts f JOIN cases c ON c.doc = f.docid WHERE c.id = ?"));
        QVERIFY(q);
        q->bind(1, created->id);
        QVERIFY(q->step().value());
        const QStringList words = q->text(0).split(QLatin1Char(' '));
        QCOMPARE(words.count(QStringLiteral("kas")), 1);
        QCOMPARE(words.count(QStringLiteral("repeat")), 1);
        QVERIFY(words.contains(QStringLiteral("kassa")));
        CaseFilter f;
        f.text = QStringLiteral("kas");
        QCOMPARE(CaseSearch(db, m_today).count(f).value(), 1);
        f.text = QStringLiteral("kassa repeat");
        QCOMPARE(CaseSearch(db, m_today).count(f).value(), 1);
    }

    void staleCountNeverChangesRows()
    {
        // A CaseSearch remembers how many cases a text matched to choose find()'s plan; cases
        // written afterwards may make that figure wrong, the rows never.
        test::TestVault tv;
        Database &db = tv.vault().database();
        CaseRepository repo(db);
        for (int i = 0; i < 2; ++i)
            QVERIFY(repo.createFromJson(parse(R"({"givenName":"Alpha","familyName":"Early"})")));
        CaseSearch search(db, m_today);
        search.setDriveLimit(3);
        CaseFilter f;
        f.text = QStringLiteral("alpha");
        QCOMPARE(search.count(f).value(), 2); // remembered: fewer than 3, so the matches would drive
        QCOMPARE(search.find(f)->size(), 2);
        for (int i = 0; i < 4; ++i)
            QVERIFY(repo.createFromJson(parse(R"({"givenName":"Alpha","familyName":"Late"})")));
        QCOMPARE(search.find(f)->size(), 6);
        QCOMPARE(search.find(f, CaseSort::FamilyNameAsc, 1, 10)->size(), 5);
        QCOMPARE(search.count(f).value(), 6); // counts are never taken from memory
        QCOMPARE(search.count(f, 4)->count, 4);
    }

    void filterChoicesAreDistinctAndSorted()
    {
        // The coordinator and region filters offer each non-empty value once, sorted without regard to
        // case; they are read by seeking value after value in the column's index.
        test::TestVault vault;
        CaseRepository repo(vault.vault().database());
        const char *cases[] = { R"({"aliases":["X"],"coordinator":"bram","region":"Zeeland"})",
            R"({"aliases":["X"],"coordinator":"anna","region":"utrecht"})",
            R"({"aliases":["X"],"coordinator":"Carla","region":"Utrecht"})",
            R"({"aliases":["X"],"coordinator":"anna","region":"Zeeland"})", R"({"aliases":["X"],"coordinator":"","region":""})",
            R"({"givenName":"Nobody"})" };
        for (const char *c : cases) {
            auto created = repo.createFromJson(parse(QByteArray(c)));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
        }
        auto coordinators = CaseListQueries::coordinators(vault.vault().database());
        QVERIFY(coordinators);
        QCOMPARE(coordinators.value(), (QStringList { QStringLiteral("anna"), QStringLiteral("bram"), QStringLiteral("Carla") }));
        auto regions = CaseListQueries::regions(vault.vault().database());
        QVERIFY(regions);
        QCOMPARE(regions.value().size(), 3);
        QCOMPARE(regions.value().last(), QStringLiteral("Zeeland"));
        QVERIFY(regions.value().contains(QStringLiteral("utrecht")) && regions.value().contains(QStringLiteral("Utrecht")));
        auto shared = CaseListQueries::coordinators(m_vault->vault().database());
        QVERIFY(shared);
        QCOMPARE(shared.value(), (QStringList { QStringLiteral("anna"), QStringLiteral("bram") }));
    }

    void everyOrderReadsAnIndex_data()
    {
        QTest::addColumn<CaseSort>("sort");
        QTest::newRow("number desc") << CaseSort::NumberDesc;
        QTest::newRow("number asc") << CaseSort::NumberAsc;
        QTest::newRow("updated") << CaseSort::UpdatedDesc;
        QTest::newRow("family name") << CaseSort::FamilyNameAsc;
        QTest::newRow("reflection end") << CaseSort::ReflectionEndAsc;
        QTest::newRow("threat") << CaseSort::ThreatDesc;
        QTest::newRow("required level") << CaseSort::RequiredLevelDesc;
    }

    void everyOrderReadsAnIndex()
    {
        // A page of the whole list is read in the order's index, never sorted whole (at 100,000
        // cases a sort reads every case row for every page).
        QFETCH(CaseSort, sort);
        auto plan = m_vault->vault().database().prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM cases c ORDER BY ")
            + CaseSearch::orderClause(sort) + QStringLiteral(" LIMIT 10"));
        QVERIFY(plan);
        QStringList steps;
        while (plan->step().value())
            steps.append(plan->text(3));
        QVERIFY2(
            !steps.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")), qPrintable(steps.join(QLatin1Char('\n'))));
    }

    void ordersWithText()
    {
        // Every plan gives the rows, in order, of looking every match up and sorting.
        CaseFilter text;
        text.text = QStringLiteral("p"); // the 26 "Person" fillers
        CaseFilter filtered = text;
        filtered.phase = QStringLiteral("signal"); // the fillers' phase
        CaseFilter filterOnly;
        filterOnly.phase = QStringLiteral("signal");
        const auto sorts = { CaseSort::NumberDesc, CaseSort::NumberAsc, CaseSort::UpdatedDesc, CaseSort::FamilyNameAsc,
            CaseSort::ReflectionEndAsc, CaseSort::ThreatDesc, CaseSort::RequiredLevelDesc };
        for (const CaseFilter &f : { text, filtered, filterOnly }) {
            for (const CaseSort sort : sorts) {
                const CaseSearch drive = searchWith(plans().last());
                for (const PlanSetting &p : plans()) {
                    const CaseSearch other = searchWith(p);
                    for (const int offset : { 0, 3, 24 }) {
                        auto a = drive.find(f, sort, offset, 5);
                        auto b = other.find(f, sort, offset, 5);
                        QVERIFY(a && b);
                        QVERIFY(!a->isEmpty());
                        QVERIFY2(numbers(b) == numbers(a), p.name);
                    }
                }
            }
        }
    }

    void filtersCombine()
    {
        for (const PlanSetting &p : plans()) {
            const CaseSearch search = searchWith(p);
            CaseFilter f;
            f.region = QStringLiteral("Utrecht");
            QCOMPARE(numbers(search.find(f)),
                (QStringList { QStringLiteral("0004"), QStringLiteral("0003"), QStringLiteral("0001") }));
            f.exploitationForm = QStringLiteral("sexual");
            QCOMPARE(numbers(search.find(f)), (QStringList { QStringLiteral("0004"), QStringLiteral("0001") }));
            f.coordinator = QStringLiteral("anna");
            QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0001") });
            QCOMPARE(search.count(f).value(), 1);
            f = {};
            f.phase = QStringLiteral("reflection");
            f.reflectionEndingWithinDays = 14;
            QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0001") });
            f = {};
            f.overdueTasks = true;
            QCOMPARE(numbers(search.find(f)), (QStringList { QStringLiteral("0004"), QStringLiteral("0002") }));
            QCOMPARE(search.count(f).value(), 2);
            f.text = QStringLiteral("nowak");
            QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0002") });
            f = {};
            f.text = QStringLiteral("oz");
            f.exploitationForm = QStringLiteral("labour");
            QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0003") });
            f = {};
            f.text = QStringLiteral("oz");
            f.region = QStringLiteral("Utrecht");
            QCOMPARE(numbers(search.find(f)),
                (QStringList { QStringLiteral("0004"), QStringLiteral("0003"), QStringLiteral("0001") }));
            QCOMPARE(search.count(f).value(), 3);
            f.phase = QStringLiteral("reflection");
            QCOMPARE(
                numbers(search.find(f, CaseSort::NumberAsc)), (QStringList { QStringLiteral("0001"), QStringLiteral("0004") }));
            QCOMPARE(search.count(f).value(), 2);
            // Danger at a glance: the red cases, with other filters and text too.
            f = {};
            f.threatCode = QStringLiteral("red");
            QCOMPARE(numbers(search.find(f)), (QStringList { QStringLiteral("0003"), QStringLiteral("0001") }));
            QCOMPARE(search.count(f).value(), 2);
            QCOMPARE(search.count(f, 1000)->count, 2);
            f.exploitationForm = QStringLiteral("sexual");
            QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0001") });
            f.exploitationForm.clear();
            f.text = QStringLiteral("ozzy");
            QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0003") });
            f = {};
            f.threatCode = QStringLiteral("orange");
            QVERIFY(search.find(f)->isEmpty());
            f.threatCode = QStringLiteral("purple");
            QCOMPARE(search.find(f).error().code(), ErrorCode::InvalidInput);
            f = {};
            f.phase = QStringLiteral("limbo");
            QCOMPARE(search.find(f).error().code(), ErrorCode::InvalidInput);
            f = {};
            f.exploitationForm = QStringLiteral("slavery");
            QCOMPARE(search.count(f).error().code(), ErrorCode::InvalidInput);
        }
    }

    void dangerOrdersAndLevelFilter()
    {
        // The most dangerous first, by threat or by the required security level in force (derived
        // from the threat and the perpetrators, or set by hand), and "level S3 or higher".
        test::TestVault vault;
        Database &db = vault.vault().database();
        CaseRepository repo(db);
        const char *cases[] = {
            R"({"givenName":"Green","phase":"intake","threat":{"code":"green"}})", // 1: S1
            R"({"givenName":"Orange","phase":"intake","threat":{"code":"orange"},
                "perpetrators":[{"alias":"X","knowsLocation":true}]})", // 2: S2 + 1 = S3
            R"({"givenName":"Red","phase":"intake","threat":{"code":"red"}})", // 3: S3
            R"({"givenName":"None","phase":"intake"})", // 4: not assessed, S1
            R"({"givenName":"Police","phase":"intake","threat":{"code":"red","policeProtection":true}})", // 5: S4
        };
        QStringList ids;
        for (const char *c : cases) {
            auto created = repo.createFromJson(parse(QByteArray(c)));
            QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
            ids.append(created->id);
        }
        const auto levels = [&](const CaseFilter &f = {}) {
            QStringList out;
            const auto found = CaseSearch(db, m_today).find(f, CaseSort::RequiredLevelDesc);
            for (const CaseSummary &s : found.value())
                out.append(s.givenName + QLatin1Char('=') + QString::number(s.requiredLevel));
            return out;
        };
        for (const PlanSetting &p : plans()) {
            CaseSearch search(db, m_today);
            search.setDriveLimit(p.driveLimit);
            search.setFilterWalkLimit(p.filterWalkLimit);
            search.setScanText(p.scanText);
            QCOMPARE(numbers(search.find({}, CaseSort::ThreatDesc)),
                (QStringList { QStringLiteral("0005"), QStringLiteral("0003"), QStringLiteral("0002"), QStringLiteral("0001"),
                    QStringLiteral("0004") }));
            QCOMPARE(numbers(search.find({}, CaseSort::RequiredLevelDesc)),
                (QStringList { QStringLiteral("0005"), QStringLiteral("0003"), QStringLiteral("0002"), QStringLiteral("0004"),
                    QStringLiteral("0001") }));
            CaseFilter atLeast;
            atLeast.minRequiredLevel = 3;
            QCOMPARE(numbers(search.find(atLeast)),
                (QStringList { QStringLiteral("0005"), QStringLiteral("0003"), QStringLiteral("0002") }));
            QCOMPARE(search.count(atLeast).value(), 3);
            atLeast.text = QStringLiteral("orange");
            QCOMPARE(numbers(search.find(atLeast)), QStringList { QStringLiteral("0002") });
        }
        QCOMPARE(levels(),
            (QStringList { QStringLiteral("Police=4"), QStringLiteral("Red=3"), QStringLiteral("Orange=3"),
                QStringLiteral("None=1"), QStringLiteral("Green=1") }));

        // A level set by hand counts, survives an edit of the case, and its removal brings back the derived one.
        QVERIFY(SecurityOverrideStore(db).set(ids.at(0), 4, QStringLiteral("Exploiter seen near the shelter")));
        CaseFilter top;
        top.minRequiredLevel = 4;
        QCOMPARE(levels(top), (QStringList { QStringLiteral("Police=4"), QStringLiteral("Green=4") }));
        QVERIFY(repo.updateFromJson(ids.at(0), parse(R"({"region":"Zeeland"})")));
        QCOMPARE(levels(top), (QStringList { QStringLiteral("Police=4"), QStringLiteral("Green=4") }));
        QVERIFY(SecurityOverrideStore(db).clear(ids.at(0)));
        QCOMPARE(levels(top), QStringList { QStringLiteral("Police=4") });
        // An edit of the threat facts moves the derived level.
        QVERIFY(repo.updateFromJson(ids.at(1), parse(R"({"perpetrators":[{"alias":"X","knowsLocation":false}]})")));
        QCOMPARE(levels(),
            (QStringList { QStringLiteral("Police=4"), QStringLiteral("Red=3"), QStringLiteral("Orange=2"),
                QStringLiteral("None=1"), QStringLiteral("Green=1") }));
        CaseFilter wrong;
        wrong.minRequiredLevel = 5;
        QCOMPARE(CaseSearch(db, m_today).find(wrong).error().code(), ErrorCode::InvalidInput);
    }

    void pagesAndSorts()
    {
        CaseSearch search(m_vault->vault().database(), m_today);
        QCOMPARE(search.count({}).value(), 30);
        auto first = search.find({}, CaseSort::NumberDesc, 0, 10);
        auto second = search.find({}, CaseSort::NumberDesc, 10, 10);
        auto last = search.find({}, CaseSort::NumberDesc, 25, 10);
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().number.right(4), QStringLiteral("0030"));
        QCOMPARE(second->first().number.right(4), QStringLiteral("0020"));
        QCOMPARE(last->size(), 5);
        QCOMPARE(last->last().number.right(4), QStringLiteral("0001"));
        auto asc = search.find({}, CaseSort::NumberAsc, 0, 1);
        QCOMPARE(asc->first().number.right(4), QStringLiteral("0001"));
        auto byEnd = search.find({}, CaseSort::ReflectionEndAsc, 0, 2);
        QCOMPARE(numbers(byEnd), (QStringList { QStringLiteral("0001"), QStringLiteral("0004") }));
        auto byName = search.find({}, CaseSort::FamilyNameAsc, 0, 1);
        QCOMPARE(byName->first().familyName, QStringLiteral("Kaya"));
        QCOMPARE(first->first().givenName, QStringLiteral("Filler"));
    }
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "TestCaseSearch.moc"
