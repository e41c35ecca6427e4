#include "CaseTestData.h"
#include "TestVault.h"
#include "cases/DeadlinesView.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

// The deadlines view lists reflection periods ending, tasks due and overdue, and opens the case.
class TestDeadlinesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEndingReflectionPeriod();
};

void TestDeadlinesView::listsEndingReflectionPeriod()
{
    TestVault vault;
    Database &db = vault.vault().database();
    const QDate today = QDate::currentDate();
    Case ending = makeCase(QStringLiteral("Bedenk"), QStringLiteral("Tijd"), QStringLiteral("reflection"));
    ending.reflectionStart = today.addDays(-85);
    ending.reflectionEnd = today.addDays(4);
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
    view.setDatabase(&db);
    view.show();
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("deadlinesTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2); // within 14 days: the overdue task and the ending period
    const QString number = CaseRepository(db).load(endingId)->number;
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 2)->text() == number)
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Reflection period ends"));
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("4 day(s)"));
    // The overdue task comes first and is red.
    QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("overdue")));
    QCOMPARE(table->item(0, 0)->foreground().color(), QColor(0xb0, 0x00, 0x20));
    // No names anywhere in the view.
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            QVERIFY(!table->item(r, c)->text().contains(QStringLiteral("Bedenk")));

    QSignalSpy open(&view, &DeadlinesView::openCaseRequested);
    table->setFocus();
    table->setCurrentCell(row, 2);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), endingId);
    const QRect cell = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 2);

    view.clear();
    QCOMPARE(table->rowCount(), 0);
}

QTEST_MAIN(TestDeadlinesView)
#include "TestDeadlinesView.moc"
