#include "safety/DangerBanner.h"

#include <QAccessible>
#include <QLabel>
#include <QSignalSpy>
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
    void alertsScreenReadersWhenItAppears();
};

namespace {
// What the accessibility layer was told; the handler is a plain function pointer.
QList<std::pair<QObject *, QAccessible::Event>> g_events;
void recordEvent(QAccessibleEvent *event)
{
    g_events.append({ event->object(), event->type() });
}
int alertsFor(QObject *object)
{
    return int(std::count_if(g_events.cbegin(), g_events.cend(),
        [object](const auto &e) { return e.first == object && e.second == QAccessible::Alert; }));
}
} // namespace

void TestDangerBanner::alertsScreenReadersWhenItAppears()
{
    QAccessible::setActive(true);
    QAccessible::installUpdateHandler(&recordEvent);
    g_events.clear();
    QWidget host;
    auto *banner = new DangerBanner(&host);
    // The offscreen platform has no accessibility bridge, so Qt drops the event before the handler
    // (QAccessible::isActive() is false); the alert is then counted by the signal sent with it.
    QSignalSpy raised(banner, &DangerBanner::alertRaised);
    const auto alertsFor
        = [&raised](QObject *object) { return QAccessible::isActive() ? ::alertsFor(object) : int(raised.count()); };
    host.show();
    DangerFacts calm;
    calm.threatCode = QStringLiteral("green");
    banner->setAssessment(DangerAssessment::assess(calm));
    QCOMPARE(alertsFor(banner), 0);

    DangerFacts red;
    red.threatCode = QStringLiteral("red");
    banner->setAssessment(DangerAssessment::assess(red));
    QVERIFY(banner->isVisible());
    QCOMPARE(alertsFor(banner), 1);
    // What a screen reader reads with the alert: the instruction and the level, never a bare colour.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(iface);
    QVERIFY(iface->text(QAccessible::Name).size() > 0);
    QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("112")));
    QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("S3")));

    // Visit rules arriving for the same person: no second alarm.
    VisitRules rules;
    rules.rules = { QStringLiteral("two_person_visits") };
    banner->setVisitRules(rules);
    QCOMPARE(alertsFor(banner), 1);
    // Another dangerous case (other reasons): announced again; cleared and back: announced again.
    DangerFacts searching;
    searching.threatCode = QStringLiteral("orange");
    searching.addPerpetrator(false, true);
    banner->setAssessment(DangerAssessment::assess(searching));
    QCOMPARE(alertsFor(banner), 2);
    banner->clear();
    QVERIFY(!banner->isVisible());
    banner->setAssessment(DangerAssessment::assess(red));
    QCOMPARE(alertsFor(banner), 3);
    QAccessible::installUpdateHandler(nullptr);
}

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
