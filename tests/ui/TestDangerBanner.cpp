#include "safety/DangerBanner.h"

#include <QLabel>
#include <QTest>

using namespace vangnet;

// The danger banner: hidden without danger, shown with the 112 instruction, the reasons, the
// required level and the visit rules when there is, hidden again when cleared.
class TestDangerBanner final : public QObject
{
    Q_OBJECT

private slots:
    void hiddenWithoutDanger();
    void showsInstructionReasonsLevelAndRules();
    void clearHides();
};

void TestDangerBanner::hiddenWithoutDanger()
{
    QWidget host;
    auto *banner = new DangerBanner(&host);
    host.show();
    QVERIFY(!banner->isVisible());
    DangerFacts facts;
    facts.threatCode = QStringLiteral("orange");
    banner->setAssessment(DangerAssessment::assess(facts));
    QVERIFY(!banner->isVisible());
}

void TestDangerBanner::showsInstructionReasonsLevelAndRules()
{
    QWidget host;
    auto *banner = new DangerBanner(&host);
    host.show();
    DangerFacts facts;
    facts.threatCode = QStringLiteral("orange");
    facts.addPerpetrator(false, true);
    banner->setAssessment(DangerAssessment::assess(facts));
    VisitRules rules;
    rules.rules = { QStringLiteral("two_person_visits"), QStringLiteral("meet_at_police_station") };
    rules.note = QStringLiteral("Call the team first");
    banner->setVisitRules(rules);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->findChild<QLabel *>(QStringLiteral("dangerHeadline"))->text().contains(QStringLiteral("112")));
    QVERIFY(banner->findChild<QLabel *>(QStringLiteral("dangerReasons"))->text().contains(QStringLiteral("actively searching")));
    QVERIFY(banner->findChild<QLabel *>(QStringLiteral("dangerLevel"))->text().contains(QStringLiteral("S3")));
    const QString visit = banner->findChild<QLabel *>(QStringLiteral("dangerVisitRules"))->text();
    QVERIFY(visit.contains(QStringLiteral("two staff members")));
    QVERIFY(visit.contains(QStringLiteral("police station")));
    QVERIFY(visit.contains(QStringLiteral("Call the team first")));
}

void TestDangerBanner::clearHides()
{
    QWidget host;
    auto *banner = new DangerBanner(&host);
    host.show();
    DangerFacts facts;
    facts.threatCode = QStringLiteral("red");
    banner->setAssessment(DangerAssessment::assess(facts));
    QVERIFY(banner->isVisible());
    banner->clear();
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->findChild<QLabel *>(QStringLiteral("dangerReasons"))->text().isEmpty());
}

QTEST_MAIN(TestDangerBanner)
#include "TestDangerBanner.moc"
