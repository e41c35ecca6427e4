#include "CaseTestData.h"
#include "TestVault.h"
#include "cases/DeadlineListModel.h"
#include "cases/DeadlinesView.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

// The deadlines view lists reflection periods ending, tasks due and overdue, and opens the case.
// It reads in the background over its own connection, which a stop (Lock) closes at once.
class TestDeadlinesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEndingReflectionPeriod();
    void refreshesInTheBackgroundAndStops();
    void readsOnlyInSight();
};

void TestDeadlinesView::listsEndingReflectionPeriod()
{
    TestVault vault;
    Database &db = vault.vault().database();
    const QDate today = QDate::currentDate();
    Case ending = makeCase(QStringLiteral("Bedenk"), QStringLiteral("Tijd"), QStringLiteral("reflection"));
    ending.reflectionStart = today.addDays(-85);
    ending.reflectionEnd = today.addDays(4);
    ending.threat.code = QStringLiteral("orange");
    const QString endingId = createCase(db, ending);
    Case late = makeCase(QStringLiteral("Taak"), QStringLiteral("Telaat"), QStringLiteral("trajectory"));
    late.tasks = { CaseTask { QStringLiteral("benefits"), today.addDays(-2), QStringLiteral("coordinator-a"), false } };
    createCase(db, late);
    Case far = makeCase(QStringLiteral("Ver"), QStringLiteral("Weg"), QStringLiteral("reflection"));
    far.reflectionStart = today.addDays(-10);
    far.reflectionEnd = today.addDays(60);
    createCase(db, far);

    DeadlinesView view;
    view.setToday(today);
    view.setVault(&vault.vault());
    view.show();
    auto *table = view.findChild<QTableView *>(QStringLiteral("deadlinesTable"));
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(model->rowCount(), 2); // within 14 days: the overdue task and the ending period
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    const QString number = CaseRepository(db).load(endingId)->number;
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (text(r, DeadlineListModel::CaseColumn) == number)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(text(row, DeadlineListModel::WhatColumn), QStringLiteral("Reflection period ends"));
    QCOMPARE(text(row, DeadlineListModel::DaysLeftColumn), QStringLiteral("4 day(s)"));
    // Danger at a glance: the threat as icon and word; the period ending within 14 days in bold
    // with a warning icon beside its date.
    QCOMPARE(text(row, DeadlineListModel::ThreatColumn), QStringLiteral("Orange"));
    QVERIFY(!model->index(row, DeadlineListModel::ThreatColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model->index(row, DeadlineListModel::DateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(row, DeadlineListModel::DateColumn).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(text(row, DeadlineListModel::LevelColumn), QStringLiteral("S2")); // orange: shielded address
    QVERIFY(!model->index(row, DeadlineListModel::LevelColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->index(row, DeadlineListModel::LevelColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("S2")));
    QCOMPARE(text(1 - row, DeadlineListModel::ThreatColumn), QStringLiteral("Not assessed"));
    QCOMPARE(text(1 - row, DeadlineListModel::LevelColumn), QStringLiteral("S1")); // not assessed: as green
    QVERIFY(model->index(1 - row, DeadlineListModel::ThreatColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    // The overdue task comes first and is red.
    QVERIFY(text(0, DeadlineListModel::DaysLeftColumn).contains(QStringLiteral("overdue")));
    QCOMPARE(model->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    // No names anywhere in the view.
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!text(r, c).contains(QStringLiteral("Bedenk")));

    QSignalSpy open(&view, &DeadlinesView::openCaseRequested);
    table->setFocus();
    table->setCurrentIndex(model->index(row, DeadlineListModel::CaseColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), endingId);
    const QRect cell = table->visualRect(model->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 2);

    // A longer period finds the far one too; a new case shows after a refresh.
    view.findChild<QSpinBox *>(QStringLiteral("deadlineDaysSpin"))->setValue(90);
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(model->rowCount(), 3);
    for (int r = 0; r < model->rowCount(); ++r) // sixty days left: not highlighted
        if (text(r, DeadlineListModel::DaysLeftColumn) == QStringLiteral("60 day(s)"))
            QVERIFY(model->index(r, DeadlineListModel::DateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

    view.clear();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(vault.vault().openReaderCount(), 0);
}

void TestDeadlinesView::refreshesInTheBackgroundAndStops()
{
    TestVault vault;
    Database &db = vault.vault().database();
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 30; ++i) {
        Case c = makeCase(QStringLiteral("Taak%1").arg(i), QStringLiteral("Geval"), QStringLiteral("trajectory"));
        c.tasks = { CaseTask { QStringLiteral("benefits"), today.addDays(i % 10 - 3), QStringLiteral("coordinator-a"), false } };
        QVERIFY(!createCase(db, c).isEmpty());
    }
    DeadlinesView view;
    view.setVault(&vault.vault());
    QVERIFY(view.isLoading()); // the window goes on meanwhile
    QTRY_VERIFY(!view.isLoading());
    auto *table = view.findChild<QTableView *>(QStringLiteral("deadlinesTable"));
    QCOMPARE(table->model()->rowCount(), 30);
    QCOMPARE(vault.vault().openReaderCount(), 0); // each load closes its connection

    // Stopped in the middle (Lock): returns at once, the connection closed, nothing arrives later.
    view.refresh();
    QElapsedTimer timer;
    timer.start();
    view.stop();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!view.isLoading());
    QCOMPARE(vault.vault().openReaderCount(), 0);
    view.clear();
    QTest::qWait(20);
    QCOMPARE(table->model()->rowCount(), 0);

    // A locked vault: nothing to read, nothing shown.
    vault.vault().lock();
    view.setVault(&vault.vault());
    QVERIFY(!view.isLoading());
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestDeadlinesView::readsOnlyInSight()
{
    // Behind the case list's tab the view reads nothing (at unlock and after every save); shown, it
    // reads what it missed, once.
    TestVault vault;
    Case c = makeCase(QStringLiteral("Taak"), QStringLiteral("Geval"), QStringLiteral("trajectory"));
    c.tasks
        = { CaseTask { QStringLiteral("benefits"), QDate::currentDate().addDays(-1), QStringLiteral("coordinator-a"), false } };
    QVERIFY(!createCase(vault.vault().database(), c).isEmpty());
    DeadlinesView view;
    view.setInSight(false);
    view.setVault(&vault.vault());
    view.refresh();
    QVERIFY(!view.isLoading());
    QTest::qWait(50);
    auto *table = view.findChild<QTableView *>(QStringLiteral("deadlinesTable"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(vault.vault().openReaderCount(), 0);
    view.setInSight(true);
    QVERIFY(view.isLoading());
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(table->model()->rowCount(), 1);
    view.setInSight(false);
    view.setInSight(true); // nothing missed: nothing read
    QVERIFY(!view.isLoading());

    // Cleared (a lock) while out of sight: nothing is read when it comes back into sight.
    view.setInSight(false);
    view.refresh();
    view.clear();
    view.setInSight(true);
    QVERIFY(!view.isLoading());
}

QTEST_MAIN(TestDeadlinesView)
#include "TestDeadlinesView.moc"
