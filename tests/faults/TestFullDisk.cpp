#include "FaultBench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace vangnet;
using test::FaultBench;

Q_DECLARE_METATYPE(FaultBench::Command)

namespace {

constexpr qint64 Step = 4096;
constexpr int Levels = 256; // 0 .. 1 MiB free in 4 KiB steps

qint64 freeBytes(const QString &folder)
{
    struct statvfs st
    {
    };
    if (::statvfs(QFile::encodeName(folder).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

// Fills the file system until exactly `left` bytes are free (tmpfs counts whole pages).
bool fillTo(const QString &filler, qint64 left)
{
    QFile::remove(filler);
    const QString folder = QFileInfo(filler).absolutePath();
    const qint64 fill = freeBytes(folder) - left;
    if (fill < 0)
        return false;
    const int fd = ::open(QFile::encodeName(filler).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(64 * 1024, '\0');
    qint64 done = 0;
    while (done < fill) {
        const ssize_t n = ::write(fd, block.constData(), size_t(qMin<qint64>(block.size(), fill - done)));
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    return done == fill && freeBytes(folder) == left;
}

} // namespace

// The "Done when" of issue 11: on an 8 MiB file system filled to every level from 0 to 1 MiB free
// in 4 KiB steps, each command either succeeds completely or exits non-zero with the old state
// intact, and the recovery key opens the vault after every one (FaultBench's checks, made once the
// filler is removed). The test mounts a private tmpfs in a mount namespace of its own (root, or
// CAP_SYS_ADMIN), so nothing leaks; it skips, saying why, where it cannot.
//
// Run time: every level of every command takes several minutes, so CTest runs every 8th level (and
// always 0 and the top); VANGNET_FAULTS_LONG=1 runs all 257 levels.
class TestFullDisk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyFillLevel_data();
    void everyFillLevel();

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

void TestFullDisk::initTestCase()
{
    QVERIFY2(QFile::exists(test::CliRunner::program()), "VANGNET_CLI not set");
    QVERIFY(m_mountPoint.isValid());
    // A mount namespace of our own, with private propagation: the tmpfs is seen by this process and
    // its children only and disappears with them.
    if (::unshare(CLONE_NEWNS) != 0)
        QSKIP(
            qPrintable(QStringLiteral("cannot make a mount namespace (%1): run as root or with CAP_SYS_ADMIN to test a full disk")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        QSKIP(qPrintable(QStringLiteral("cannot make mounts private: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
    if (::mount("tmpfs", QFile::encodeName(m_mountPoint.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=8m,mode=0700")
        != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
    m_mounted = true;
}

void TestFullDisk::cleanupTestCase()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_mountPoint.path()).constData(), MNT_DETACH);
}

void TestFullDisk::everyFillLevel_data()
{
    QTest::addColumn<FaultBench::Command>("command");
    for (FaultBench::Command c : { FaultBench::Command::Passwd, FaultBench::Command::Recover, FaultBench::Command::Init,
             FaultBench::Command::CaseAdd, FaultBench::Command::Import, FaultBench::Command::ShelterExport })
        QTest::addRow("%s", qPrintable(FaultBench::name(c))) << c;
}

void TestFullDisk::everyFillLevel()
{
    QFETCH(FaultBench::Command, command);
    const bool longMode = qEnvironmentVariableIntValue("VANGNET_FAULTS_LONG") == 1;
    const int stride = longMode ? 1 : 8;
    const QString root = m_mountPoint.filePath(FaultBench::name(command).replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString filler = m_mountPoint.filePath(QStringLiteral("filler"));
    FaultBench bench(command, root);
    const QString prepared = bench.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));

    QElapsedTimer timer;
    timer.start();
    int succeeded = 0;
    int refused = 0;
    QList<int> levels;
    for (int level = 0; level < Levels; level += stride)
        levels << level;
    levels << Levels;
    for (int level : std::as_const(levels)) {
        bool filled = false;
        const test::CliResult r = bench.attempt({}, [&] { filled = fillTo(filler, level * Step); });
        QVERIFY2(filled, qPrintable(QStringLiteral("cannot fill to %1 KiB free").arg(level * 4)));
        QFile::remove(filler); // the checks themselves need room (every unlock writes an audit row)
        const QString where = QStringLiteral(" [%1 KiB free]").arg(level * 4);
        if (r.exitCode == 0) {
            const QString e = bench.checkSucceeded(r);
            QVERIFY2(e.isEmpty(), qPrintable(e + where));
            ++succeeded;
        } else {
            const QString e = bench.checkFailed(r, false);
            QVERIFY2(e.isEmpty(), qPrintable(e + where));
            ++refused;
        }
    }
    qInfo("%s: %d fill levels (every %d KiB), %d succeeded, %d refused with the old state intact, %lld ms",
        qPrintable(FaultBench::name(command)), succeeded + refused, stride * 4, succeeded, refused, timer.elapsed());
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "TestFullDisk.moc"
