#include "FileScan.h"
#include "TestVault.h"
#include "VaultCopy.h"
#include "VaultTestHelpers.h"
#include "crypto/RecoveryKey.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vangnet;
using vangnet::test::codeName;
using vangnet::test::readAll;
using vangnet::test::readEverything;
using vangnet::test::VaultCopy;
using vangnet::test::why;
using vangnet::test::writeAll;

// A damaged, tampered or foreign vault file is reported as what it is (integrity, another vault,
// missing), names the part that is damaged, and is never changed by the attempt to open it.
class TestVaultDamage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
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

void TestVaultDamage::initTestCase()
{
    QVERIFY2(m_templateDir.isValid(), "no temporary folder");
    const Status made = VaultCopy::makeTemplates(m_templateDir.path());
    QVERIFY2(made.ok(), qPrintable(why(made)));
}

void TestVaultDamage::flippedDatabaseByteIsIntegrity_data()
{
    QTest::addColumn<int>("offsetInPage");
    QTest::newRow("page start") << 0; // on page 1: the salt
    QTest::newRow("middle of page") << 2000;
    // SQLCipher 3 page layout: data, then 48 reserved bytes = 16 IV + 20 HMAC-SHA1 + 12 unused
    // padding (not authenticated, and holding nothing, so a flip there changes nothing).
    QTest::newRow("IV") << 4096 - 48;
    QTest::newRow("HMAC") << 4096 - 20;
}

void TestVaultDamage::flippedDatabaseByteIsIntegrity()
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

void TestVaultDamage::damagedKeyFile_data()
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

void TestVaultDamage::damagedKeyFile()
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

void TestVaultDamage::verifyNamesTheDamagedSlot_data()
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

void TestVaultDamage::verifyNamesTheDamagedSlot()
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

void TestVaultDamage::passphraseChangeKeepsADamagedRecoverySlotVisible()
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

void TestVaultDamage::olderKeyFileGetsAnAuthenticatorAtTheNextSave()
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

void TestVaultDamage::verifyReadsFreeListPages()
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

void TestVaultDamage::keyFileOfAnotherVault()
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

void TestVaultDamage::databaseOfAnotherVault()
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

void TestVaultDamage::databaseMissingIsIntegrity()
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

void TestVaultDamage::keyFileMissingIsAnError()
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

QTEST_GUILESS_MAIN(TestVaultDamage)
#include "TestVaultDamage.moc"
