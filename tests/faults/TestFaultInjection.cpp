#include "FaultBench.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using test::FaultBench;

Q_DECLARE_METATYPE(FaultBench::Command)

// Every file-writing command under an injected I/O error (tests/faults/FaultShim.c, LD_PRELOAD):
// the Nth open/write/fsync/rename/close/truncate of a file in the vault or output folder fails with
// ENOSPC or EIO, for N = 1, 2, ... until the command succeeds. After each failure the command has
// said so (non-zero exit, a message) and the old state is intact (FaultBench::checkFailed); the
// final success is complete (FaultBench::checkSucceeded). This covers SQLite's own I/O as well as
// Vangnet's file writes.
class TestFaultInjection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failEachCallInTurn_data();
    void failEachCallInTurn();
    void lyingDiskIsCaughtByReadBack_data();
    void lyingDiskIsCaughtByReadBack();

private:
    static QProcessEnvironment faultEnvironment(const FaultBench &bench, const QString &kind, int n, const QString &report);
    // Calls of the chosen kind and failures injected, from the library's report.
    static QPair<long, long> readReport(const QString &report);
};

QProcessEnvironment TestFaultInjection::faultEnvironment(
    const FaultBench &bench, const QString &kind, int n, const QString &report)
{
    QFile::remove(report);
    QProcessEnvironment env;
    env.insert(QStringLiteral("LD_PRELOAD"), qEnvironmentVariable("VANGNET_FAULT_SHIM"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("verify_asan_link_order=0")); // the asan preset
    env.insert(QStringLiteral("VANGNET_FAULT_DIR"), bench.root());
    env.insert(QStringLiteral("VANGNET_FAULT_KIND"), kind);
    env.insert(QStringLiteral("VANGNET_FAULT_N"), QString::number(n));
    env.insert(QStringLiteral("VANGNET_FAULT_REPORT"), report);
    return env;
}

QPair<long, long> TestFaultInjection::readReport(const QString &report)
{
    QFile f(report);
    if (!f.open(QIODevice::ReadOnly))
        return { -1, -1 };
    const QList<QByteArray> counts = f.readAll().trimmed().split(' ');
    if (counts.size() != 2)
        return { -1, -1 };
    return { counts.at(0).toLong(), counts.at(1).toLong() };
}

void TestFaultInjection::lyingDiskIsCaughtByReadBack_data()
{
    QTest::addColumn<FaultBench::Command>("command");
    for (FaultBench::Command c : { FaultBench::Command::Init, FaultBench::Command::Passwd, FaultBench::Command::Recover,
             FaultBench::Command::RecoveryKeyNew })
        QTest::addRow("%s", qPrintable(FaultBench::name(c))) << c;
}

void TestFaultInjection::lyingDiskIsCaughtByReadBack()
{
    // The disk says the new key file was written, but one byte of it is wrong. Without the read-back
    // that file would replace the good one, and the vault could be lost.
    QFETCH(FaultBench::Command, command);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FaultBench bench(command, dir.filePath(QStringLiteral("watched")));
    const QString prepared = bench.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString report = dir.filePath(QStringLiteral("report"));
    QProcessEnvironment env = faultEnvironment(bench, QStringLiteral("corrupt"), 1, report);
    env.insert(QStringLiteral("VANGNET_FAULT_MATCH"), QStringLiteral("vault.key"));
    const test::CliResult r = bench.attempt(env);
    QCOMPARE(readReport(report).second, 1L);
    QVERIFY2(r.exitCode == 1, r.err.constData());
    QVERIFY2(r.err.contains("did not read back correctly"), r.err.constData());
    const QString e = bench.checkFailed(r, false);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    // And without the lie it works.
    const QString done = bench.checkSucceeded(bench.attempt());
    QVERIFY2(done.isEmpty(), qPrintable(done));
}

void TestFaultInjection::initTestCase()
{
    QVERIFY2(QFile::exists(test::CliRunner::program()), "VANGNET_CLI not set");
    QVERIFY2(QFile::exists(qEnvironmentVariable("VANGNET_FAULT_SHIM")), "VANGNET_FAULT_SHIM not set");
}

void TestFaultInjection::failEachCallInTurn_data()
{
    QTest::addColumn<FaultBench::Command>("command");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    const QStringList kinds { QStringLiteral("open"), QStringLiteral("write"), QStringLiteral("fsync"), QStringLiteral("rename"),
        QStringLiteral("close"), QStringLiteral("truncate") };
    for (FaultBench::Command command : FaultBench::all()) {
        for (const QString &kind : kinds)
            QTest::addRow("%s %s ENOSPC", qPrintable(FaultBench::name(command)), qPrintable(kind))
                << command << kind << QStringLiteral("ENOSPC");
        // EIO where the error is not "the disk is full": a write and a flush that the device refused.
        for (const QString &kind : { QStringLiteral("write"), QStringLiteral("fsync") })
            QTest::addRow("%s %s EIO", qPrintable(FaultBench::name(command)), qPrintable(kind))
                << command << kind << QStringLiteral("EIO");
    }
}

void TestFaultInjection::failEachCallInTurn()
{
    QFETCH(FaultBench::Command, command);
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FaultBench bench(command, dir.filePath(QStringLiteral("watched")));
    const QString prepared = bench.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString report = dir.filePath(QStringLiteral("report"));

    // Every call; in CTest, commands with hundreds of calls of one kind (init writes ~360 WAL frames)
    // are swept at every call up to 64 and every 5th after; VANGNET_FAULTS_LONG=1 takes every call.
    const bool longMode = qEnvironmentVariableIntValue("VANGNET_FAULTS_LONG") == 1;
    int failures = 0;
    for (int n = 1; n <= 5000; n += (longMode || n < 64) ? 1 : 5) {
        QProcessEnvironment env = faultEnvironment(bench, kind, n, report);
        env.insert(QStringLiteral("VANGNET_FAULT_ERRNO"), error);
        const test::CliResult r = bench.attempt(env);
        const auto [calls, injections] = readReport(report);
        QVERIFY2(calls >= 0, "the fault library did not report (was it loaded?)");
        const bool injected = injections > 0;
        const QString where = QStringLiteral(" [%1 #%2 of %3]").arg(kind).arg(n).arg(calls);
        if (r.exitCode == 0) {
            // Tolerated failures (SQLite ignores a failed close) must still leave a complete result.
            const QString e = bench.checkSucceeded(r);
            QVERIFY2(e.isEmpty(), qPrintable(e + where));
            if (!injected) {
                qInfo("%s: %ld %s calls, %d injected failures each refused cleanly", qPrintable(FaultBench::name(command)), calls,
                    qPrintable(kind), failures);
                return;
            }
            continue;
        }
        QVERIFY2(injected, qPrintable(QStringLiteral("failed without an injected fault: ") + QString::fromUtf8(r.err) + where));
        const QString e = bench.checkFailed(r, false);
        QVERIFY2(e.isEmpty(), qPrintable(e + where));
        ++failures;
    }
    QFAIL("the command never succeeded");
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "TestFaultInjection.moc"
