#include "TestVault.h"
#include "FileScan.h"
#include "VaultTestHelpers.h"
#include "audit/AuditLog.h"
#include "crypto/RecoveryKey.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace vangnet;
using vangnet::test::getMeta;
using vangnet::test::putMeta;
using vangnet::test::readAll;
using vangnet::test::why;
using vangnet::test::writeAll;

namespace {

// Reads every row of every table, as an export or a backup would.
Status readEverything(Database &db)
{
    QStringList tables;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        if (!stmt)
            return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            tables.append(stmt->text(0));
        }
    }
    for (const QString &table : tables) {
        auto stmt = db.prepare(QStringLiteral("SELECT * FROM \"") + table + QLatin1Char('"'));
        if (!stmt)
            return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
        }
    }
    return {};
}

const char *codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Runtime:
        return "Runtime";
    case ErrorCode::InvalidInput:
        return "InvalidInput";
    case ErrorCode::CannotUnlock:
        return "CannotUnlock";
    case ErrorCode::Refused:
        return "Refused";
    case ErrorCode::Integrity:
        return "Integrity";
    case ErrorCode::InUse:
        return "InUse";
    case ErrorCode::NotFound:
        return "NotFound";
    case ErrorCode::AlreadyExists:
        return "AlreadyExists";
    case ErrorCode::Cancelled:
        return "Cancelled";
    }
    return "?";
}

// Creating a vault runs every migration with synchronous writes (a third of a second); the tests
// work on copies of two vaults made once in initTestCase.
struct Template
{
    QString folder;
    QString recoveryKey;
};
Template g_templates[2];

class VaultCopy
{
public:
    explicit VaultCopy(int which = 0, bool open = true)
        : m_recoveryKey(g_templates[which].recoveryKey)
    {
        QDir().mkpath(folder());
        const QDir from(g_templates[which].folder);
        for (const QString &name : from.entryList(QDir::Files | QDir::Hidden))
            QFile::copy(from.filePath(name), folder() + QLatin1Char('/') + name);
        if (open)
            reopen();
    }
    QString folder() const { return m_dir.path() + QStringLiteral("/vault"); }
    QString recoveryKey() const { return m_recoveryKey; }
    Vault &vault() { return *m_vault; }
    std::unique_ptr<Vault> &handle() { return m_vault; }
    bool reopen()
    {
        m_vault.reset();
        auto opened = Vault::open(folder(), test::testPassphrase());
        if (!opened)
            return false;
        m_vault = std::move(opened.value());
        return true;
    }

private:
    QTemporaryDir m_dir;
    QString m_recoveryKey;
    std::unique_ptr<Vault> m_vault;
};

} // namespace

// The vault's promises: it opens only with the right secret, never changes a byte when it does
// not open, has one writer at a time, reports tampering as tampering, and keeps no key after lock().
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
    void flippedDatabaseByteIsIntegrity_data();
    void flippedDatabaseByteIsIntegrity();
    void damagedKeyFile_data();
    void damagedKeyFile();
    void verifyNamesTheDamagedSlot_data();
    void verifyNamesTheDamagedSlot();
    void passphraseChangeKeepsADamagedRecoverySlotVisible();
    void olderKeyFileGetsAnAuthenticatorAtTheNextSave();
    void verifyReadsFreeListPages();
    void keyFileOfAnotherVault();
    void databaseOfAnotherVault();
    void databaseMissingIsIntegrity();
    void keyFileMissingIsAnError();

private:
    QTemporaryDir m_templateDir;
};

void TestVault::initTestCase()
{
    for (int i = 0; i < 2; ++i) {
        g_templates[i].folder = m_templateDir.filePath(QStringLiteral("template%1").arg(i));
        auto created = Vault::create(g_templates[i].folder, test::testPassphrase(), test::fastKdf());
        QVERIFY2(created.ok(), qPrintable(why(created)));
        g_templates[i].recoveryKey = created->recoveryKey;
    }
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
        secret = g_templates[1].recoveryKey;
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

void TestVault::flippedDatabaseByteIsIntegrity_data()
{
    QTest::addColumn<int>("offsetInPage");
    QTest::newRow("page start") << 0; // on page 1: the salt
    QTest::newRow("middle of page") << 2000;
    // SQLCipher 3 page layout: data, then 48 reserved bytes = 16 IV + 20 HMAC-SHA1 + 12 unused
    // padding (not authenticated, and holding nothing, so a flip there changes nothing).
    QTest::newRow("IV") << 4096 - 48;
    QTest::newRow("HMAC") << 4096 - 20;
}

void TestVault::flippedDatabaseByteIsIntegrity()
{
    QFETCH(int, offsetInPage);
    VaultCopy tv(0, false);

    const QString dbPath = tv.folder() + QStringLiteral("/vault.db");
    const QByteArray original = readAll(dbPath);
    QVERIFY(original.size() >= 4 * 4096);
    QCOMPARE(original.size() % 4096, 0);
    const int pages = static_cast<int>(original.size() / 4096);

    // The first pages (schema, meta, audit log), a spread of the rest, and the last one: every page
    // would take a minute as the schema grows.
    QList<int> sample = { 1, 2, 3, 4, 5, 6, 7, 8 };
    for (int page = 11; page < pages; page += pages / 6 + 1)
        sample.append(page);
    sample.append(pages);
    for (int page : sample) {
        if (page > pages)
            continue;
        QByteArray damaged = original;
        const qsizetype at = qsizetype(page - 1) * 4096 + offsetInPage;
        damaged[at] = static_cast<char>(damaged.at(at) ^ 0x01);
        QVERIFY(writeAll(dbPath, damaged));

        auto opened = Vault::open(tv.folder(), test::testPassphrase());
        if (opened) {
            // Opening reads only the pages it needs. Reading every row must then report the damage as
            // damage (not as a runtime error), or, for a page that holds only an index, SQLite's own
            // check of every page must find it.
            Database &database = opened.value()->database();
            const Status full = readEverything(database);
            QVERIFY2(full.ok() || full.error().code() == ErrorCode::Integrity,
                qPrintable(QStringLiteral("page %1 of %2: reading all rows: %3 %4")
                               .arg(page)
                               .arg(pages)
                               .arg(QLatin1String(codeName(full.ok() ? ErrorCode::Integrity : full.error().code())),
                                   full.ok() ? QString() : why(full.error()))));
            if (full.ok()) {
                auto check = database.scalar(QStringLiteral("PRAGMA quick_check"));
                QVERIFY2(!check.ok() || check->toString() != QLatin1String("ok"),
                    qPrintable(QStringLiteral("page %1 of %2: the damage went unnoticed").arg(page).arg(pages)));
            }
            opened.value().reset();
        } else {
            QVERIFY2(opened.error().code() == ErrorCode::Integrity,
                qPrintable(QStringLiteral("page %1 of %2: %3 %4")
                               .arg(page)
                               .arg(pages)
                               .arg(QLatin1String(codeName(opened.error().code())), why(opened.error()))));
        }
        QVERIFY(!QFile::exists(tv.folder() + QStringLiteral("/vault.lock")));
    }
    QVERIFY(writeAll(dbPath, original));
    QVERIFY(tv.reopen());
}

void TestVault::damagedKeyFile_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("expected"); // ErrorCode

    const int integrity = int(ErrorCode::Integrity);
    const int cannotUnlock = int(ErrorCode::CannotUnlock);
    QTest::newRow("empty file") << QStringLiteral("empty") << integrity;
    QTest::newRow("binary garbage") << QStringLiteral("garbage") << integrity;
    QTest::newRow("truncated JSON") << QStringLiteral("truncated") << integrity;
    QTest::newRow("JSON array") << QStringLiteral("array") << integrity;
    QTest::newRow("over 64 KiB") << QStringLiteral("huge") << integrity;
    QTest::newRow("wrong magic") << QStringLiteral("magic") << cannotUnlock;
    QTest::newRow("newer format") << QStringLiteral("format") << cannotUnlock;
    QTest::newRow("vault id not a UUID") << QStringLiteral("badVaultId") << integrity;
    QTest::newRow("vault id of another vault") << QStringLiteral("otherVaultId") << cannotUnlock;
    QTest::newRow("other KDF algorithm") << QStringLiteral("algorithm") << integrity;
    QTest::newRow("fewer passes") << QStringLiteral("opsLimit") << cannotUnlock;
    QTest::newRow("zero passes") << QStringLiteral("opsZero") << integrity;
    QTest::newRow("other memory") << QStringLiteral("memLimit") << cannotUnlock;
    QTest::newRow("memory as text") << QStringLiteral("memText") << integrity;
    QTest::newRow("other salt") << QStringLiteral("salt") << cannotUnlock;
    QTest::newRow("salt not base64") << QStringLiteral("saltNotBase64") << integrity;
    QTest::newRow("salt too short") << QStringLiteral("saltShort") << integrity;
    QTest::newRow("nonce altered") << QStringLiteral("nonce") << cannotUnlock;
    // A passphrase slot that is not even the size of one: damaged (and the recovery key still opens).
    QTest::newRow("nonce empty") << QStringLiteral("nonceEmpty") << integrity;
    QTest::newRow("ciphertext bit flipped") << QStringLiteral("ciphertext") << cannotUnlock;
    QTest::newRow("ciphertext truncated") << QStringLiteral("ciphertextShort") << integrity;
    QTest::newRow("passphrase slot missing") << QStringLiteral("noSlot") << integrity;
    QTest::newRow("slots swapped") << QStringLiteral("swapSlots") << cannotUnlock;
}

void TestVault::damagedKeyFile()
{
    QFETCH(QString, edit);
    QFETCH(int, expected);

    VaultCopy tv(0, false);
    const QString keyPath = tv.folder() + QStringLiteral("/vault.key");
    const QByteArray original = readAll(keyPath);
    QJsonObject o = QJsonDocument::fromJson(original).object();
    QVERIFY(!o.isEmpty());
    QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    QJsonObject slot = o.value(QStringLiteral("passphraseSlot")).toObject();
    const auto flipFirstByte = [](const QJsonValue &v) {
        QByteArray bytes = QByteArray::fromBase64(v.toString().toLatin1());
        bytes[0] = static_cast<char>(bytes.at(0) ^ 0x01);
        return QString::fromLatin1(bytes.toBase64());
    };

    QByteArray damaged;
    if (edit == QLatin1String("empty")) {
        damaged = QByteArray();
    } else if (edit == QLatin1String("garbage")) {
        for (int i = 0; i < 512; ++i)
            damaged.append(static_cast<char>((i * 151 + 7) & 0xff));
    } else if (edit == QLatin1String("truncated")) {
        damaged = original.left(original.size() / 2);
    } else if (edit == QLatin1String("array")) {
        damaged = "[1, 2, 3]";
    } else if (edit == QLatin1String("huge")) {
        damaged = original;
        damaged.insert(1, QByteArray(70 * 1024, ' '));
    } else {
        if (edit == QLatin1String("magic"))
            o.insert(QStringLiteral("magic"), QStringLiteral("keepass"));
        else if (edit == QLatin1String("format"))
            o.insert(QStringLiteral("format"), 2);
        else if (edit == QLatin1String("badVaultId"))
            o.insert(QStringLiteral("vaultId"), QStringLiteral("not-a-uuid"));
        else if (edit == QLatin1String("otherVaultId"))
            o.insert(QStringLiteral("vaultId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        else if (edit == QLatin1String("algorithm"))
            kdf.insert(QStringLiteral("algorithm"), QStringLiteral("argon2i13"));
        else if (edit == QLatin1String("opsLimit"))
            kdf.insert(QStringLiteral("opsLimit"), 2);
        else if (edit == QLatin1String("opsZero"))
            kdf.insert(QStringLiteral("opsLimit"), 0);
        else if (edit == QLatin1String("memLimit"))
            kdf.insert(QStringLiteral("memLimit"), 16 * 1024 * 1024);
        else if (edit == QLatin1String("memText"))
            kdf.insert(QStringLiteral("memLimit"), QStringLiteral("8388608"));
        else if (edit == QLatin1String("salt"))
            kdf.insert(QStringLiteral("salt"), flipFirstByte(kdf.value(QStringLiteral("salt"))));
        else if (edit == QLatin1String("saltNotBase64"))
            kdf.insert(QStringLiteral("salt"), QStringLiteral("!!not base64!!"));
        else if (edit == QLatin1String("saltShort"))
            kdf.insert(QStringLiteral("salt"), QStringLiteral("AAAA"));
        else if (edit == QLatin1String("nonce"))
            slot.insert(QStringLiteral("nonce"), flipFirstByte(slot.value(QStringLiteral("nonce"))));
        else if (edit == QLatin1String("nonceEmpty"))
            slot.insert(QStringLiteral("nonce"), QString());
        else if (edit == QLatin1String("ciphertext"))
            slot.insert(QStringLiteral("ciphertext"), flipFirstByte(slot.value(QStringLiteral("ciphertext"))));
        else if (edit == QLatin1String("ciphertextShort"))
            slot.insert(QStringLiteral("ciphertext"), QStringLiteral("AAAA"));
        else if (edit == QLatin1String("swapSlots"))
            slot = o.value(QStringLiteral("recoverySlot")).toObject();
        else if (edit != QLatin1String("noSlot"))
            QFAIL(qPrintable(QStringLiteral("unknown edit ") + edit));
        o.insert(QStringLiteral("kdf"), kdf);
        if (edit == QLatin1String("noSlot"))
            o.remove(QStringLiteral("passphraseSlot"));
        else
            o.insert(QStringLiteral("passphraseSlot"), slot);
        damaged = QJsonDocument(o).toJson();
        QVERIFY(damaged != original);
    }
    QVERIFY(writeAll(keyPath, damaged));
    const auto before = test::folderSnapshot(tv.folder());

    auto opened = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY2(!opened, "a damaged key file opened the vault");
    QCOMPARE(codeName(opened.error().code()), codeName(ErrorCode(expected)));
    QVERIFY(!opened.error().message().isEmpty());
    auto recovered = Vault::openWithRecoveryKey(tv.folder(), tv.recoveryKey());
    if (edit == QLatin1String("swapSlots") || edit == QLatin1String("opsLimit") || edit == QLatin1String("memLimit")
        || edit == QLatin1String("salt") || edit.startsWith(QLatin1String("nonce"))
        || edit.startsWith(QLatin1String("ciphertext")) || edit == QLatin1String("noSlot")) {
        // Only the passphrase slot was touched (and it is bound to its KDF parameters): recovery still works.
        QVERIFY2(recovered.ok(), qPrintable(why(recovered)));
        recovered.value().reset();
    } else {
        QVERIFY(!recovered);
        QVERIFY(recovered.error().code() == ErrorCode::Integrity || recovered.error().code() == ErrorCode::CannotUnlock);
    }
    // The database was never touched by the refused attempts... except by the successful recovery.
    if (!recovered.ok())
        QCOMPARE(test::folderSnapshot(tv.folder()), before);
}

namespace {

// Edits vault.key as JSON: flips the first byte of one base64 field (path "slot.field"), or removes
// a top-level field ("-name").
bool editKeyFile(const QString &keyPath, const QStringList &edits)
{
    QJsonObject o = QJsonDocument::fromJson(readAll(keyPath)).object();
    if (o.isEmpty())
        return false;
    for (const QString &edit : edits) {
        if (edit.startsWith(QLatin1Char('-'))) {
            o.remove(edit.mid(1));
            continue;
        }
        const QString object = edit.section(QLatin1Char('.'), 0, 0);
        const QString field = edit.section(QLatin1Char('.'), 1, 1);
        QJsonObject inner = o.value(object).toObject();
        QByteArray bytes = QByteArray::fromBase64(inner.value(field).toString().toLatin1());
        if (bytes.isEmpty())
            return false;
        bytes[0] = static_cast<char>(bytes.at(0) ^ 0x01);
        inner.insert(field, QString::fromLatin1(bytes.toBase64()));
        o.insert(object, inner);
    }
    return writeAll(keyPath, QJsonDocument(o).toJson());
}

} // namespace

void TestVault::verifyNamesTheDamagedSlot_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<bool>("openWithRecoveryKey");
    QTest::addColumn<QString>("named");
    QTest::newRow("recovery slot's ciphertext")
        << QStringList { QStringLiteral("recoverySlot.ciphertext") } << false << QStringLiteral("recovery slot");
    QTest::newRow("recovery slot's nonce") << QStringList { QStringLiteral("recoverySlot.nonce") } << false
                                           << QStringLiteral("recovery slot");
    QTest::newRow("recovery slot's MAC") << QStringList { QStringLiteral("authenticator.recoverySlot") } << false
                                         << QStringLiteral("recovery slot");
    QTest::newRow("passphrase slot's MAC") << QStringList { QStringLiteral("authenticator.passphraseSlot") } << false
                                           << QStringLiteral("passphrase slot");
    QTest::newRow("passphrase slot's ciphertext")
        << QStringList { QStringLiteral("passphraseSlot.ciphertext") } << true << QStringLiteral("passphrase slot");
    QTest::newRow("both MACs") << QStringList { QStringLiteral("authenticator.passphraseSlot"),
        QStringLiteral("authenticator.recoverySlot") }
                               << false << QStringLiteral("Both slots");
    QTest::newRow("authenticator removed") << QStringList { QStringLiteral("-authenticator") } << false
                                           << QStringLiteral("authenticator was removed");
}

void TestVault::verifyNamesTheDamagedSlot()
{
    QFETCH(QStringList, edits);
    QFETCH(bool, openWithRecoveryKey);
    QFETCH(QString, named);
    VaultCopy tv(0, false);
    {
        auto intact = Vault::open(tv.folder(), test::testPassphrase());
        QVERIFY2(intact.ok(), qPrintable(why(intact)));
        const Status st = intact.value()->verifyIntegrity();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : why(st.error())));
    }
    QVERIFY(editKeyFile(tv.folder() + QStringLiteral("/vault.key"), edits));
    auto opened = openWithRecoveryKey ? Vault::openWithRecoveryKey(tv.folder(), tv.recoveryKey())
                                      : Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    const Status st = opened.value()->verifyIntegrity();
    QVERIFY(!st.ok());
    QCOMPARE(codeName(st.error().code()), codeName(ErrorCode::Integrity));
    QVERIFY2(st.error().message().contains(named), qPrintable(st.error().message()));
}

void TestVault::passphraseChangeKeepsADamagedRecoverySlotVisible()
{
    VaultCopy tv(0, false);
    QVERIFY(editKeyFile(tv.folder() + QStringLiteral("/vault.key"), { QStringLiteral("recoverySlot.ciphertext") }));
    QVERIFY(tv.reopen());
    QCOMPARE(int(tv.vault().recoverySlotState()), int(KeyFile::SlotState::Damaged));
    // A passphrase change does not give the damaged slot a fresh MAC: verify still names it.
    const QString next = QStringLiteral("zeven bruine koffiebonen 1");
    QVERIFY(tv.vault().changePassphrase(next, test::fastKdf()).ok());
    QCOMPARE(int(tv.vault().recoverySlotState()), int(KeyFile::SlotState::Damaged));
    Status st = tv.vault().verifyIntegrity();
    QVERIFY(!st.ok());
    QVERIFY2(st.error().message().contains(QStringLiteral("recovery slot")), qPrintable(st.error().message()));
    // A new recovery key repairs it; the old one stops working, the new one opens.
    auto key = tv.vault().replaceRecoveryKey();
    QVERIFY2(key.ok(), qPrintable(why(key)));
    QCOMPARE(int(tv.vault().recoverySlotState()), int(KeyFile::SlotState::Intact));
    st = tv.vault().verifyIntegrity();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : why(st.error())));
    tv.handle().reset();
    QVERIFY(!Vault::openWithRecoveryKey(tv.folder(), tv.recoveryKey()).ok());
    auto recovered = Vault::openWithRecoveryKey(tv.folder(), key.value());
    QVERIFY2(recovered.ok(), qPrintable(why(recovered)));
    recovered.value().reset();
    QVERIFY(Vault::open(tv.folder(), next).ok());
}

void TestVault::olderKeyFileGetsAnAuthenticatorAtTheNextSave()
{
    // A key file from before the authenticator: no field, and no marker in the database.
    VaultCopy tv(0, false);
    const QString keyPath = tv.folder() + QStringLiteral("/vault.key");
    QVERIFY(editKeyFile(keyPath, { QStringLiteral("-authenticator") }));
    {
        auto opened = Vault::open(tv.folder(), test::testPassphrase());
        QVERIFY2(opened.ok(), qPrintable(why(opened)));
        QVERIFY(opened.value()->database().exec(QStringLiteral("DELETE FROM meta WHERE key = 'key_file_authenticated'")).ok());
        QCOMPARE(int(opened.value()->recoverySlotState()), int(KeyFile::SlotState::Unverified));
        const Status st = opened.value()->verifyIntegrity();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : why(st.error())));
        const Status changed = opened.value()->changePassphrase(test::testPassphrase(), test::fastKdf());
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : why(changed.error())));
        QCOMPARE(int(opened.value()->recoverySlotState()), int(KeyFile::SlotState::Intact));
    }
    QVERIFY(QJsonDocument::fromJson(readAll(keyPath)).object().contains(QStringLiteral("authenticator")));
    QVERIFY(editKeyFile(keyPath, { QStringLiteral("authenticator.recoverySlot") }));
    auto opened = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY2(opened.ok(), qPrintable(why(opened)));
    QVERIFY(!opened.value()->verifyIntegrity().ok());
}

void TestVault::verifyReadsFreeListPages()
{
    // Pages of a dropped table go to the free list; PRAGMA quick_check never reads them.
    VaultCopy tv;
    Database &db = tv.vault().database();
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE junk(x BLOB)")).ok());
    QVERIFY(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                                   "INSERT INTO junk SELECT randomblob(2000) FROM n"))
                .ok());
    QVERIFY(db.exec(QStringLiteral("DROP TABLE junk")).ok());
    auto freePages = db.scalar(QStringLiteral("PRAGMA freelist_count"));
    QVERIFY(freePages && freePages->toInt() > 100);
    Status st = tv.vault().verifyIntegrity();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : why(st.error())));
    tv.handle().reset(); // the last connection checkpoints the WAL into vault.db

    // One flipped byte in a free page near the end of the file (the dropped table's last pages).
    QFile f(tv.folder() + QStringLiteral("/vault.db"));
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 at = f.size() - 3 * 4096 + 200;
    QVERIFY(f.seek(at));
    char byte = 0;
    QVERIFY(f.getChar(&byte));
    QVERIFY(f.seek(at));
    QVERIFY(f.putChar(static_cast<char>(byte ^ 0x20)));
    f.close();

    QVERIFY(tv.reopen());
    st = tv.vault().verifyIntegrity();
    QVERIFY2(!st.ok(), "a damaged free-list page went unnoticed");
    QCOMPARE(codeName(st.error().code()), codeName(ErrorCode::Integrity));
}

void TestVault::keyFileOfAnotherVault()
{
    VaultCopy a(0, false);
    VaultCopy b(1, false);

    // Both vaults use the same test passphrase: the worst case, the passphrase slot of A unwraps fine.
    const QString bKey = b.folder() + QStringLiteral("/vault.key");
    QVERIFY(QFile::remove(bKey));
    QVERIFY(QFile::copy(a.folder() + QStringLiteral("/vault.key"), bKey));
    const auto before = test::folderSnapshot(b.folder());

    auto opened = Vault::open(b.folder(), test::testPassphrase());
    QVERIFY(!opened);
    QCOMPARE(codeName(opened.error().code()), codeName(ErrorCode::Integrity));
    auto withA = Vault::openWithRecoveryKey(b.folder(), a.recoveryKey());
    QVERIFY(!withA);
    QCOMPARE(codeName(withA.error().code()), codeName(ErrorCode::Integrity));
    auto withB = Vault::openWithRecoveryKey(b.folder(), b.recoveryKey());
    QVERIFY(!withB);
    QCOMPARE(codeName(withB.error().code()), codeName(ErrorCode::CannotUnlock));
    QCOMPARE(test::folderSnapshot(b.folder()), before);
}

void TestVault::databaseOfAnotherVault()
{
    VaultCopy a(0, false);
    VaultCopy b(1, false);
    const QString bDb = b.folder() + QStringLiteral("/vault.db");
    QVERIFY(QFile::remove(bDb));
    QVERIFY(QFile::copy(a.folder() + QStringLiteral("/vault.db"), bDb));
    const auto before = test::folderSnapshot(b.folder());

    auto opened = Vault::open(b.folder(), test::testPassphrase());
    QVERIFY(!opened);
    QCOMPARE(codeName(opened.error().code()), codeName(ErrorCode::Integrity));
    QCOMPARE(test::folderSnapshot(b.folder()), before);
}

void TestVault::databaseMissingIsIntegrity()
{
    VaultCopy tv(0, false);
    QVERIFY(QFile::remove(tv.folder() + QStringLiteral("/vault.db")));
    const auto before = test::folderSnapshot(tv.folder());

    auto opened = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY(!opened);
    QCOMPARE(codeName(opened.error().code()), codeName(ErrorCode::Integrity));
    QVERIFY2(opened.error().message().contains(QStringLiteral("vault.db")), qPrintable(opened.error().message()));
    // Opening must not create an empty database in its place.
    QCOMPARE(test::folderSnapshot(tv.folder()), before);
    auto recovered = Vault::openWithRecoveryKey(tv.folder(), tv.recoveryKey());
    QVERIFY(!recovered);
    QCOMPARE(codeName(recovered.error().code()), codeName(ErrorCode::Integrity));
}

void TestVault::keyFileMissingIsAnError()
{
    VaultCopy tv(0, false);
    QVERIFY(QFile::remove(tv.folder() + QStringLiteral("/vault.key")));
    const auto before = test::folderSnapshot(tv.folder());
    QVERIFY(Vault::exists(tv.folder())); // the database alone still counts as a vault: never overwritten

    auto opened = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY(!opened);
    QVERIFY(opened.error().code() == ErrorCode::CannotUnlock || opened.error().code() == ErrorCode::Integrity);
    QVERIFY2(opened.error().message().contains(QStringLiteral("vault.key")), qPrintable(opened.error().message()));
    QCOMPARE(test::folderSnapshot(tv.folder()), before);
}

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
