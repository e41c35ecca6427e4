#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "cases/TextFolding.h"

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
                "coordinator":"anna","reflectionStart":"2026-01-01","reflectionEnd":"2026-03-10"})",
            // 0002
            R"({"givenName":"Łukasz","familyName":"Nowak","phase":"placement","exploitationForms":["labour"],"region":"Zeeland",
                "coordinator":"bram","tasks":[{"kind":"lawyer","due":"2026-02-01"}]})",
            // 0003
            R"({"aliases":["Ozzy"],"phase":"intake","exploitationForms":["labour","criminal"],"region":"Utrecht","coordinator":"anna",
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
        CaseSearch search(m_vault->vault().database(), m_today);
        auto rows = search.find(f);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message()));
        QCOMPARE(numbers(rows), expected);
        QCOMPARE(search.count(f).value(), expected.size());
    }

    void filtersCombine()
    {
        CaseSearch search(m_vault->vault().database(), m_today);
        CaseFilter f;
        f.region = QStringLiteral("Utrecht");
        QCOMPARE(
            numbers(search.find(f)), (QStringList { QStringLiteral("0004"), QStringLiteral("0003"), QStringLiteral("0001") }));
        f.exploitationForm = QStringLiteral("sexual");
        QCOMPARE(numbers(search.find(f)), (QStringList { QStringLiteral("0004"), QStringLiteral("0001") }));
        f.coordinator = QStringLiteral("anna");
        QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0001") });
        f = {};
        f.phase = QStringLiteral("reflection");
        f.reflectionEndingWithinDays = 14;
        QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0001") });
        f = {};
        f.overdueTasks = true;
        QCOMPARE(numbers(search.find(f)), (QStringList { QStringLiteral("0004"), QStringLiteral("0002") }));
        f.text = QStringLiteral("nowak");
        QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0002") });
        f = {};
        f.text = QStringLiteral("oz");
        f.exploitationForm = QStringLiteral("labour");
        QCOMPARE(numbers(search.find(f)), QStringList { QStringLiteral("0003") });
        f = {};
        f.phase = QStringLiteral("limbo");
        QCOMPARE(search.find(f).error().code(), ErrorCode::InvalidInput);
        f = {};
        f.exploitationForm = QStringLiteral("slavery");
        QCOMPARE(search.count(f).error().code(), ErrorCode::InvalidInput);
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
