#include "CaseTestData.h"
#include "TestVault.h"
#include "cases/CaseListModel.h"
#include "domain/Codes.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

// The lazy case list: passes QAbstractItemModelTester while paging, sorts and filters through
// CaseSearch, and shows days left and the next deadline.
class TestCaseListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTesterWhilePaging();
    void sortsThroughSearch();
    void filtersAndSearchesFolded();
    void showsDeadlines();
    void clearDropsEverything();

private:
    static void fetchAll(CaseListModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    std::unique_ptr<TestVault> m_vault;
    QDate m_today;
};

void TestCaseListModel::initTestCase()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(m_vault->vault().isOpen());
    m_today = QDate::currentDate();
    Database &db = m_vault->vault().database();
    static const QStringList phases = { QStringLiteral("signal"), QStringLiteral("intake"), QStringLiteral("reflection") };
    for (int i = 0; i < 247; ++i) {
        Case c
            = makeCase(QStringLiteral("Person%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Testcase"), phases.at(i % 3));
        c.region = i % 2 ? QStringLiteral("Utrecht") : QStringLiteral("Zwolle");
        QVERIFY(!createCase(db, c).isEmpty());
    }
    Case ozlem = makeCase(QStringLiteral("Özlem"), QStringLiteral("Ærøskøbing"), QStringLiteral("reflection"));
    ozlem.reflectionStart = m_today.addDays(-80);
    ozlem.reflectionEnd = m_today.addDays(5);
    ozlem.exploitationForms = { QStringLiteral("labour") };
    QVERIFY(!createCase(db, ozlem).isEmpty());
    Case overdue = makeCase(QStringLiteral("Aart"), QStringLiteral("Achterstal"), QStringLiteral("trajectory"));
    overdue.tasks
        = { CaseTask { QStringLiteral("health_insurance"), m_today.addDays(-3), QStringLiteral("coordinator-a"), false } };
    QVERIFY(!createCase(db, overdue).isEmpty());
    Case alias = makeCase(QString(), QString(), QStringLiteral("signal"));
    alias.aliases = { QStringLiteral("Roosje") };
    QVERIFY(!createCase(db, alias).isEmpty());
}

void TestCaseListModel::passesModelTesterWhilePaging()
{
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&m_vault->vault().database());
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    // Resets and sorting under the tester too.
    model.setQuery(QStringLiteral("person01"));
    QCOMPARE(model.rowCount(), 10); // Person010 … Person019
    model.setQuery(QString());
    model.sort(CaseListModel::NameColumn, Qt::AscendingOrder);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 250);
}

void TestCaseListModel::sortsThroughSearch()
{
    CaseListModel model;
    model.setDatabase(&m_vault->vault().database());
    const auto number = [&model](int row) { return model.index(row, CaseListModel::NumberColumn).data().toString(); };
    // Default: newest number first.
    QVERIFY(number(0) > number(1));
    model.sort(CaseListModel::NumberColumn, Qt::AscendingOrder);
    QVERIFY(number(0) < number(1));
    model.sort(CaseListModel::ReflectionColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("Özlem Ærøskøbing"));
    model.sort(CaseListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("Aart Achterstal"));
    // An order CaseSearch does not offer keeps the current one.
    model.sort(CaseListModel::RegionColumn, Qt::AscendingOrder);
    QCOMPARE(model.sortOrder(), CaseSort::FamilyNameAsc);
    QVERIFY(!CaseListModel::canSort(CaseListModel::RegionColumn, Qt::AscendingOrder));
}

void TestCaseListModel::filtersAndSearchesFolded()
{
    CaseListModel model;
    model.setDatabase(&m_vault->vault().database());
    model.setQuery(QStringLiteral("ozlem aeroskobing"));
    QCOMPARE(model.rowCount(), 1);
    model.setQuery(QStringLiteral("ÖZL"));
    QCOMPARE(model.rowCount(), 1);
    model.setQuery(QStringLiteral("roosje"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("(alias only)"));

    CaseFilter filter;
    filter.phase = QStringLiteral("reflection");
    filter.region = QStringLiteral("Zwolle");
    model.setFilter(filter);
    fetchAll(model);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, CaseListModel::PhaseColumn).data().toString(),
            Codes::label(CodeKind::Phase, QStringLiteral("reflection")));
        QCOMPARE(model.index(row, CaseListModel::RegionColumn).data().toString(), QStringLiteral("Zwolle"));
    }
    QVERIFY(model.rowCount() > 30);

    CaseFilter combined;
    combined.text = QStringLiteral("person");
    combined.phase = QStringLiteral("signal");
    combined.exploitationForm = QStringLiteral("labour");
    model.setFilter(combined);
    QCOMPARE(model.rowCount(), 0);

    CaseFilter ending;
    ending.reflectionEndingWithinDays = 7;
    model.setFilter(ending);
    QCOMPARE(model.rowCount(), 1);
    CaseFilter overdue;
    overdue.overdueTasks = true;
    model.setFilter(overdue);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("Aart Achterstal"));

    QSignalSpy failed(&model, &CaseListModel::queryFailed);
    CaseFilter bad;
    bad.phase = QStringLiteral("nonsense");
    model.setFilter(bad);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.size(), 1);
}

void TestCaseListModel::showsDeadlines()
{
    CaseListModel model;
    model.setDatabase(&m_vault->vault().database());
    model.setQuery(QStringLiteral("ozlem"));
    QCOMPARE(model.index(0, CaseListModel::ReflectionColumn).data().toInt(), 5);
    QVERIFY(!model.index(0, CaseListModel::DeadlineColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, CaseListModel::DeadlineColumn).data(CaseListModel::OverdueRole).toBool());
    model.setQuery(QStringLiteral("achterstal"));
    QVERIFY(model.index(0, CaseListModel::DeadlineColumn).data(CaseListModel::OverdueRole).toBool());
    QVERIFY(model.index(0, CaseListModel::DeadlineColumn).data(Qt::ForegroundRole).isValid());
}

void TestCaseListModel::clearDropsEverything()
{
    CaseListModel model;
    model.setDatabase(&m_vault->vault().database());
    QVERIFY(model.rowCount() > 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestCaseListModel)
#include "TestCaseListModel.moc"
