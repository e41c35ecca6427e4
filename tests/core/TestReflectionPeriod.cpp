#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "domain/ReflectionPeriod.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

// The B8 reflection period: a start alone yields the end three months later (end-of-month rule), the
// end can be shortened, never lengthened past three months, and every move of a recorded end is kept
// in the history with its reason.
class TestReflectionPeriod : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }
    static QVector<HistoryEntry> entries(const CaseRepository &repo, const QString &id, const QString &field)
    {
        QVector<HistoryEntry> out;
        const auto history = repo.history(id);
        for (const HistoryEntry &e : history.value())
            if (e.field == field)
                out.append(e);
        return out;
    }
    static int historyRows(Database &db)
    {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM case_history"));
        return n ? n->toInt() : -1;
    }

private slots:
    void latestEndFollowsTheCalendar_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("mid-month") << QDate(2026, 3, 15) << QDate(2026, 6, 15);
        QTest::newRow("30 November, common year") << QDate(2026, 11, 30) << QDate(2027, 2, 28);
        QTest::newRow("30 November, leap year") << QDate(2027, 11, 30) << QDate(2028, 2, 29);
        QTest::newRow("31 January → 30 April") << QDate(2026, 1, 31) << QDate(2026, 4, 30);
        QTest::newRow("over the year end") << QDate(2026, 10, 31) << QDate(2027, 1, 31);
        QTest::newRow("no start") << QDate() << QDate();
    }
    void latestEndFollowsTheCalendar()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QCOMPARE(ReflectionPeriod::latestEnd(start), end);
    }

    void periodProblemsNameTheRule()
    {
        QVERIFY(ReflectionPeriod::problem(QDate(2026, 11, 30), QDate(2027, 2, 28)).isEmpty());
        QVERIFY(ReflectionPeriod::problem(QDate(2026, 11, 30), QDate(2027, 1, 2)).isEmpty());
        QVERIFY(ReflectionPeriod::problem(QDate(2026, 11, 30), QDate()).isEmpty());
        const QString tooLong = ReflectionPeriod::problem(QDate(2026, 11, 30), QDate(2027, 3, 1));
        QVERIFY2(tooLong.contains(QStringLiteral("three months")), qPrintable(tooLong));
        QVERIFY(!ReflectionPeriod::problem(QDate(2026, 11, 30), QDate(2026, 11, 29)).isEmpty());
    }

    void startAloneYieldsTheEnd()
    {
        test::TestVault tv;
        CaseRepository repo(tv.vault().database());
        auto created = repo.createFromJson(parse(R"({"givenName":"A","reflectionStart":"2026-11-30"})"));
        QVERIFY(created);
        auto c = repo.load(created->id);
        QCOMPARE(c->reflectionEnd, QDate(2027, 2, 28));
        // The proposal needs no reason and none is recorded.
        QVERIFY(entries(repo, created->id, QStringLiteral("reflectionEndReason")).isEmpty());
        QCOMPARE(entries(repo, created->id, QStringLiteral("reflectionEnd")).size(), 1);

        // The same for a start given later, in a partial update, and for the typed update.
        auto later = repo.createFromJson(parse(R"({"givenName":"B"})"));
        QVERIFY(repo.updateFromJson(later->id, parse(R"({"reflectionStart":"2027-11-30"})")).ok());
        QCOMPARE(repo.load(later->id)->reflectionEnd, QDate(2028, 2, 29));
        auto typed = repo.createFromJson(parse(R"({"givenName":"C"})"));
        Case t = repo.load(typed->id).value();
        t.reflectionStart = QDate(2026, 3, 15);
        QVERIFY(repo.update(t).ok());
        QCOMPARE(repo.load(typed->id)->reflectionEnd, QDate(2026, 6, 15));
    }

    void shorteningKeepsTheReason()
    {
        test::TestVault tv;
        CaseRepository repo(tv.vault().database());
        auto created = repo.createFromJson(parse(R"({"givenName":"A","reflectionStart":"2026-11-30"})"));
        QVERIFY(created);
        const QString why = QStringLiteral("Police ended the period: report filed");
        QVERIFY(repo.updateFromJson(created->id, parse(R"({"reflectionEnd":"2027-01-15"})"), why).ok());
        QCOMPARE(repo.load(created->id)->reflectionEnd, QDate(2027, 1, 15));
        const auto ends = entries(repo, created->id, QStringLiteral("reflectionEnd"));
        const auto reasons = entries(repo, created->id, QStringLiteral("reflectionEndReason"));
        QCOMPARE(ends.size(), 2);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(ends.last().oldValue.toString(), QStringLiteral("2027-02-28"));
        QCOMPARE(ends.last().newValue.toString(), QStringLiteral("2027-01-15"));
        QCOMPARE(reasons.first().newValue.toString(), why);
        QCOMPARE(reasons.first().changeId, ends.last().changeId); // one change: the move and its reason

        // Back to a later date within the three months (an extension) is allowed, again with a reason.
        QVERIFY(repo.updateFromJson(created->id, parse(R"({"reflectionEnd":"2027-02-20"})"), QStringLiteral("Extended")).ok());
        QCOMPARE(entries(repo, created->id, QStringLiteral("reflectionEndReason")).size(), 2);

        // An early end entered with the start is explained on creation.
        auto early
            = repo.createFromJson(parse(R"({"givenName":"B","reflectionStart":"2026-01-10","reflectionEnd":"2026-02-01"})"),
                QStringLiteral("Short offer"));
        QVERIFY(early);
        QCOMPARE(entries(repo, early->id, QStringLiteral("reflectionEndReason")).first().newValue.toString(),
            QStringLiteral("Short offer"));
    }

    void lengtheningBeyondThreeMonthsIsRefused()
    {
        test::TestVault tv;
        Database &db = tv.vault().database();
        CaseRepository repo(db);
        auto created = repo.createFromJson(parse(R"({"givenName":"A","reflectionStart":"2026-11-30"})"));
        QVERIFY(created);
        const int rows = historyRows(db);
        const Status st
            = repo.updateFromJson(created->id, parse(R"({"reflectionEnd":"2027-03-01"})"), QStringLiteral("More time"));
        QVERIFY(!st);
        QCOMPARE(st.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(st.error().message().contains(QStringLiteral("reflectionEnd")), qPrintable(st.error().message()));
        QVERIFY2(st.error().message().contains(QStringLiteral("at most three months")), qPrintable(st.error().message()));
        QCOMPARE(repo.load(created->id)->reflectionEnd, QDate(2027, 2, 28));
        QCOMPARE(historyRows(db), rows);

        auto tooLong
            = repo.createFromJson(parse(R"({"givenName":"B","reflectionStart":"2026-11-30","reflectionEnd":"2027-03-01"})"));
        QVERIFY(!tooLong);
        QVERIFY(tooLong.error().message().contains(QStringLiteral("at most three months")));
    }

    void movingARecordedEndNeedsAReason()
    {
        test::TestVault tv;
        Database &db = tv.vault().database();
        CaseRepository repo(db);
        auto created = repo.createFromJson(parse(R"({"givenName":"A","reflectionStart":"2026-11-30"})"));
        QVERIFY(created);
        const int rows = historyRows(db);
        Status st = repo.updateFromJson(created->id, parse(R"({"reflectionEnd":"2027-01-01"})"));
        QVERIFY(!st);
        QCOMPARE(st.error().code(), ErrorCode::InvalidInput);
        QVERIFY(st.error().message().contains(QStringLiteral("reason")));
        st = repo.updateFromJson(created->id, parse(R"({"reflectionEnd":"2027-01-01"})"), QStringLiteral("   "));
        QVERIFY(!st);
        // Clearing the end while the start stays brings the proposal back: also a move.
        Case typed = repo.load(created->id).value();
        typed.reflectionEnd = QDate(2027, 1, 1);
        QVERIFY(repo.update(typed, QStringLiteral("Shortened")).ok());
        typed = repo.load(created->id).value();
        typed.reflectionEnd = QDate();
        QVERIFY(!repo.update(typed));
        QCOMPARE(repo.load(created->id)->reflectionEnd, QDate(2027, 1, 1));
        QCOMPARE(historyRows(db), rows + 2);

        // A reason with nothing to explain is refused rather than kept out of context.
        st = repo.updateFromJson(created->id, parse(R"({"familyName":"B"})"), QStringLiteral("Why not"));
        QVERIFY(!st);
        QVERIFY(repo.load(created->id)->familyName.isEmpty());
        QVERIFY(!repo.createFromJson(parse(R"({"givenName":"C","reflectionStart":"2026-01-10"})"), QStringLiteral("Why")));
        // Other fields change freely without one.
        QVERIFY(repo.updateFromJson(created->id, parse(R"({"familyName":"B"})")).ok());
    }
};

QTEST_GUILESS_MAIN(TestReflectionPeriod)
#include "TestReflectionPeriod.moc"
