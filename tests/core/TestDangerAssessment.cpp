#include "safety/DangerAssessment.h"

#include <QTest>

using namespace vangnet;

Q_DECLARE_METATYPE(vangnet::SecurityLevel)

// The danger table of docs/domain.md, one row per combination that matters: the security level
// each threat code requires, police protection, the one-step raise for a perpetrator who searches
// for or knows where the victim is (never beyond S4), and which combinations count as danger.
class TestDangerAssessment final : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void perpetratorsAreFoldedIn();
    void reasonsNameEachFact();
    void levelCodesRoundTrip();
};

void TestDangerAssessment::table_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("police");
    QTest::addColumn<bool>("searching");
    QTest::addColumn<bool>("knowsLocation");
    QTest::addColumn<bool>("dangerous");
    QTest::addColumn<SecurityLevel>("level");
    QTest::addColumn<int>("reasons");

    QTest::newRow("green") << "green" << false << false << false << false << SecurityLevel::S1 << 0;
    QTest::newRow("orange") << "orange" << false << false << false << false << SecurityLevel::S2 << 0;
    QTest::newRow("red") << "red" << false << false << false << true << SecurityLevel::S3 << 1;
    QTest::newRow("red, upper case") << "RED" << false << false << false << true << SecurityLevel::S3 << 1;
    QTest::newRow("not assessed") << "" << false << false << false << false << SecurityLevel::S1 << 0;
    QTest::newRow("unknown code") << "purple" << false << false << false << false << SecurityLevel::S1 << 0;
    QTest::newRow("green + searching") << "green" << false << true << false << true << SecurityLevel::S2 << 1;
    QTest::newRow("green + knows location") << "green" << false << false << true << true << SecurityLevel::S2 << 1;
    QTest::newRow("green + both: one step") << "green" << false << true << true << true << SecurityLevel::S2 << 2;
    QTest::newRow("orange + searching") << "orange" << false << true << false << true << SecurityLevel::S3 << 1;
    QTest::newRow("red + knows location") << "red" << false << false << true << true << SecurityLevel::S4 << 2;
    QTest::newRow("red + police") << "red" << true << false << false << true << SecurityLevel::S4 << 2;
    QTest::newRow("police alone") << "" << true << false << false << true << SecurityLevel::S4 << 1;
    QTest::newRow("red + police + searching: capped") << "red" << true << true << false << true << SecurityLevel::S4 << 3;
    QTest::newRow("not assessed + searching") << "" << false << true << false << true << SecurityLevel::S2 << 1;
}

void TestDangerAssessment::table()
{
    QFETCH(QString, code);
    QFETCH(bool, police);
    QFETCH(bool, searching);
    QFETCH(bool, knowsLocation);
    QFETCH(bool, dangerous);
    QFETCH(SecurityLevel, level);
    QFETCH(int, reasons);

    DangerFacts facts;
    facts.threatCode = code;
    facts.policeProtection = police;
    facts.perpetratorSearching = searching;
    facts.perpetratorKnowsLocation = knowsLocation;
    const DangerAssessment a = DangerAssessment::assess(facts);
    QCOMPARE(a.isDangerous(), dangerous);
    QCOMPARE(SecurityLevels::code(a.requiredLevel()), SecurityLevels::code(level));
    QCOMPARE(a.reasons().size(), reasons);
    for (const QString &reason : a.reasons())
        QVERIFY(!reason.isEmpty());
}

void TestDangerAssessment::perpetratorsAreFoldedIn()
{
    DangerFacts facts;
    facts.threatCode = QStringLiteral("orange");
    facts.addPerpetrator(false, false);
    QVERIFY(!DangerAssessment::assess(facts).isDangerous());
    facts.addPerpetrator(true, false);
    facts.addPerpetrator(false, false); // a later harmless one does not clear the flag
    const DangerAssessment a = DangerAssessment::assess(facts);
    QVERIFY(a.isDangerous());
    QCOMPARE(a.requiredLevel(), SecurityLevel::S3);
}

void TestDangerAssessment::reasonsNameEachFact()
{
    DangerFacts facts;
    facts.threatCode = QStringLiteral("red");
    facts.policeProtection = true;
    facts.perpetratorSearching = true;
    facts.perpetratorKnowsLocation = true;
    const QStringList reasons = DangerAssessment::assess(facts).reasons();
    QCOMPARE(reasons.size(), 4);
    QVERIFY(reasons.at(0).contains(QStringLiteral("red")));
    QVERIFY(reasons.at(1).contains(QStringLiteral("police")));
    QVERIFY(reasons.at(2).contains(QStringLiteral("searching")));
    QVERIFY(reasons.at(3).contains(QStringLiteral("knows where")));
    QVERIFY(DangerAssessment::emergencyInstruction().contains(QStringLiteral("112")));
}

void TestDangerAssessment::levelCodesRoundTrip()
{
    for (int i = 0; i <= 4; ++i) {
        const auto level = static_cast<SecurityLevel>(i);
        QCOMPARE(SecurityLevels::fromCode(SecurityLevels::code(level)), std::optional<SecurityLevel>(level));
        QVERIFY(!SecurityLevels::description(level).isEmpty());
    }
    QVERIFY(!SecurityLevels::fromCode(QStringLiteral("S5")));
    QCOMPARE(SecurityLevels::raised(SecurityLevel::S4), SecurityLevel::S4);
}

QTEST_GUILESS_MAIN(TestDangerAssessment)
#include "TestDangerAssessment.moc"
