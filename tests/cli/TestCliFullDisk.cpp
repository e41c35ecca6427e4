#include "CliRunner.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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
using test::CliResult;

namespace {

// Set in main() before any thread exists (unshare(CLONE_NEWNS) refuses a threaded process).
QString g_namespaceProblem;

QString enterPrivateMountNamespace()
{
    if (::unshare(CLONE_NEWNS) != 0)
        return QStringLiteral("unshare(CLONE_NEWNS): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    // Mounts made here stay in this process and its children (the vangnet-cli runs).
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return QStringLiteral("making / private: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

QString show(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

qint64 freeBytes(const QString &path)
{
    struct statvfs st
    {
    };
    if (::statvfs(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

} // namespace

// Reading never needs free disk space (issue 11, item 3), tried for real on an 8 MiB tmpfs filled
// to a few KB: case list, info and verify work and warn, writes fail cleanly, and the unlock's audit
// row is written once space is back (or the gap is recorded). Needs root for the mount; skipped
// with the reason otherwise.
class TestCliFullDisk final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void readsOnFullDisk_data();
    void readsOnFullDisk();
    void pendingAuditWrittenByNextWrite();
    void pendingAuditWrittenOnLock();

private:
    CliResult cli(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        test::CliRunner runner;
        runner.setPassphrase(test::testPassphrase());
        return runner.run(QStringList { QStringLiteral("--vault"), folder() } + args, stdinData);
    }
    CliResult addCase(const QString &name) const
    {
        return cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"),
                       QStringLiteral("-") },
            QJsonDocument(
                QJsonObject { { QStringLiteral("givenName"), name }, { QStringLiteral("familyName"), QStringLiteral("Test") } })
                .toJson());
    }
    int caseCount() const
    {
        const CliResult r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") });
        return r.exitCode == 0 ? int(r.json().array().size()) : -1;
    }
    QString folder() const { return m_mount.path() + QStringLiteral("/vault"); }
    QString filler() const { return m_mount.path() + QStringLiteral("/filler"); }
    // Fills the file system with one file until ENOSPC, then gives back `leaveKb`.
    bool fill(int leaveKb);
    void unfill() { QFile::remove(filler()); }
    QStringList auditActions(QStringList *details = nullptr);

    QTemporaryDir m_mount;
    bool m_mounted = false;
};

bool TestCliFullDisk::fill(int leaveKb)
{
    const int fd = ::open(QFile::encodeName(filler()).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray chunk(64 * 1024, 'f');
    qint64 written = 0;
    for (;;) {
        const ssize_t n = ::write(fd, chunk.constData(), size_t(chunk.size()));
        if (n <= 0)
            break;
        written += n;
    }
    for (int small = 0; small < 64; ++small) { // the last partial pages
        if (::write(fd, chunk.constData(), 4096) <= 0)
            break;
        written += 4096;
    }
    const bool ok = ::ftruncate(fd, written - qint64(leaveKb) * 1024) == 0;
    ::close(fd);
    return ok;
}

QStringList TestCliFullDisk::auditActions(QStringList *details)
{
    QStringList actions;
    auto vault = Vault::open(folder(), test::testPassphrase());
    if (!vault)
        return { QStringLiteral("cannot open: ") + vault.error().message() };
    auto entries = AuditLog(vault.value()->database()).recent(1000);
    if (!entries)
        return { QStringLiteral("cannot read the audit log") };
    for (const AuditEntry &e : entries.value()) {
        actions.prepend(e.action);
        if (details)
            details->prepend(e.detail);
    }
    return actions;
}

void TestCliFullDisk::initTestCase()
{
    QVERIFY(m_mount.isValid());
    if (!g_namespaceProblem.isEmpty())
        QSKIP(qPrintable(QStringLiteral("A full disk is simulated on a tmpfs mounted in a private mount namespace, which needs "
                                        "root (CAP_SYS_ADMIN): ")
            + g_namespaceProblem));
    if (::mount("tmpfs", QFile::encodeName(m_mount.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=8m,mode=0700") != 0)
        QSKIP(qPrintable(QStringLiteral("Mounting an 8 MiB tmpfs failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
    m_mounted = true;
}

void TestCliFullDisk::cleanupTestCase()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_mount.path()).constData(), MNT_DETACH);
}

void TestCliFullDisk::init()
{
    QDir(folder()).removeRecursively();
    unfill();
    const CliResult created = cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    for (const QString &name : { QStringLiteral("Anna"), QStringLiteral("Bea") }) {
        const CliResult r = addCase(name);
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    }
}

void TestCliFullDisk::cleanup()
{
    unfill();
}

void TestCliFullDisk::readsOnFullDisk_data()
{
    QTest::addColumn<int>("freeKb");
    for (const int kb : { 0, 4, 8, 16, 32, 64, 128 })
        QTest::addRow("%d KB free", kb) << kb;
}

void TestCliFullDisk::readsOnFullDisk()
{
    QFETCH(int, freeKb);
    QVERIFY(fill(freeKb));
    QVERIFY2(freeBytes(m_mount.path()) <= qint64(freeKb + 4) * 1024, qPrintable(QString::number(freeBytes(m_mount.path()))));

    bool warned = false;
    const CliResult list = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") });
    QVERIFY2(list.exitCode == 0, qPrintable(show(list)));
    QCOMPARE(list.json().array().size(), 2);
    warned |= list.err.contains("disk is full");
    const CliResult human = cli({ QStringLiteral("case"), QStringLiteral("list") });
    QVERIFY2(human.exitCode == 0 && human.out.contains("Anna"), qPrintable(show(human)));
    warned |= human.err.contains("disk is full");
    const CliResult info = cli({ QStringLiteral("--json"), QStringLiteral("info") });
    QVERIFY2(info.exitCode == 0, qPrintable(show(info)));
    const CliResult verify = cli({ QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(show(verify)));
    if (freeKb == 0)
        QVERIFY2(warned, qPrintable(show(list)));

    // A write fails cleanly (or fits): never a crash, never another code.
    const CliResult write = addCase(QStringLiteral("Cora"));
    QVERIFY2(write.exitCode == 0 || (write.exitCode == 1 && write.err.contains("disk is full")), qPrintable(show(write)));
    const int expected = write.exitCode == 0 ? 3 : 2;

    unfill();
    const CliResult after = addCase(QStringLiteral("Dana"));
    QVERIFY2(after.exitCode == 0, qPrintable(show(after)));
    QCOMPARE(caseCount(), expected + 1);
    const CliResult verifyAfter = cli({ QStringLiteral("verify") });
    QVERIFY2(verifyAfter.exitCode == 0, qPrintable(show(verifyAfter)));
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/vault.audit-pending")));
    // The unlocks that could not be recorded left a trace in the audit log once space was back.
    if (warned) {
        const QStringList actions = auditActions();
        QVERIFY2(actions.contains(QStringLiteral("vault.audit_gap")), qPrintable(actions.join(QLatin1Char(','))));
    }
}

void TestCliFullDisk::pendingAuditWrittenByNextWrite()
{
    QVERIFY(fill(0));
    auto vault = Vault::open(folder(), test::testPassphrase());
    QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().message() + vault.error().detail()));
    QVERIFY(vault.value()->auditPending());
    QVERIFY(QFile::exists(folder() + QStringLiteral("/vault.audit-pending")));
    QVERIFY(vault.value()->info().ok());
    QVERIFY(vault.value()->verifyIntegrity().ok()); // its audit row waits too
    QVERIFY(vault.value()->auditPending());

    unfill();
    // The next use of the database for a write writes the rows first.
    Database &db = vault.value()->database();
    QVERIFY(!vault.value()->auditPending());
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/vault.audit-pending")));
    auto entries = AuditLog(db).recent(2);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(1).action, QStringLiteral("vault.unlocked"));
    QCOMPARE(entries->at(0).action, QStringLiteral("vault.verified"));
    QVERIFY2(entries->at(1).detail.contains(QStringLiteral("disk full")), qPrintable(entries->at(1).detail));
    QVERIFY(AuditLog(db).verify().ok());
}

void TestCliFullDisk::pendingAuditWrittenOnLock()
{
    QVERIFY(fill(0));
    auto vault = Vault::open(folder(), test::testPassphrase());
    QVERIFY(vault.ok());
    QVERIFY(vault.value()->auditPending());
    unfill();
    vault.value()->lock();
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/vault.audit-pending")));
    QStringList details;
    const QStringList actions = auditActions(&details);
    // created, unlocked x2 by init's case adds..., then the delayed unlock, then this check's unlock.
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions.at(actions.size() - 2), QStringLiteral("vault.unlocked"));
    QVERIFY2(details.at(details.size() - 2).contains(QStringLiteral("disk full")), qPrintable(details.join(QLatin1Char('|'))));
    QVERIFY(!actions.contains(QStringLiteral("vault.audit_gap")));
}

int main(int argc, char *argv[])
{
    g_namespaceProblem = enterPrivateMountNamespace();
    QCoreApplication app(argc, argv);
    TestCliFullDisk test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCliFullDisk.moc"
