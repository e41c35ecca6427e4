#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "cases/Deadlines.h"

#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void listsTypedRowsByDate()
    {
        test::TestVault tv;
        Database &db = tv.vault().database();
        CaseRepository repo(db);
        const auto add = [&repo](const char *json) {
            auto c = repo.createFromJson(QJsonDocument::fromJson(QByteArray(json)).object());
            return c ? c->number : QString();
        };
        const QString a
            = add(R"({"givenName":"A","phase":"reflection","reflectionStart":"2026-01-15","reflectionEnd":"2026-04-10",
                               "threat":{"code":"red","reviewDate":"2026-04-01"}})");
        const QString b
            = add(R"({"givenName":"B","tasks":[{"kind":"lawyer","due":"2026-03-20"},{"kind":"benefits","due":"2026-05-01"},
                               {"kind":"health_insurance","due":"2026-03-01","done":true}]})");
        const QString c
            = add(R"({"givenName":"C","phase":"trajectory","reflectionStart":"2025-10-01","reflectionEnd":"2025-12-31"})");
        const QString d = add(R"({"givenName":"D","tasks":[{"kind":"lawyer","due":"2026-03-22"}]})");
        QVERIFY(repo.close(d, QStringLiteral("done")));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

        auto rows = Deadlines::upcoming(db, 14, QDate(2026, 3, 28));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).kind, DeadlineKind::TaskDue);
        QCOMPARE(rows->at(0).caseNumber, b);
        QCOMPARE(rows->at(0).taskKind, QStringLiteral("lawyer"));
        QCOMPARE(rows->at(0).taskIndex, 0);
        QVERIFY(rows->at(0).overdue);
        QCOMPARE(rows->at(0).daysLeft, -8);
        QCOMPARE(rows->at(1).kind, DeadlineKind::ThreatReview);
        QCOMPARE(rows->at(1).date, QDate(2026, 4, 1));
        QCOMPARE(rows->at(2).kind, DeadlineKind::ReflectionEnds);
        QCOMPARE(rows->at(2).caseNumber, a);
        QCOMPARE(rows->at(2).daysLeft, 13);
        QVERIFY(!rows->at(2).overdue);

        auto wide = Deadlines::upcoming(db, 60, QDate(2026, 3, 28));
        QCOMPARE(wide->size(), 4); // + benefits on 1 May; case C's old reflection end is past placement
        QCOMPARE(Deadlines::kindCode(wide->last().kind), QStringLiteral("task_due"));
        QVERIFY(!Deadlines::upcoming(db, -1, QDate(2026, 3, 28)));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "TestDeadlines.moc"
