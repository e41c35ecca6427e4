#include "CliRunner.h"
#include "TestVault.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vangnet;
using test::CliResult;

namespace {

QString show(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

} // namespace

// The vault folder under fault (issue 11, item 4 and the empty vault.db): the single-writer lock is
// an OS lock, so a vault.lock left behind by a killed process never locks the vault out; init
// leaves folders it did not create alone and refuses folders that hold other files.
class TestCliVaultFolder final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyLockFileIsTakenOver();
    void lockFileOfALivingProcessIsTakenOver();
    void secondProcessStillRefused();
    void lockFileIsPrivate();
    void initKeepsPermissionsOfExistingFolder();
    void initRefusesFolderWithOtherFiles_data();
    void initRefusesFolderWithOtherFiles();
    void initAcceptsLeftoversOfInterruptedInit();
    void emptyDatabaseIsDamage();

private:
    CliResult cli(const QStringList &args) const
    {
        test::CliRunner runner;
        runner.setPassphrase(test::testPassphrase());
        return runner.run(QStringList { QStringLiteral("--vault"), folder() } + args);
    }
    CliResult initVault() const
    {
        return cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"), QStringLiteral("--kdf-passes"),
            QStringLiteral("1") });
    }
    QString folder() const { return m_dir->filePath(QStringLiteral("vault")); }
    QString lockFile() const { return folder() + QStringLiteral("/vault.lock"); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliVaultFolder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliVaultFolder::emptyLockFileIsTakenOver()
{
    // What a kill during init left behind: with QLockFile's content check this was "in use" forever.
    const CliResult created = initVault();
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    QVERIFY(writeFile(lockFile(), QByteArray()));
    const CliResult r = cli({ QStringLiteral("info") });
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(!QFile::exists(lockFile()));
}

void TestCliVaultFolder::lockFileOfALivingProcessIsTakenOver()
{
    // A lock file whose content names a process that is alive (this test) but holds no lock.
    const CliResult created = initVault();
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    QVERIFY(writeFile(lockFile(),
        QByteArray::number(QCoreApplication::applicationPid()) + "\nTestCliVaultFolder\n" + QSysInfo::machineHostName().toUtf8()
            + "\n"));
    const CliResult r = cli({ QStringLiteral("info") });
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
}

void TestCliVaultFolder::secondProcessStillRefused()
{
    const CliResult created = initVault();
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    auto held = Vault::open(folder(), test::testPassphrase());
    QVERIFY(held.ok());
    const CliResult r = cli({ QStringLiteral("info") });
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("already open"), qPrintable(show(r)));
    // In the same process too: the lock belongs to the open file, not to the process.
    auto second = Vault::open(folder(), test::testPassphrase());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code(), ErrorCode::InUse);
    held.value()->lock();
    QVERIFY(!QFile::exists(lockFile()));
    QCOMPARE(cli({ QStringLiteral("info") }).exitCode, 0);
}

void TestCliVaultFolder::lockFileIsPrivate()
{
    const CliResult created = initVault();
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    const mode_t old = ::umask(0);
    auto held = Vault::open(folder(), test::testPassphrase());
    ::umask(old);
    QVERIFY(held.ok());
    QVERIFY(QFile::exists(lockFile()));
    QCOMPARE(modeOf(lockFile()), mode_t(0600));
    held.value()->lock();

    // A lock file an older version left 0644 is tightened when it is taken.
    QVERIFY(writeFile(lockFile(), QByteArray()));
    QVERIFY(::chmod(QFile::encodeName(lockFile()).constData(), 0644) == 0);
    auto again = Vault::open(folder(), test::testPassphrase());
    QVERIFY(again.ok());
    QCOMPARE(modeOf(lockFile()), mode_t(0600));
}

void TestCliVaultFolder::initKeepsPermissionsOfExistingFolder()
{
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(::chmod(QFile::encodeName(folder()).constData(), 0755) == 0);
    const CliResult r = initVault();
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QCOMPARE(modeOf(folder()), mode_t(0755));
    // A folder init creates itself is private.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh/vault"));
    test::CliRunner runner;
    runner.setPassphrase(test::testPassphrase());
    const CliResult created = runner.run({ QStringLiteral("--vault"), fresh, QStringLiteral("init"),
        QStringLiteral("--kdf-memory"), QStringLiteral("8"), QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    QCOMPARE(modeOf(fresh), mode_t(0700));
}

void TestCliVaultFolder::initRefusesFolderWithOtherFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("directory");
    QTest::newRow("a document") << QStringLiteral("thesis.odt") << false;
    QTest::newRow("a hidden file") << QStringLiteral(".config") << false;
    QTest::newRow("a sub-folder") << QStringLiteral("photos") << true;
}

void TestCliVaultFolder::initRefusesFolderWithOtherFiles()
{
    QFETCH(QString, name);
    QFETCH(bool, directory);
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(::chmod(QFile::encodeName(folder()).constData(), 0750) == 0);
    const QString path = folder() + QLatin1Char('/') + name;
    QVERIFY(directory ? QDir().mkpath(path) : writeFile(path, "someone else's"));
    const CliResult r = initVault();
    QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    QVERIFY2(r.err.contains("other files"), qPrintable(show(r)));
    // Nothing changed: no vault files, no lock file, the same permissions.
    QCOMPARE(QDir(folder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList { name });
    QCOMPARE(modeOf(folder()), mode_t(0750));
}

void TestCliVaultFolder::initAcceptsLeftoversOfInterruptedInit()
{
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(writeFile(lockFile(), QByteArray()));
    QVERIFY(writeFile(folder() + QStringLiteral("/vault.db.new"), QByteArray(4096, 'x')));
    QVERIFY(writeFile(folder() + QStringLiteral("/vault.db.new-wal"), QByteArray()));
    const CliResult r = initVault();
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QCOMPARE(cli({ QStringLiteral("info") }).exitCode, 0);
}

void TestCliVaultFolder::emptyDatabaseIsDamage()
{
    const CliResult created = initVault();
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    QVERIFY(writeFile(folder() + QStringLiteral("/vault.db"), QByteArray()));
    for (const QString &command : { QStringLiteral("info"), QStringLiteral("verify") }) {
        const CliResult r = cli({ command });
        QVERIFY2(r.exitCode == 5, qPrintable(command + QLatin1Char(' ') + show(r)));
        QVERIFY2(r.err.contains("vault.db"), qPrintable(show(r)));
    }
    // Still an empty file: nothing was written into it.
    QCOMPARE(QFileInfo(folder() + QStringLiteral("/vault.db")).size(), qint64(0));
}

QTEST_GUILESS_MAIN(TestCliVaultFolder)
#include "TestCliVaultFolder.moc"
