#include "domain/Phase.h"

#include <QTest>

using namespace vangnet;

class TestPhase : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("expected"); // -1 ok, else ErrorCode
        const int ok = -1;
        const int refused = int(ErrorCode::Refused);
        const int invalid = int(ErrorCode::InvalidInput);
        QTest::newRow("signal→intake") << "signal"
                                       << "intake"
                                       << ""
                                       << "" << ok;
        QTest::newRow("intake→reflection") << "intake"
                                           << "reflection"
                                           << ""
                                           << "" << ok;
        QTest::newRow("intake→placement (skip reflection)") << "intake"
                                                            << "placement"
                                                            << ""
                                                            << "" << ok;
        QTest::newRow("placement→intake (back over skipped)") << "placement"
                                                              << "intake"
                                                              << ""
                                                              << "" << ok;
        QTest::newRow("reflection→intake (back)") << "reflection"
                                                  << "intake"
                                                  << ""
                                                  << "" << ok;
        QTest::newRow("trajectory→aftercare") << "trajectory"
                                              << "aftercare"
                                              << ""
                                              << "" << ok;
        QTest::newRow("aftercare→trajectory (back)") << "aftercare"
                                                     << "trajectory"
                                                     << ""
                                                     << "" << ok;
        QTest::newRow("signal→placement") << "signal"
                                          << "placement"
                                          << ""
                                          << "" << refused;
        QTest::newRow("signal→aftercare") << "signal"
                                          << "aftercare"
                                          << ""
                                          << "" << refused;
        QTest::newRow("aftercare→signal") << "aftercare"
                                          << "signal"
                                          << ""
                                          << "" << refused;
        QTest::newRow("same phase") << "intake"
                                    << "intake"
                                    << ""
                                    << "" << invalid;
        QTest::newRow("unknown phase") << "intake"
                                       << "limbo"
                                       << ""
                                       << "" << invalid;
        QTest::newRow("close without reason") << "trajectory"
                                              << "closed"
                                              << ""
                                              << "  " << invalid;
        QTest::newRow("close with reason") << "signal"
                                           << "closed"
                                           << ""
                                           << "moved abroad" << ok;
        QTest::newRow("reopen to previous") << "closed"
                                            << "placement"
                                            << "placement"
                                            << "returned" << ok;
        QTest::newRow("reopen without reason") << "closed"
                                               << "placement"
                                               << "placement"
                                               << "" << invalid;
        QTest::newRow("reopen elsewhere") << "closed"
                                          << "signal"
                                          << "placement"
                                          << "returned" << refused;
    }

    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, previous);
        QFETCH(QString, reason);
        QFETCH(int, expected);
        const Status st = Phase::checkTransition(from, to, previous, reason);
        if (expected < 0) {
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message()));
        } else {
            QVERIFY(!st.ok());
            QCOMPARE(int(st.error().code()), expected);
        }
    }

    void refusalNamesAllowedPhases()
    {
        const Status st = Phase::checkTransition(QStringLiteral("intake"), QStringLiteral("aftercare"), {}, {});
        QVERIFY(!st.ok());
        for (const char *p : { "signal", "reflection", "placement", "closed" })
            QVERIFY2(st.error().message().contains(QLatin1String(p)), p);
    }
};

QTEST_GUILESS_MAIN(TestPhase)
#include "TestPhase.moc"
