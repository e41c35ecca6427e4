#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vangnet::test;

// The backup and config commands as a coordinator or a script uses them: create, list, verify,
// restore into a new folder (same case list), prune, and the exit codes of every bad input,
// including a process killed at each crash point of create.
class TestCliBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_vault;
    QString m_backups;

    CliResult run(QStringList args, const QString &vault = {})
    {
        args.prepend(vault.isEmpty() ? m_vault : vault);
        args.prepend(QStringLiteral("--vault"));
        return m_cli.run(args);
    }
    CliResult runJson(QStringList args, const QString &vault = {})
    {
        args.prepend(QStringLiteral("--json"));
        return run(args, vault);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    QString createBackup(const QString &folder)
    {
        const CliResult r = runJson({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), folder });
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.json().object().value(QStringLiteral("file")).toString();
    }
    QByteArray caseList(const QString &vault)
    {
        return runJson(
            { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000") }, vault)
            .out;
    }

private slots:
    void initTestCase();
    void configSetGetList();
    void createListVerifyRestoreGivesTheSameVault();
    void restoreRefusesANonEmptyFolder();
    void damagedTruncatedAndForeignFilesExitFive();
    void wrongSecretExitsThree();
    void killedAtEveryCrashPointLeavesNothingThatVerifies_data();
    void killedAtEveryCrashPointLeavesNothingThatVerifies();
    void fullDiskExitsOneAndTouchesNothing();
    void unwritableFolderExitsOne();
    void pruneKeepsWhatThePolicySays();
};

void TestCliBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = path(QStringLiteral("vault"));
    m_backups = path(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(m_backups));
    m_cli.setPassphrase(QStringLiteral("lantern orchard velvet 42"));
    const CliResult init = run({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(init.exitCode == 0, init.err.constData());
    for (const char *name : { "Ana", "Bogdan", "Chiara" }) {
        const QString file = path(QStringLiteral("case.json"));
        QVERIFY(write(file, QByteArray("{\"givenName\":\"") + name + "\",\"phase\":\"intake\"}"));
        const CliResult add = runJson({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), file });
        QVERIFY2(add.exitCode == 0, add.err.constData());
    }
}

void TestCliBackup::configSetGetList()
{
    CliResult set = run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("backup.folder"), m_backups });
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("backup.intervalHours"), QStringLiteral("6") })
                 .exitCode,
        0);
    const CliResult get = runJson({ QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("backup.intervalHours") });
    QCOMPARE(get.json().object().value(QStringLiteral("value")).toInt(), 6);
    const CliResult list = runJson({ QStringLiteral("config"), QStringLiteral("list") });
    QCOMPARE(list.exitCode, 0);
    bool sawFolder = false;
    for (const QJsonValue &v : list.json().array())
        if (v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("backup.folder"))
            sawFolder = v.toObject().value(QStringLiteral("value")).toString() == m_backups;
    QVERIFY(sawFolder);
    // Unknown keys and values out of range are usage errors (2), and change nothing.
    const CliResult unknown
        = run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("backup.colour"), QStringLiteral("x") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("backup.colour"));
    QCOMPARE(run({ QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("backup.intervalHours"), QStringLiteral("0") })
                 .exitCode,
        2);
    QCOMPARE(runJson({ QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("backup.intervalHours") })
                 .json()
                 .object()
                 .value(QStringLiteral("value"))
                 .toInt(),
        6);
}

void TestCliBackup::createListVerifyRestoreGivesTheSameVault()
{
    // Without --to: the configured folder.
    const CliResult created = runJson({ QStringLiteral("backup"), QStringLiteral("create") });
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject o = created.json().object();
    const QString file = o.value(QStringLiteral("file")).toString();
    QCOMPARE(QFileInfo(file).absolutePath(), m_backups);
    QCOMPARE(o.value(QStringLiteral("cases")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(file).size());
    QVERIFY(QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate).isValid());

    CliResult list = runJson({ QStringLiteral("backup"), QStringLiteral("list") });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("file")).toString(), file);
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("verified")).toBool(), false);

    const CliResult verify = runJson({ QStringLiteral("backup"), QStringLiteral("verify"), file });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    QCOMPARE(verify.json().object().value(QStringLiteral("recorded")).toBool(), true);
    list = runJson({ QStringLiteral("backup"), QStringLiteral("list") });
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("verified")).toBool(), true);

    const QString restored = path(QStringLiteral("restored"));
    const CliResult restore
        = runJson({ QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--to"), restored },
            path(QStringLiteral("no-vault-here")));
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QCOMPARE(caseList(restored), caseList(m_vault));
    QVERIFY(caseList(restored).contains("Chiara"));
    const CliResult check = run({ QStringLiteral("verify") }, restored); // every page and the audit chain
    QVERIFY2(check.exitCode == 0, check.err.constData());
}

void TestCliBackup::restoreRefusesANonEmptyFolder()
{
    const QString file = createBackup(m_backups);
    QVERIFY(!file.isEmpty());
    const QString target = path(QStringLiteral("occupied"));
    QVERIFY(QDir().mkpath(target));
    QVERIFY(write(target + QStringLiteral("/notes.txt"), "mine"));
    const CliResult r = run({ QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--to"), target });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not empty"));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList { QStringLiteral("notes.txt") });
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("restore"), file, QStringLiteral("--to"), m_vault }).exitCode, 2);
}

void TestCliBackup::damagedTruncatedAndForeignFilesExitFive()
{
    const QString file = createBackup(m_backups);
    const QByteArray good = read(file);
    QVERIFY(good.size() > 70000);
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *says;
    };
    QByteArray flipped = good;
    flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x10);
    QByteArray header = good;
    header[20] = static_cast<char>(header[20] ^ 0x01);
    const Case cases[] = {
        { "flipped.vnbackup", flipped, "fails its authentication" },
        { "header.vnbackup", header, "header" },
        { "truncated.vnbackup", good.left(good.size() - 1000), "cut off" },
        { "empty.vnbackup", QByteArray(), "not a Vangnet backup" },
        { "foreign.vnbackup", QByteArray("%PDF-1.7 a scan, not a backup"), "not a Vangnet backup" },
    };
    for (const Case &c : cases) {
        const QString bad = path(QString::fromLatin1(c.name));
        QVERIFY(write(bad, c.bytes));
        const CliResult r = run({ QStringLiteral("backup"), QStringLiteral("verify"), bad });
        QVERIFY2(r.exitCode == 5, c.name);
        QVERIFY2(r.err.contains(c.says), r.err.constData());
        const CliResult restore = run({ QStringLiteral("backup"), QStringLiteral("restore"), bad, QStringLiteral("--to"),
            path(QStringLiteral("r-")) + QLatin1String(c.name) });
        QCOMPARE(restore.exitCode, 5);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("r-")) + QLatin1String(c.name)));
    }
}

void TestCliBackup::wrongSecretExitsThree()
{
    const QString file = createBackup(m_backups);
    CliRunner other;
    other.setPassphrase(QStringLiteral("a wrong passphrase entirely"));
    const CliResult r = other.run(
        { QStringLiteral("--vault"), path(QStringLiteral("nowhere")), QStringLiteral("backup"), QStringLiteral("verify"), file });
    QCOMPARE(r.exitCode, 3);
    const QString keyFile = path(QStringLiteral("recovery.txt"));
    QVERIFY(write(keyFile, "0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000\n"));
    const CliResult rk = m_cli.run(
        { QStringLiteral("--vault"), path(QStringLiteral("nowhere")), QStringLiteral("backup"), QStringLiteral("restore"), file,
            QStringLiteral("--to"), path(QStringLiteral("rk")), QStringLiteral("--recovery-key-file"), keyFile });
    QVERIFY(rk.exitCode == 2 || rk.exitCode == 3); // malformed (checksum) or not this vault's key
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("rk"))));
}

void TestCliBackup::killedAtEveryCrashPointLeavesNothingThatVerifies_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("complete"); // the rename happened: the backup is whole
    for (const char *p : { "backup-after-header", "backup-mid-stream", "backup-after-database", "backup-before-commit",
             "atomicfile-before-fsync", "atomicfile-before-rename" })
        QTest::newRow(p) << QString::fromLatin1(p) << false;
    for (const char *p : { "atomicfile-after-rename", "backup-after-commit" })
        QTest::newRow(p) << QString::fromLatin1(p) << true;
}

void TestCliBackup::killedAtEveryCrashPointLeavesNothingThatVerifies()
{
    QFETCH(QString, point);
    QFETCH(bool, complete);
    const QString folder = path(QStringLiteral("crash-") + point);
    QVERIFY(QDir().mkpath(folder));
    m_cli.environment().insert(QStringLiteral("VANGNET_CRASH_AT"), point);
    const CliResult crashed = run({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), folder });
    m_cli.environment().remove(QStringLiteral("VANGNET_CRASH_AT"));
    QCOMPARE(crashed.exitCode, 86);

    // Whatever was left behind: only a whole backup may carry a backup's name, and nothing else verifies.
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    int verifying = 0;
    for (const QString &name : names) {
        const CliResult v = run({ QStringLiteral("backup"), QStringLiteral("verify"), folder + QLatin1Char('/') + name });
        if (v.exitCode == 0)
            ++verifying;
        else
            QVERIFY2(v.exitCode == 5, v.err.constData());
    }
    const CliResult list = runJson({ QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--in"), folder });
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), complete ? 1 : 0);
    QCOMPARE(verifying, complete ? 1 : 0);
    // The vault itself is untouched and opens.
    const CliResult check = run({ QStringLiteral("verify") });
    QVERIFY2(check.exitCode == 0, check.err.constData());
}

void TestCliBackup::fullDiskExitsOneAndTouchesNothing()
{
    const QString folder = path(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    const QString earlier = createBackup(folder);
    const QByteArray earlierBytes = read(earlier);
    QVERIFY(!earlierBytes.isEmpty());
    // A file-size limit makes every write past 64 KiB fail as a full disk does (EFBIG instead of
    // ENOSPC); SIGXFSZ is ignored so that the write reports the error.
    QProcess p;
    QProcessEnvironment env = m_cli.environment();
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" --vault \"$1\" backup create --to \"$2\""),
            CliRunner::program(), m_vault, folder });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(!p.readAllStandardError().isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { QFileInfo(earlier).fileName() });
    QCOMPARE(read(earlier), earlierBytes);
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("verify"), earlier }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("verify") }).exitCode, 0);
}

void TestCliBackup::unwritableFolderExitsOne()
{
    // Root ignores permissions; /proc refuses new files whoever asks.
    const bool root = ::geteuid() == 0;
    const QString folder = root ? QStringLiteral("/proc") : path(QStringLiteral("readonly"));
    if (!root) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const CliResult r = run({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), folder });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), path(QStringLiteral("missing")) })
                 .exitCode,
        1);
    QCOMPARE(run({ QStringLiteral("verify") }).exitCode, 0);
}

void TestCliBackup::pruneKeepsWhatThePolicySays()
{
    const QString folder = path(QStringLiteral("prune"));
    QVERIFY(QDir().mkpath(folder));
    const QString made = createBackup(folder);
    const QByteArray bytes = read(made);
    QVERIFY(QFile::remove(made));
    // Copies under older names: the name carries the date prune goes by.
    const QStringList names
        = { QStringLiteral("vangnet-20250310-120000.vnbackup"), QStringLiteral("vangnet-20250309-120000.vnbackup"),
              QStringLiteral("vangnet-20250201-120000.vnbackup"), QStringLiteral("vangnet-20240601-120000.vnbackup") };
    for (const QString &n : names)
        QVERIFY(write(folder + QLatin1Char('/') + n, bytes));
    // The oldest is verified: the newest verified backup survives any policy.
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("verify"), folder + QLatin1Char('/') + names.last() }).exitCode, 0);

    const QStringList policy = { QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("--in"), folder,
        QStringLiteral("--keep-daily"), QStringLiteral("1"), QStringLiteral("--keep-weekly"), QStringLiteral("0"),
        QStringLiteral("--keep-monthly"), QStringLiteral("2") };
    const CliResult dry = runJson(policy + QStringList { QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QCOMPARE(dry.json().object().value(QStringLiteral("removed")).toArray().size(), 1);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);

    const CliResult real = runJson(policy);
    QCOMPARE(real.exitCode, 0);
    // Kept: 03-10 (daily, monthly), 02-01 (monthly), 2024-06-01 (newest verified). Removed: 03-09.
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), (QStringList { names.at(3), names.at(2), names.at(0) }));
    QCOMPARE(run(policy + QStringList { QStringLiteral("--keep-daily"), QStringLiteral("x") }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("--in"), folder,
                     QStringLiteral("--keep-daily"), QStringLiteral("0"), QStringLiteral("--keep-weekly"), QStringLiteral("0"),
                     QStringLiteral("--keep-monthly"), QStringLiteral("0") })
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
