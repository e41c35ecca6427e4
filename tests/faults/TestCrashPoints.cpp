#include "FaultBench.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using test::FaultBench;

Q_DECLARE_METATYPE(FaultBench::Command)

// Every file-writing command killed at every crash point it passes (VANGNET_CRASH_AT names the
// point, VANGNET_CRASH_HIT the how-manieth pass; the process then ends at once with _exit(86), as
// with SIGKILL or a power cut): the old or the new state, complete, never a mix and never neither
// (FaultBench::checkFailed with crashed = true), and nothing temporary or empty left.
class TestCrashPoints final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killAtEveryCrashPoint_data();
    void killAtEveryCrashPoint();
};

void TestCrashPoints::initTestCase()
{
    QVERIFY2(QFile::exists(test::CliRunner::program()), "VANGNET_CLI not set");
}

void TestCrashPoints::killAtEveryCrashPoint_data()
{
    QTest::addColumn<FaultBench::Command>("command");
    for (FaultBench::Command command : FaultBench::all())
        QTest::addRow("%s", qPrintable(FaultBench::name(command))) << command;
}

void TestCrashPoints::killAtEveryCrashPoint()
{
    QFETCH(FaultBench::Command, command);
    // Every crash point in the code (grep -rn 'crashPoint("' core).
    const QStringList points { QStringLiteral("atomicfile-before-fsync"), QStringLiteral("atomicfile-before-rename"),
        QStringLiteral("atomicfile-after-rename"), QStringLiteral("keyfile-before-commit"),
        QStringLiteral("keyfile-after-commit"), QStringLiteral("create-after-keyfile"), QStringLiteral("bundle-before-commit"),
        QStringLiteral("transaction-before-commit"), QStringLiteral("transaction-after-commit") };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FaultBench bench(command, dir.filePath(QStringLiteral("watched")));
    const QString prepared = bench.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    int kills = 0;
    for (const QString &point : points) {
        for (int hit = 1; hit <= 50; ++hit) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("VANGNET_CRASH_AT"), point);
            env.insert(QStringLiteral("VANGNET_CRASH_HIT"), QString::number(hit));
            const test::CliResult r = bench.attempt(env);
            const QString where = QStringLiteral(" [%1, pass %2]").arg(point).arg(hit);
            if (r.exitCode != 86) {
                // The command no longer reaches the point that often: it ran to its end.
                const QString e = bench.checkSucceeded(r);
                QVERIFY2(e.isEmpty(), qPrintable(e + where));
                break;
            }
            ++kills;
            const QString e = bench.checkFailed(r, true);
            QVERIFY2(e.isEmpty(), qPrintable(e + where));
        }
    }
    qInfo("%s: killed %d times at its crash points, the vault intact after each", qPrintable(FaultBench::name(command)), kills);
}

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "TestCrashPoints.moc"
