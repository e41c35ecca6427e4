#include "TestVault.h"
#include "FileScan.h"
#include "VaultCopy.h"
#include "VaultTestHelpers.h"
#include "audit/AuditLog.h"
#include "crypto/RecoveryKey.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vangnet;
using vangnet::test::codeName;
using vangnet::test::getMeta;
using vangnet::test::putMeta;
using vangnet::test::readAll;
using vangnet::test::VaultCopy;
using vangnet::test::why;
using vangnet::test::writeAll;

// The vault's life cycle: it is created once, opens only with the right secret and never changes a
// byte when it does not open, has one writer at a time, changes its passphrase safely, and keeps no
// key after lock(). What it does with damaged or foreign files is TestVaultDamage.
class TestVault final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createOpenLockReopen();
    void lockWipesKeysAndClosesDatabase();
    void wrongSecretChangesNothing_data();
    void wrongSecretChangesNothing();
    void changePassphrase();
    void weakNewPassphraseChangesNothing();
    void changePassphraseWhenLocked();
    void openWithRecoveryKey();
    void secondOpenIsInUse();
    void staleLockOfDeadProcessIsTakenOver();
    void createRefusesExistingVault_data();
    void createRefusesExistingVault();
    void createRefusesWeakPassphrase();

private:
    QTemporaryDir m_templateDir;
};

void TestVault::initTestCase()
{
    QVERIFY2(m_templateDir.isValid(), "no temporary folder");
    const Status made = VaultCopy::makeTemplates(m_templateDir.path());
    QVERIFY2(made.ok(), qPrintable(why(made)));
}

void TestVault::createOpenLockReopen()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    QVERIFY(!Vault::exists(folder));
    auto created = Vault::create(folder, test::testPassphrase(), test::fastKdf());
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QVERIFY(Vault::exists(folder));
    QVERIFY(QFile::exists(folder + QStringLiteral("/vault.db")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/vault.key")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/vault.lock")));
    // Owner-only permissions on the key file and the database.
    QCOMPARE(QFile::permissions(folder + QStringLiteral("/vault.key")) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(folder + QStringLiteral("/vault.db")) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
        QFileDevice::Permissions());

    Vault &vault = *created->vault;
    const QString id = vault.vaultId();
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(RecoveryKey::parse(created->recoveryKey).ok());
    QVERIFY(putMeta(vault.database(), QStringLiteral("test.note"), QStringLiteral("kept")).ok());

    auto info = vault.info();
    QVERIFY2(info.ok(), qPrintable(why(info)));
    QCOMPARE(info->vaultId, id);
    QCOMPARE(info->kdf.opsLimit, std::uint64_t(1));
    QCOMPARE(info->kdf.memLimit, std::uint64_t(8) * 1024 * 1024);
    QCOMPARE(info->cipherPageSize, 4096);
    QCOMPARE(info->schemaVersion, info->latestSchemaVersion);

    vault.lock();
    QVERIFY(!vault.isOpen());
    QVERIFY(!QFile::exists(folder + QStringLiteral("/vault.lock")));

    auto reopened = Vault::open(folder, test::testPassphrase());
    QVERIFY2(reopened.ok(), qPrintable(why(reopened)));
    QCOMPARE(reopened.value()->vaultId(), id);
    auto note = getMeta(reopened.value()->database(), QStringLiteral("test.note"));
    QVERIFY2(note.ok(), qPrintable(why(note)));
    QCOMPARE(note->toString(), QStringLiteral("kept"));
    QVERIFY(AuditLog(reopened.value()->database()).verify().ok());
}

void TestVault::lockWipesKeysAndClosesDatabase()
{
    VaultCopy tv;
    QVERIFY(tv.handle());
    Vault &vault = tv.vault();
    QVERIFY(vault.isOpen());
    QVERIFY(vault.holdsKeyMaterial());
    QVERIFY(vault.database().isOpen());
    QCOMPARE(vault.revealMasterKeyHex().size(), 64);
    auto reader = vault.openReader(); // a background reader holds a copy of the key too
    QVERIFY2(reader.ok(), qPrintable(why(reader)));

    vault.lock();
    QVERIFY(!vault.holdsKeyMaterial());
    QVERIFY(!reader.value()->isOpen());
    QCOMPARE(vault.openReaderCount(), 0);
    QVERIFY(!vault.isOpen());
    QVERIFY(!vault.database().isOpen());
    QVERIFY(vault.database().handle() == nullptr);
    QVERIFY(vault.revealMasterKeyHex().isEmpty());
    QVERIFY(!vault.info().ok());
    QVERIFY(!vault.changePassphrase(QStringLiteral("Zeven bruine koffiebonen!"), test::fastKdf()).ok());
    // Locked means closed: the WAL was checkpointed away and the lock released.
    QVERIFY(!QFile::exists(tv.folder() + QStringLiteral("/vault.db-wal")));
    QVERIFY(!QFile::exists(tv.folder() + QStringLiteral("/vault.lock")));
    vault.lock(); // twice is harmless
    QVERIFY(!vault.holdsKeyMaterial());
}

void TestVault::wrongSecretChangesNothing_data()
{
    QTest::addColumn<bool>("useRecoveryKey");
    QTest::addColumn<QString>("secret"); // "@other": the recovery key of another vault
    QTest::newRow("wrong passphrase") << false << QStringLiteral("lantern orchard velvet 43");
    QTest::newRow("empty passphrase") << false << QString();
    QTest::newRow("other case") << false << test::testPassphrase().toUpper();
    QTest::newRow("trailing space") << false << test::testPassphrase() + QLatin1Char(' ');
    QTest::newRow("trailing newline") << false << test::testPassphrase() + QLatin1Char('\n');
    QTest::newRow("recovery key as passphrase") << false << QStringLiteral("@own");
    QTest::newRow("recovery key of another vault") << true << QStringLiteral("@other");
}

void TestVault::wrongSecretChangesNothing()
{
    QFETCH(bool, useRecoveryKey);
    QFETCH(QString, secret);
    VaultCopy tv(0, false);
    if (secret == QLatin1String("@own"))
        secret = tv.recoveryKey();
    if (secret == QLatin1String("@other")) {
        secret = VaultCopy::templateRecoveryKey(1);
    }

    const auto before = test::folderSnapshot(tv.folder());
    QVERIFY(before.contains(QStringLiteral("vault.db")));
    QVERIFY(before.contains(QStringLiteral("vault.key")));

    auto opened = useRecoveryKey ? Vault::openWithRecoveryKey(tv.folder(), secret) : Vault::open(tv.folder(), secret);
    QVERIFY(!opened);
    QCOMPARE(codeName(opened.error().code()), codeName(ErrorCode::CannotUnlock));
    // Not a byte changed, nothing added (no lock file, no WAL), nothing removed.
    QCOMPARE(test::folderSnapshot(tv.folder()), before);

    // And the right passphrase still opens it.
    auto right = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY2(right.ok(), qPrintable(why(right)));
}

void TestVault::changePassphrase()
{
    VaultCopy tv;
    QVERIFY(tv.handle());
    const QString next = QStringLiteral("Zeven bruine koffiebonen!");
    KdfParameters nextKdf = test::fastKdf();
    nextKdf.opsLimit = 2;
    const Status st = tv.vault().changePassphrase(next, nextKdf);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : why(st.error())));
    // Still open and usable after the change.
    QVERIFY(tv.vault().isOpen());
    QCOMPARE(tv.vault().info()->kdf.opsLimit, std::uint64_t(2));
    tv.handle().reset();

    auto old = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY(!old);
    QCOMPARE(codeName(old.error().code()), codeName(ErrorCode::CannotUnlock));

    auto withNew = Vault::open(tv.folder(), next);
    QVERIFY2(withNew.ok(), qPrintable(why(withNew)));
    QCOMPARE(withNew.value()->info()->kdf.opsLimit, std::uint64_t(2));
    auto entries = AuditLog(withNew.value()->database()).recent(10);
    QVERIFY(entries.ok());
    bool recorded = false;
    for (const AuditEntry &e : entries.value())
        recorded = recorded || e.action == QLatin1String("vault.passphrase_changed");
    QVERIFY(recorded);
    withNew.value().reset();

    auto recovered = Vault::openWithRecoveryKey(tv.folder(), tv.recoveryKey());
    QVERIFY2(recovered.ok(), qPrintable(why(recovered)));
}

void TestVault::weakNewPassphraseChangesNothing()
{
    VaultCopy tv;
    QVERIFY(tv.handle());
    const QByteArray keyFile = readAll(tv.folder() + QStringLiteral("/vault.key"));
    QVERIFY(!keyFile.isEmpty());
    for (const QString &weak : { QStringLiteral("short"), QStringLiteral("password1234"), QStringLiteral("123456789012") }) {
        const Status st = tv.vault().changePassphrase(weak, test::fastKdf());
        QVERIFY2(!st.ok(), qPrintable(weak));
        QCOMPARE(codeName(st.error().code()), codeName(ErrorCode::InvalidInput));
    }
    QCOMPARE(readAll(tv.folder() + QStringLiteral("/vault.key")), keyFile);
    QVERIFY(tv.reopen());
}

void TestVault::changePassphraseWhenLocked()
{
    VaultCopy tv;
    QVERIFY(tv.handle());
    tv.vault().lock();
    const QByteArray keyFile = readAll(tv.folder() + QStringLiteral("/vault.key"));
    const Status st = tv.vault().changePassphrase(QStringLiteral("Zeven bruine koffiebonen!"), test::fastKdf());
    QVERIFY(!st.ok());
    QCOMPARE(readAll(tv.folder() + QStringLiteral("/vault.key")), keyFile);
}

void TestVault::openWithRecoveryKey()
{
    VaultCopy tv;
    QVERIFY(tv.handle());
    QVERIFY(putMeta(tv.vault().database(), QStringLiteral("test.note"), QStringLiteral("kept")).ok());
    const QString id = tv.vault().vaultId();
    tv.handle().reset();

    auto opened = Vault::openWithRecoveryKey(tv.folder(), tv.recoveryKey());
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    QCOMPARE(opened.value()->vaultId(), id);
    QVERIFY(opened.value()->holdsKeyMaterial());
    QCOMPARE(getMeta(opened.value()->database(), QStringLiteral("test.note"))->toString(), QStringLiteral("kept"));
    // Recovery does not change the passphrase by itself.
    opened.value().reset();
    QVERIFY(tv.reopen());
}

void TestVault::secondOpenIsInUse()
{
    VaultCopy tv;
    QVERIFY(tv.handle());

    auto second = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY(!second);
    QCOMPARE(codeName(second.error().code()), codeName(ErrorCode::InUse));
    QVERIFY2(second.error().message().contains(QStringLiteral("already open")), qPrintable(second.error().message()));
    auto byRecovery = Vault::openWithRecoveryKey(tv.folder(), tv.recoveryKey());
    QVERIFY(!byRecovery);
    QCOMPARE(codeName(byRecovery.error().code()), codeName(ErrorCode::InUse));
    // The first one is unaffected by the refused attempts.
    QVERIFY(tv.vault().isOpen());
    QVERIFY(putMeta(tv.vault().database(), QStringLiteral("test.note"), QStringLiteral("still writable")).ok());

    // lock() releases the lock even though the object lives on.
    tv.vault().lock();
    auto afterLock = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY2(afterLock.ok(), qPrintable(why(afterLock)));
    auto third = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY(!third);
    QCOMPARE(codeName(third.error().code()), codeName(ErrorCode::InUse));

    // Destroying the holder releases it too.
    afterLock.value().reset();
    auto fourth = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY2(fourth.ok(), qPrintable(why(fourth)));
}

void TestVault::staleLockOfDeadProcessIsTakenOver()
{
    VaultCopy tv(0, false);

    // A lock file as QLockFile writes it, left by a process that no longer runs.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished(10000));
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    const QByteArray lockContent = QByteArray::number(deadPid) + "\nvangnet-cli\n" + QSysInfo::machineHostName().toUtf8() + '\n';
    QVERIFY(writeAll(tv.folder() + QStringLiteral("/vault.lock"), lockContent));

    auto opened = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
}

void TestVault::createRefusesExistingVault_data()
{
    QTest::addColumn<QString>("keep"); // what the folder holds: "all", "vault.key" or "vault.db"
    QTest::newRow("complete vault") << QStringLiteral("all");
    QTest::newRow("only the key file") << QStringLiteral("vault.key");
    QTest::newRow("only the database") << QStringLiteral("vault.db");
}

void TestVault::createRefusesExistingVault()
{
    QFETCH(QString, keep);
    VaultCopy tv(0, false);
    if (keep != QLatin1String("all"))
        QVERIFY(QFile::remove(
            tv.folder() + (keep == QLatin1String("vault.key") ? QStringLiteral("/vault.db") : QStringLiteral("/vault.key"))));
    const auto before = test::folderSnapshot(tv.folder());

    auto created = Vault::create(tv.folder(), QStringLiteral("Zeven bruine koffiebonen!"), test::fastKdf());
    QVERIFY(!created);
    QCOMPARE(codeName(created.error().code()), codeName(ErrorCode::AlreadyExists));
    QCOMPARE(test::folderSnapshot(tv.folder()), before);
    if (keep == QLatin1String("all"))
        QVERIFY(tv.reopen());
}

void TestVault::createRefusesWeakPassphrase()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    auto created = Vault::create(folder, QStringLiteral("password1234"), test::fastKdf());
    QVERIFY(!created);
    QCOMPARE(codeName(created.error().code()), codeName(ErrorCode::InvalidInput));
    QVERIFY(!QFile::exists(folder));
}

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
