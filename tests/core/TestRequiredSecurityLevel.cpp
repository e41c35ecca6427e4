#include "domain/Case.h"
#include "placement/RequiredSecurityLevel.h"

#include <QTest>

using namespace vangnet;

class TestRequiredSecurityLevel : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("police");
        QTest::addColumn<bool>("searching");
        QTest::addColumn<bool>("knows");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("reasonCount");
        QTest::newRow("no assessment: as green") << QString() << false << false << false << 1 << 1;
        QTest::newRow("green") << QStringLiteral("green") << false << false << false << 1 << 1;
        QTest::newRow("orange") << QStringLiteral("orange") << false << false << false << 2 << 1;
        QTest::newRow("red") << QStringLiteral("red") << false << false << false << 3 << 1;
        QTest::newRow("police") << QString() << true << false << false << 4 << 1;
        QTest::newRow("red + police") << QStringLiteral("red") << true << false << false << 4 << 1;
        QTest::newRow("green + searching") << QStringLiteral("green") << false << true << false << 2 << 2;
        QTest::newRow("orange + knows") << QStringLiteral("orange") << false << false << true << 3 << 2;
        QTest::newRow("red + searching") << QStringLiteral("red") << false << true << false << 4 << 2;
        QTest::newRow("red + both: one step") << QStringLiteral("red") << false << true << true << 4 << 2;
        QTest::newRow("green + both: one step") << QStringLiteral("green") << false << true << true << 2 << 2;
        QTest::newRow("police + searching stays S4") << QStringLiteral("orange") << true << true << false << 4 << 2;
        QTest::newRow("no assessment + knows") << QString() << false << false << true << 2 << 2;
    }

    void table()
    {
        QFETCH(QString, code);
        QFETCH(bool, police);
        QFETCH(bool, searching);
        QFETCH(bool, knows);
        QFETCH(int, level);
        QFETCH(int, reasonCount);
        ThreatFacts f;
        f.code = code;
        f.policeProtection = police;
        f.perpetratorSearching = searching;
        f.perpetratorKnowsLocation = knows;
        const RequiredLevel r = RequiredSecurityLevel::derive(f);
        QCOMPARE(r.level, level);
        QCOMPARE(r.derivedLevel, level);
        QVERIFY(!r.overridden);
        QCOMPARE(r.reasons.size(), reasonCount);
        for (const QString &reason : r.reasons)
            QVERIFY(!reason.isEmpty());
    }

    void noAssessmentReason()
    {
        const RequiredLevel r = RequiredSecurityLevel::derive(ThreatFacts {});
        QCOMPARE(r.level, 1);
        QVERIFY(r.reasons.first().contains(QStringLiteral("No threat assessment recorded")));
    }

    // Any perpetrator's flags raise the level, not only the threat assessment's.
    void perpetratorFlagsFromCase()
    {
        Case c;
        c.threat.code = QStringLiteral("orange");
        Perpetrator quiet;
        quiet.alias = QStringLiteral("A");
        Perpetrator searching;
        searching.alias = QStringLiteral("B");
        searching.activelySearching = true;
        c.perpetrators = { quiet, searching };
        const ThreatFacts f = RequiredSecurityLevel::factsFromCase(c);
        QVERIFY(f.perpetratorSearching);
        QVERIFY(!f.perpetratorKnowsLocation);
        QCOMPARE(RequiredSecurityLevel::derive(f).level, 3);
    }

    void manualOverride()
    {
        ThreatFacts f;
        f.code = QStringLiteral("green");
        const RequiredLevel derived = RequiredSecurityLevel::derive(f);
        const RequiredLevel r = RequiredSecurityLevel::withOverride(
            derived, SecurityOverride { 3, QStringLiteral("ex-partner seen near the school"), {}, {} });
        QCOMPARE(r.level, 3);
        QCOMPARE(r.derivedLevel, 1);
        QVERIFY(r.overridden);
        QCOMPARE(r.overrideReason, QStringLiteral("ex-partner seen near the school"));
        QCOMPARE(r.reasons.size(), derived.reasons.size() + 1);
        QVERIFY(r.reasons.last().contains(QStringLiteral("ex-partner seen near the school")));
        QCOMPARE(RequiredSecurityLevel::withOverride(derived, std::nullopt).level, 1);
    }

    void overrideNeedsAReason()
    {
        QVERIFY(!RequiredSecurityLevel::validateOverride(3, QString()));
        QVERIFY(!RequiredSecurityLevel::validateOverride(3, QStringLiteral("   ")));
        QVERIFY(!RequiredSecurityLevel::validateOverride(5, QStringLiteral("reason")));
        QVERIFY(!RequiredSecurityLevel::validateOverride(-1, QStringLiteral("reason")));
        QVERIFY(RequiredSecurityLevel::validateOverride(0, QStringLiteral("reason")));
        QCOMPARE(RequiredSecurityLevel::validateOverride(3, QString()).error().code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestRequiredSecurityLevel)
#include "TestRequiredSecurityLevel.moc"
