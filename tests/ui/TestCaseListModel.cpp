#include "CaseTestData.h"
#include "TestVault.h"
#include "cases/CaseListModel.h"
#include "cases/DangerMarks.h"
#include "domain/Codes.h"
#include "shelters/ShelterCodes.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace vangnet;
using namespace vangnet::test;

namespace {

// Runs until the worker's cancel check or the vault's lock stops it: a query "in flight".
const QString kEndlessQuery
    = QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n");

// The model answers on the worker thread: wait for the search in flight (events keep running).
bool settled(const CaseListModel &model, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (model.isSearching() || model.isFetching()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(1);
    }
    return true;
}

// Scrolls to the end, as a view would: fetchMore until canFetchMore() is false.
bool fetchAll(CaseListModel &model)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (!settled(model))
            return false;
        if (!model.canFetchMore({}))
            return true;
        model.fetchMore({});
        if (model.canFetchMore({})) // one page at a time
            return false;
    }
    return false;
}

} // namespace

// The lazy case list: queries on a worker thread, passes QAbstractItemModelTester while paging,
// sorts and filters through CaseSearch, drops stale results, stops at lock, and shows days left and
// the next deadline.
class TestCaseListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTesterWhilePaging();
    void sortsThroughSearch();
    void filtersAndSearchesFolded();
    void showsDeadlines();
    void showsDangerAtAGlance();
    void clearDropsEverything();
    void keepsRowsWhileSearching();
    void staleGenerationsAreDropped();
    void failingQueryReportsWhy();
    void clearWhileAQueryRuns();
    void vaultLockWhileAQueryRuns();
    void reloadShowsAWrite();

private:
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
    ozlem.threat.code = QStringLiteral("red");
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
    model.setVault(&m_vault->vault());
    QVERIFY(model.isSearching());
    QVERIFY(!model.canFetchMore({})); // not before the count is known
    QVERIFY(settled(model));
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(model.isFetching());
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(CaseListModel::ColumnCount));
    // Resets and sorting under the tester too.
    model.setQuery(QStringLiteral("person01"));
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 10); // Person010 … Person019
    model.setQuery(QString());
    model.sort(CaseListModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 250);
}

void TestCaseListModel::sortsThroughSearch()
{
    CaseListModel model;
    model.setVault(&m_vault->vault());
    QVERIFY(settled(model));
    const auto number = [&model](int row) { return model.index(row, CaseListModel::NumberColumn).data().toString(); };
    // Default: newest number first.
    QVERIFY(number(0) > number(1));
    model.sort(CaseListModel::NumberColumn, Qt::AscendingOrder);
    QVERIFY(settled(model));
    QVERIFY(number(0) < number(1));
    model.sort(CaseListModel::ReflectionColumn, Qt::AscendingOrder);
    QVERIFY(settled(model));
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("Özlem Ærøskøbing"));
    model.sort(CaseListModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(settled(model));
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("Aart Achterstal"));
    // An order CaseSearch does not offer keeps the current one (and runs no query).
    model.sort(CaseListModel::RegionColumn, Qt::AscendingOrder);
    QVERIFY(!model.isSearching());
    QCOMPARE(model.sortOrder(), CaseSort::FamilyNameAsc);
    QVERIFY(!CaseListModel::canSort(CaseListModel::RegionColumn, Qt::AscendingOrder));
}

void TestCaseListModel::filtersAndSearchesFolded()
{
    CaseListModel model;
    model.setVault(&m_vault->vault());
    model.setQuery(QStringLiteral("ozlem aeroskobing"));
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    model.setQuery(QStringLiteral("ÖZL"));
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    model.setQuery(QStringLiteral("roosje"));
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("(alias only)"));

    CaseFilter filter;
    filter.phase = QStringLiteral("reflection");
    filter.region = QStringLiteral("Zwolle");
    model.setFilter(filter);
    QVERIFY(fetchAll(model));
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
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 0);

    CaseFilter ending;
    ending.reflectionEndingWithinDays = 7;
    model.setFilter(ending);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    CaseFilter overdue;
    overdue.overdueTasks = true;
    model.setFilter(overdue);
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("Aart Achterstal"));
}

void TestCaseListModel::showsDeadlines()
{
    CaseListModel model;
    model.setVault(&m_vault->vault());
    model.setQuery(QStringLiteral("ozlem"));
    QVERIFY(settled(model));
    QCOMPARE(model.index(0, CaseListModel::ReflectionColumn).data().toInt(), 5);
    QVERIFY(!model.index(0, CaseListModel::DeadlineColumn).data().toString().isEmpty());
    QVERIFY(!model.index(0, CaseListModel::DeadlineColumn).data(CaseListModel::OverdueRole).toBool());
    model.setQuery(QStringLiteral("achterstal"));
    QVERIFY(settled(model));
    QVERIFY(model.index(0, CaseListModel::DeadlineColumn).data(CaseListModel::OverdueRole).toBool());
    QVERIFY(model.index(0, CaseListModel::DeadlineColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(0, CaseListModel::DeadlineColumn)
                .data()
                .toString()
                .contains(Codes::label(CodeKind::TaskKind, QStringLiteral("health_insurance"))));
}

// Issue #13 item 4: the threat as icon and word, a reflection period ending within 14 days with an
// icon and bold figures; nothing of it for a case without an assessment or with time left.
void TestCaseListModel::showsDangerAtAGlance()
{
    CaseListModel model;
    model.setVault(&m_vault->vault());
    model.setQuery(QStringLiteral("ozlem"));
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex threat = model.index(0, CaseListModel::ThreatColumn);
    QCOMPARE(threat.data().toString(), Codes::label(CodeKind::ThreatCode, QStringLiteral("red")));
    QVERIFY(!threat.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(threat.data(Qt::ToolTipRole).toString().contains(QLatin1String("112")));
    QVERIFY(threat.data(Qt::FontRole).value<QFont>().bold());
    const QModelIndex reflection = model.index(0, CaseListModel::ReflectionColumn);
    QVERIFY(!reflection.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(reflection.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.headerData(CaseListModel::ThreatColumn, Qt::Horizontal).toString(), CaseListModel::tr("Threat"));
    // Red: the required security level S3, as text with an icon and its meaning in words.
    const QModelIndex level = model.index(0, CaseListModel::LevelColumn);
    QCOMPARE(level.data().toString(), QStringLiteral("S3"));
    QVERIFY(!level.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(level.data(Qt::ToolTipRole).toString().contains(ShelterCodes::levelLabel(3)));
    QVERIFY(level.data(Qt::FontRole).value<QFont>().bold());
    // The danger columns sort the most dangerous first, and only that way.
    QVERIFY(CaseListModel::canSort(CaseListModel::ThreatColumn, Qt::DescendingOrder));
    QVERIFY(!CaseListModel::canSort(CaseListModel::ThreatColumn, Qt::AscendingOrder));
    QVERIFY(CaseListModel::canSort(CaseListModel::LevelColumn, Qt::DescendingOrder));
    model.sort(CaseListModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), CaseSort::RequiredLevelDesc);
    QCOMPARE(CaseListModel::sortColumn(model.sortOrder()), int(CaseListModel::LevelColumn));
    model.sort(CaseListModel::ThreatColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), CaseSort::ThreatDesc);
    QVERIFY(settled(model));
    model.sort(CaseListModel::NumberColumn, Qt::DescendingOrder);
    QVERIFY(settled(model));

    // Sixteen days left: no longer "soon".
    model.setToday(m_today.addDays(-11));
    QVERIFY(settled(model));
    QCOMPARE(model.index(0, CaseListModel::ReflectionColumn).data().toInt(), 16);
    QVERIFY(model.index(0, CaseListModel::ReflectionColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.index(0, CaseListModel::ReflectionColumn).data(Qt::FontRole).isValid());
    model.setToday(m_today);
    QVERIFY(settled(model));

    model.setQuery(QStringLiteral("achterstal"));
    QVERIFY(settled(model));
    const QModelIndex none = model.index(0, CaseListModel::ThreatColumn);
    QCOMPARE(none.data().toString(), DangerMarks::tr("Not assessed"));
    QVERIFY(none.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!none.data(Qt::FontRole).isValid());
}

void TestCaseListModel::clearDropsEverything()
{
    CaseListModel model;
    model.setVault(&m_vault->vault());
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(m_vault->vault().openReaderCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(m_vault->vault().openReaderCount(), 0); // the worker's connection is closed
}

void TestCaseListModel::keepsRowsWhileSearching()
{
    std::atomic<bool> hold { false };
    std::atomic<bool> held { false };
    CaseListModel model;
    model.loader()->setBeforeQueryHook([&](Database &) {
        while (hold) {
            held = true;
            QThread::msleep(1);
        }
    });
    model.setVault(&m_vault->vault());
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QSignalSpy searching(&model, &CaseListModel::searchingChanged);
    hold = true;
    model.setQuery(QStringLiteral("ozlem"));
    QTRY_VERIFY(held.load());
    // Typing does not wait for the database, and the previous rows stay until the new ones are in.
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(searching.size(), 1);
    QCOMPARE(searching.at(0).at(0).toBool(), true);
    hold = false;
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(searching.size(), 2);
    QCOMPARE(searching.at(1).at(0).toBool(), false);
}

void TestCaseListModel::staleGenerationsAreDropped()
{
    std::atomic<int> calls { 0 };
    std::atomic<bool> running { false };
    CaseListModel model;
    // The first search runs "forever": only its generation becoming stale stops it.
    model.loader()->setBeforeQueryHook([&](Database &db) {
        if (calls++ == 0) {
            running = true;
            (void)db.scalar(kEndlessQuery); // ends as interrupted
        }
    });
    model.setVault(&m_vault->vault());
    QTRY_VERIFY(running.load());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy failed(&model, &CaseListModel::queryFailed);
    // Fast typing: three newer generations while the first is still running.
    model.setQuery(QStringLiteral("p"));
    model.setQuery(QStringLiteral("person01"));
    model.setQuery(QStringLiteral("ozl"));
    QVERIFY(settled(model));
    // Only the newest result was shown, the stopped one is not reported as a failure.
    QCOMPARE(resets.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CaseListModel::NameColumn).data().toString(), QStringLiteral("Özlem Ærøskøbing"));
    QVERIFY(calls <= 4);
    // A page of an older generation is dropped as well.
    model.setQuery(QString());
    QVERIFY(settled(model));
    model.fetchMore({});
    model.setQuery(QStringLiteral("person0"));
    QVERIFY(!model.isFetching());
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QCOMPARE(model.totalCount(), 100); // Person000 … Person099
}

void TestCaseListModel::failingQueryReportsWhy()
{
    CaseListModel model;
    QSignalSpy failed(&model, &CaseListModel::queryFailed);
    model.setVault(&m_vault->vault());
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() > 0);
    CaseFilter bad;
    bad.phase = QStringLiteral("nonsense");
    model.setFilter(bad);
    QVERIFY(settled(model));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(
        failed.at(0).at(0).toString().startsWith(QStringLiteral("Unknown phase")), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    // A locked vault has no reader to give: said so, and the list stays empty.
    TestVault locked;
    locked.vault().lock();
    CaseListModel other;
    QSignalSpy otherFailed(&other, &CaseListModel::queryFailed);
    other.setVault(&locked.vault());
    QCOMPARE(otherFailed.size(), 1);
    QVERIFY2(otherFailed.at(0).at(0).toString().contains(QStringLiteral("cannot read the vault")),
        qPrintable(otherFailed.at(0).at(0).toString()));
    QVERIFY(!other.isSearching());
    QCOMPARE(other.rowCount(), 0);
}

void TestCaseListModel::clearWhileAQueryRuns()
{
    std::atomic<bool> running { false };
    CaseListModel model;
    model.loader()->setBeforeQueryHook([&](Database &db) {
        running = true;
        (void)db.scalar(kEndlessQuery);
    });
    model.setVault(&m_vault->vault());
    QTRY_VERIFY(running.load());
    QElapsedTimer timer;
    timer.start();
    model.clear(); // Lock: stops the statement, ends the thread, closes the reader
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_vault->vault().openReaderCount(), 0);
    QVERIFY(!model.isSearching());
    QCOMPARE(model.rowCount(), 0);
    QTest::qWait(20); // nothing arrives afterwards
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseListModel::vaultLockWhileAQueryRuns()
{
    // The vault's own promise, even if a list were not cleared first: lock() stops the worker's
    // statement, waits for it and closes the reader before it wipes the key.
    TestVault tv;
    QVERIFY(!createCase(tv.vault().database(), makeCase(QStringLiteral("Eén"), QStringLiteral("Geval"))).isEmpty());
    std::atomic<bool> running { false };
    CaseListModel model;
    model.loader()->setBeforeQueryHook([&](Database &db) {
        running = true;
        (void)db.scalar(kEndlessQuery);
    });
    model.setVault(&tv.vault());
    QTRY_VERIFY(running.load());
    QElapsedTimer timer;
    timer.start();
    tv.vault().lock();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!tv.vault().holdsKeyMaterial());
    QCOMPARE(tv.vault().openReaderCount(), 0);
    QTest::qWait(20); // the worker's queries ended without a result to show
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseListModel::reloadShowsAWrite()
{
    TestVault tv;
    Database &db = tv.vault().database();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!createCase(db, makeCase(QStringLiteral("Vroeger%1").arg(i), QStringLiteral("Geval"))).isEmpty());
    CaseListModel model;
    model.setVault(&tv.vault());
    QVERIFY(settled(model));
    QCOMPARE(model.totalCount(), 3);
    // Saved through the vault's own connection while the worker's reader is open (WAL).
    const QString id = createCase(db, makeCase(QStringLiteral("Nieuw"), QStringLiteral("Geschreven")));
    QVERIFY(!id.isEmpty());
    model.reload();
    QVERIFY(settled(model));
    QCOMPARE(model.totalCount(), 4);
    QVERIFY(model.rowOfCase(id) >= 0);
    model.setQuery(QStringLiteral("geschreven"));
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.caseIdAt(0), id);
    // And a change to it.
    auto loaded = CaseRepository(db).load(id);
    QVERIFY(loaded.ok());
    Case changed = loaded.value();
    changed.familyName = QStringLiteral("Herschreven");
    QVERIFY(CaseRepository(db).update(changed).ok());
    model.reload();
    QVERIFY(settled(model));
    QCOMPARE(model.rowCount(), 0);
    model.setQuery(QStringLiteral("herschreven"));
    QVERIFY(settled(model));
    QCOMPARE(model.caseIdAt(0), id);
}

QTEST_MAIN(TestCaseListModel)
#include "TestCaseListModel.moc"
