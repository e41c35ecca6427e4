#include "FakeClock.h"
#include "safety/IdleLockPolicy.h"

#include <QTest>

using namespace vangnet;
using namespace std::chrono_literals;

// Auto-lock timing with a fake clock: the timeout, activity resetting it, and the promise that
// sleep never stretches it (a wall-clock jump locks at the next tick although the monotonic
// clock did not move), nor does a clock set backwards.
class TestIdleLockPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsFiveMinutes();
    void locksAfterIdleTime();
    void activityResets();
    void sleepLocksAtNextTick();
    void wallClockSetBackDoesNotStretch();
    void settingIsANumberOfMinutes_data();
    void settingIsANumberOfMinutes();
};

void TestIdleLockPolicy::defaultIsFiveMinutes()
{
    test::FakeClock clock;
    IdleLockPolicy policy(clock);
    QCOMPARE(policy.timeout(), std::chrono::milliseconds(5min));
    QCOMPARE(IdleLockPolicy::settingsKey(), QStringLiteral("safety/autoLockMinutes"));
}

void TestIdleLockPolicy::locksAfterIdleTime()
{
    test::FakeClock clock;
    IdleLockPolicy policy(clock, 5min);
    for (int second = 1; second < 300; ++second) {
        clock.advance(1000);
        QVERIFY2(!policy.shouldLock(), qPrintable(QString::number(second)));
    }
    clock.advance(1000);
    QVERIFY(policy.shouldLock());
}

void TestIdleLockPolicy::activityResets()
{
    test::FakeClock clock;
    IdleLockPolicy policy(clock, 5min);
    clock.advance(4 * 60 * 1000);
    policy.activity();
    clock.advance(4 * 60 * 1000);
    QVERIFY(!policy.shouldLock());
    QCOMPARE(policy.idleTime(), std::chrono::milliseconds(4min));
    clock.advance(60 * 1000);
    QVERIFY(policy.shouldLock());
    policy.reset();
    QVERIFY(!policy.shouldLock());
}

void TestIdleLockPolicy::sleepLocksAtNextTick()
{
    test::FakeClock clock;
    IdleLockPolicy policy(clock, 5min);
    clock.advance(1000);
    QVERIFY(!policy.shouldLock());
    // Ten minutes of suspend: only the wall clock moved.
    clock.sleep(10 * 60 * 1000);
    clock.advance(1000); // the first tick after wake-up
    QVERIFY(policy.shouldLock());
    QVERIFY(policy.idleTime() >= 10min);
}

void TestIdleLockPolicy::wallClockSetBackDoesNotStretch()
{
    test::FakeClock clock;
    IdleLockPolicy policy(clock, 5min);
    clock.setWall(clock.now().addSecs(-3600));
    clock.advance(5 * 60 * 1000);
    QVERIFY(policy.shouldLock());
}

void TestIdleLockPolicy::settingIsANumberOfMinutes_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("minutes");
    QTest::newRow("absent") << QVariant() << 5;
    QTest::newRow("number") << QVariant(10) << 10;
    QTest::newRow("text number") << QVariant(QStringLiteral("2")) << 2;
    QTest::newRow("zero") << QVariant(0) << 5;
    QTest::newRow("negative") << QVariant(-3) << 5;
    QTest::newRow("too large") << QVariant(100000) << 5;
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << 5;
}

void TestIdleLockPolicy::settingIsANumberOfMinutes()
{
    QFETCH(QVariant, value);
    QFETCH(int, minutes);
    QCOMPARE(IdleLockPolicy::timeoutFromSetting(value).count(), minutes);
}

QTEST_GUILESS_MAIN(TestIdleLockPolicy)
#include "TestIdleLockPolicy.moc"
