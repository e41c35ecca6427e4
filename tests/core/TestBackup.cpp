#include "TestVault.h"
#include "audit/AuditLog.h"
#include "backup/BackupFormat.h"
#include "backup/BackupReader.h"
#include "backup/BackupRestorer.h"
#include "backup/BackupSource.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "cases/Attachments.h"
#include "cases/CaseRepository.h"
#include "platform/AtomicFile.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

#include <unistd.h>

using namespace vangnet;
using namespace vangnet::test;

// Backups that restore: a consistent snapshot while a writer is active, every kind of damage
// refused, restore gives back the same vault, never over an existing one.
class TestBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString addCase(Database &db, const QString &name)
    {
        auto c = CaseRepository(db).createFromJson(QJsonObject { { QStringLiteral("givenName"), name } });
        return c ? c->id : QString();
    }
    static qint64 count(Database &db, const char *table)
    {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return n ? n->toLongLong() : -1;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A small vault with cases and two attachments, backed up once.
    static Result<CreatedBackup> backUp(Vault &vault, const QString &folder)
    {
        auto source = BackupSource::take(vault);
        if (!source)
            return source.error();
        return BackupWriter::create(source.value(), folder, QDateTime::currentDateTimeUtc());
    }
    // Runs the container's authentication alone over bytes in memory.
    static Status readAll(const QByteArray &bytes, const SecureBuffer &key)
    {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        auto reader = BackupReader::open(std::unique_ptr<QIODevice>(std::move(buffer)));
        if (!reader)
            return reader.error();
        auto manifest = reader->read(key, [](BackupReader::Part, const char *, qint64) { return Status(); });
        if (!manifest)
            return manifest.error();
        return {};
    }

private slots:
    void roundTripRestoresTheSameVault();
    void snapshotIsConsistentWhileAWriterIsActive_data();
    void snapshotIsConsistentWhileAWriterIsActive();
    void backupRestoresTheLastCommitsInTheWal();
    void formatOneBackupStillVerifiesAndRestores();
    void everyByteFlipInASampleIsRefused();
    void truncationsAreRefused();
    void foreignFileIsRefused();
    void wrongSecretIsCannotUnlock();
    void restoreRefusesANonEmptyFolder();
    void unwritableFolderLeavesVaultAndBackupsUntouched();
};

void TestBackup::roundTripRestoresTheSameVault()
{
    TestVault tv;
    Database &db = tv.vault().database();
    const QString first = addCase(db, QStringLiteral("Anastasia Roundtrip"));
    addCase(db, QStringLiteral("Bo"));
    const QByteArray pdf = QByteArray("%PDF-1.7\n") + QByteArray(300000, 'p');
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, '\x01');
    auto a1 = Attachments(db).add(first, QStringLiteral("scan.pdf"), pdf);
    auto a2 = Attachments(db).add(first, QStringLiteral("photo.png"), png);
    QVERIFY(a1 && a2);

    const QString folder = m_dir.filePath(QStringLiteral("roundtrip"));
    QVERIFY(QDir().mkpath(folder));
    auto created = backUp(tv.vault(), folder);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    QCOMPARE(created->cases, 2);
    QVERIFY(created->fileName.startsWith(QStringLiteral("vangnet-")) && created->fileName.endsWith(QStringLiteral(".vnbackup")));
    // No leftovers: neither the snapshot in the vault folder nor a temporary in the backup folder.
    QCOMPARE(QDir(tv.folder()).entryList({ QStringLiteral(".vnbackup-snapshot-*") }, QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
    // Nothing readable in the clear: no case name, no attachment bytes (markers long enough that
    // ciphertext cannot hold them by chance).
    const QByteArray raw = read(created->path);
    QVERIFY(!raw.contains("Anastasia Roundtrip") && !raw.contains("%PDF") && !raw.contains("scan.pdf"));

    // Verify with the passphrase that was valid when it was made.
    auto reader = BackupReader::open(created->path);
    QVERIFY(reader);
    auto key = reader->unlockWithPassphrase(testPassphrase());
    QVERIFY(key);
    auto verified = BackupVerifier::verify(reader.value(), key.value());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message()));
    QCOMPARE(verified->attachments.size(), 2);

    // Restore with the recovery key, into a new folder; the restored vault opens and verifies.
    auto restoreReader = BackupReader::open(created->path);
    QVERIFY(restoreReader);
    auto recovered = restoreReader->unlockWithRecoveryKey(tv.recoveryKey());
    QVERIFY(recovered);
    const QString target = m_dir.filePath(QStringLiteral("restored"));
    auto restored = BackupRestorer::restore(restoreReader.value(), recovered.value(), target);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));
    auto opened = Vault::open(target, testPassphrase());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    Database &rdb = opened.value()->database();
    QCOMPARE(count(rdb, "cases"), 2);
    QCOMPARE(Attachments(rdb).content(a1->id).value(), pdf);
    QCOMPARE(Attachments(rdb).content(a2->id).value(), png);
    QVERIFY(AuditLog(rdb).verify().ok());
    QVERIFY(opened.value()->verifyIntegrity().ok());
    QCOMPARE(opened.value()->vaultId(), tv.vault().vaultId());
}

void TestBackup::snapshotIsConsistentWhileAWriterIsActive_data()
{
    // Read mark 0 (take()'s checkpoint copied the whole WAL into vault.db: no checkpoint can write
    // vault.db during the copy, the WAL is not copied) and a read mark > 0 (an older reader kept
    // frames in the WAL: they are copied, and checkpoints copy frames into vault.db while it is
    // being read).
    QTest::addColumn<bool>("readerPinsTheWal");
    QTest::newRow("wal-checkpointed") << false;
    QTest::newRow("reader-pins-wal") << true;
}

void TestBackup::snapshotIsConsistentWhileAWriterIsActive()
{
    QFETCH(bool, readerPinsTheWal);
    TestVault tv;
    Database &db = tv.vault().database();
    for (int i = 0; i < 50; ++i)
        addCase(db, QStringLiteral("Before %1").arg(i));
    // A ledger of about 12 MiB: every commit rewrites a few random rows and the state row, so a
    // half-copied commit or a page from another state breaks the invariants checked below.
    QVERIFY(
        db.exec(QStringLiteral("CREATE TABLE ledger(slot INTEGER PRIMARY KEY, generation INTEGER NOT NULL, filler BLOB)")).ok());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE ledger_state(id INTEGER PRIMARY KEY, generation INTEGER NOT NULL, "
                                   "commits INTEGER NOT NULL)"))
                .ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO ledger_state VALUES (1, 0, 0)")).ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO ledger WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "WHERE i < 3000) SELECT i, 0, randomblob(3000) FROM n"))
                .ok());
    int generation = 0;
    const auto commit = [](Database &conn, int g, QRandomGenerator &random) {
        QString slotList;
        for (int i = 0; i < 5; ++i)
            slotList += (i ? QStringLiteral(",") : QString()) + QString::number(1 + random.bounded(3000));
        return conn.exec(
            QStringLiteral("BEGIN IMMEDIATE; UPDATE ledger SET generation = %1, filler = randomblob(3000) WHERE slot "
                           "IN (%2); UPDATE ledger_state SET generation = %1, commits = commits + 1; COMMIT")
                .arg(g)
                .arg(slotList));
    };
    QRandomGenerator random(14);
    QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const SecureBuffer key = tv.vault().copyMasterKey();
    std::optional<Database> pin;
    if (readerPinsTheWal) {
        // The WAL file longer than its live frames, as SQLite leaves it after a restart: frames of
        // commits made during the copy then land inside the file's length, and only the counted
        // frames may be copied.
        for (int i = 0; i < 200; ++i)
            QVERIFY(commit(db, ++generation, random).ok());
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(RESTART)")).ok());
        auto reader = Database::open(tv.folder() + QStringLiteral("/vault.db"), key, Database::Mode::OpenExisting);
        QVERIFY(reader);
        pin.emplace(std::move(reader.value()));
        QVERIFY(pin->exec(QStringLiteral("BEGIN; SELECT count(*) FROM ledger_state")).ok());
    }
    for (int i = 0; i < 30; ++i)
        QVERIFY(commit(db, ++generation, random).ok());
    const QString folder = m_dir.filePath(QStringLiteral("busy-%1").arg(readerPinsTheWal));
    QVERIFY(QDir().mkpath(folder));

    auto source = BackupSource::take(tv.vault());
    QVERIFY(source);
    QCOMPARE(source->walBytes() > 0, readerPinsTheWal);
    if (readerPinsTheWal)
        QVERIFY(QFileInfo(tv.folder() + QStringLiteral("/vault.db-wal")).size() > source->walBytes());
    pin.reset(); // from now on checkpoints may copy frames up to the source's mark into vault.db
    const int generationAtTake = generation;
    // A writer thread commits small transactions on the vault's own connection and forces a
    // checkpoint after every third, for as long as the backup runs; the backup's progress (called
    // after every MiB it copies) waits for three more commits, so the copy and the writes interleave.
    std::atomic<int> commits { 0 };
    std::atomic<bool> stop { false };
    std::atomic<bool> writerFailed { false };
    std::thread writer([&] {
        QRandomGenerator writerRandom(41);
        int next = generationAtTake;
        while (!stop.load()) {
            if (!commit(db, ++next, writerRandom).ok())
                writerFailed = true;
            if (next % 3 == 0 && !db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")).ok())
                writerFailed = true;
            ++commits;
        }
    });
    int copySteps = 0;
    const auto interleave = [&](int permille) {
        if (permille < 50 || permille >= 1000)
            return true;
        ++copySteps;
        const int target = commits.load() + 3;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (commits.load() < target && !writerFailed.load() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::yield();
        return true;
    };
    auto created = BackupWriter::create(source.value(), folder, QDateTime::currentDateTimeUtc(), interleave);
    stop = true;
    writer.join();
    QVERIFY(!writerFailed.load());
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    QVERIFY2(copySteps >= 10, qPrintable(QString::number(copySteps)));
    QVERIFY(commits.load() >= 3 * copySteps);
    QCOMPARE(created->cases, 50); // the state at the moment the source was taken, exactly

    auto reader = BackupReader::open(created->path);
    QVERIFY(reader);
    auto verified = BackupVerifier::verify(reader.value(), key);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message()));
    QCOMPARE(verified->cases, 50);
    QCOMPARE(verified->walBytes > 0, readerPinsTheWal);

    auto restoreReader = BackupReader::open(created->path);
    QVERIFY(restoreReader);
    const QString target = m_dir.filePath(QStringLiteral("busy-restored-%1").arg(readerPinsTheWal));
    auto restored = BackupRestorer::restore(restoreReader.value(), key, target);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));
    QCOMPARE(QDir(target).entryList(QDir::Files | QDir::Hidden),
        (QStringList { QStringLiteral("vault.db"), QStringLiteral("vault.key") }));
    auto opened = Vault::open(target, testPassphrase());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    Database &rdb = opened.value()->database();
    QVERIFY(opened.value()->verifyIntegrity().ok());
    // One committed state: the state row, the ledger's newest row and the number of commits agree,
    // and it is the state when the source was taken (the copy holds no frame written after it).
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT generation FROM ledger_state")).value().toInt(), generationAtTake);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT commits FROM ledger_state")).value().toInt(), generationAtTake);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT max(generation) FROM ledger")).value().toInt(), generationAtTake);
    QCOMPARE(count(rdb, "ledger"), 3000);
    QCOMPARE(count(rdb, "cases"), 50);
    QVERIFY(count(db, "ledger_state") == 1 && commits.load() > 0);
}

void TestBackup::backupRestoresTheLastCommitsInTheWal()
{
    TestVault tv;
    Database &db = tv.vault().database();
    addCase(db, QStringLiteral("Early"));
    QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    // A reader on an older state keeps the next commits out of vault.db: they are only in the WAL
    // when the backup is made, and vault.db alone would lack them.
    auto pin
        = Database::open(tv.folder() + QStringLiteral("/vault.db"), tv.vault().copyMasterKey(), Database::Mode::OpenExisting);
    QVERIFY(pin);
    QVERIFY(pin->exec(QStringLiteral("BEGIN; SELECT count(*) FROM cases")).ok());
    QStringList late;
    for (int i = 0; i < 3; ++i)
        late.append(addCase(db, QStringLiteral("Late %1").arg(i)));
    const QString folder = m_dir.filePath(QStringLiteral("walcommits"));
    QVERIFY(QDir().mkpath(folder));
    auto created = backUp(tv.vault(), folder);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    QCOMPARE(created->cases, 4);

    auto reader = BackupReader::open(created->path);
    QVERIFY(reader);
    QCOMPARE(reader->format(), backupformat::FormatVersion);
    auto key = reader->unlockWithPassphrase(testPassphrase());
    QVERIFY(key);
    const QString target = m_dir.filePath(QStringLiteral("walcommits-restored"));
    auto restored = BackupRestorer::restore(reader.value(), key.value(), target);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));
    QVERIFY(restored->walBytes > 0);
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/vault.db-wal")));
    auto opened = Vault::open(target, testPassphrase());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    Database &rdb = opened.value()->database();
    QCOMPARE(count(rdb, "cases"), 4);
    for (const QString &id : late)
        QVERIFY2(CaseRepository(rdb).load(id).ok(), qPrintable(id));
    QVERIFY(AuditLog(rdb).verify().ok());
}

void TestBackup::formatOneBackupStillVerifiesAndRestores()
{
    // Made by the format-1 writer (online backup API) from a fictional vault: two cases named
    // "Fictional Fixture-One/-Two", one 134-byte PNG attached to the first.
    const QString fixture = QStringLiteral(VANGNET_TEST_DATA "/backup-format1.vnbackup");
    const QString passphrase = QStringLiteral("fixture passphrase fictional only 1");
    auto reader = BackupReader::open(fixture);
    QVERIFY2(reader, reader ? "" : qPrintable(reader.error().message()));
    QCOMPARE(reader->format(), quint16(1));
    auto key = reader->unlockWithPassphrase(passphrase);
    QVERIFY(key);
    auto verified = BackupVerifier::verify(reader.value(), key.value());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message()));
    QCOMPARE(verified->cases, 2);
    QCOMPARE(verified->walBytes, 0);
    QCOMPARE(verified->attachments.size(), 1);
    QCOMPARE(verified->attachments.first().size, 134);

    auto restoreReader = BackupReader::open(fixture);
    QVERIFY(restoreReader);
    const QString target = m_dir.filePath(QStringLiteral("format1-restored"));
    auto restored = BackupRestorer::restore(restoreReader.value(), key.value(), target);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message()));
    auto opened = Vault::open(target, passphrase);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    Database &rdb = opened.value()->database();
    QCOMPARE(count(rdb, "cases"), 2);
    auto content = Attachments(rdb).content(verified->attachments.first().id);
    QVERIFY(content);
    QVERIFY(content->startsWith("\x89PNG"));
    QVERIFY(opened.value()->verifyIntegrity().ok());

    // Damage in a format-1 file is refused as before.
    QByteArray bytes = read(fixture);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x10);
    QCOMPARE(readAll(bytes, key.value()).error().code(), ErrorCode::Integrity);
}

void TestBackup::everyByteFlipInASampleIsRefused()
{
    TestVault tv;
    addCase(tv.vault().database(), QStringLiteral("Flip"));
    const QString folder = m_dir.filePath(QStringLiteral("flips"));
    QVERIFY(QDir().mkpath(folder));
    auto created = backUp(tv.vault(), folder);
    QVERIFY(created);
    const QByteArray good = read(created->path);
    const SecureBuffer key = tv.vault().copyMasterKey();
    QVERIFY(readAll(good, key).ok());

    // 200 offsets: the first 100 spread over the clear header (magic, version, lengths, key file,
    // salt, stream header, checksum), the rest at random over the encrypted stream.
    const qint64 headerEnd = backupformat::FixedHeaderBytes + read(tv.folder() + QStringLiteral("/vault.key")).size()
        + backupformat::SaltBytes + backupformat::StreamHeaderBytes + backupformat::ChecksumBytes;
    QList<qint64> offsets;
    for (int i = 0; i < 100; ++i)
        offsets.append(headerEnd * i / 100);
    QRandomGenerator random(14);
    for (int i = 0; i < 100; ++i)
        offsets.append(headerEnd + random.bounded(good.size() - headerEnd));
    offsets.append(good.size() - 1); // the final tag itself
    for (const qint64 offset : offsets) {
        QByteArray bad = good;
        bad[offset] = static_cast<char>(bad[offset] ^ (1 << (offset % 8)));
        const Status st = readAll(bad, key);
        QVERIFY2(!st.ok(), qPrintable(QStringLiteral("flip at %1 accepted").arg(offset)));
        QVERIFY2(st.error().code() == ErrorCode::Integrity,
            qPrintable(QStringLiteral("flip at %1: %2").arg(offset).arg(st.error().message())));
    }
}

void TestBackup::truncationsAreRefused()
{
    TestVault tv;
    addCase(tv.vault().database(), QStringLiteral("Cut"));
    const QString folder = m_dir.filePath(QStringLiteral("cuts"));
    QVERIFY(QDir().mkpath(folder));
    auto created = backUp(tv.vault(), folder);
    QVERIFY(created);
    const QByteArray good = read(created->path);
    const SecureBuffer key = tv.vault().copyMasterKey();
    const qint64 headerEnd = backupformat::FixedHeaderBytes + read(tv.folder() + QStringLiteral("/vault.key")).size()
        + backupformat::SaltBytes + backupformat::StreamHeaderBytes + backupformat::ChecksumBytes;
    const qint64 chunk = backupformat::ChunkBytes + backupformat::ChunkOverheadBytes;

    // Every length within the header and the first block, every block boundary and its
    // neighbours, the last bytes one by one, and 200 lengths at random.
    QList<qint64> lengths;
    for (qint64 n = 0; n <= headerEnd + backupformat::ChunkOverheadBytes + 1; ++n)
        lengths.append(n);
    for (qint64 boundary = headerEnd; boundary < good.size(); boundary += chunk)
        for (const qint64 d : { -18, -17, -1, 0, 1, 17, 18 })
            if (boundary + d > 0 && boundary + d < good.size())
                lengths.append(boundary + d);
    for (qint64 n = std::max<qint64>(0, good.size() - 40); n < good.size(); ++n)
        lengths.append(n);
    QRandomGenerator random(41);
    for (int i = 0; i < 200; ++i)
        lengths.append(random.bounded(good.size()));
    for (const qint64 n : lengths) {
        const Status st = readAll(good.left(n), key);
        QVERIFY2(!st.ok(), qPrintable(QStringLiteral("cut at %1 accepted").arg(n)));
        QVERIFY2(st.error().code() == ErrorCode::Integrity,
            qPrintable(QStringLiteral("cut at %1: %2").arg(n).arg(st.error().message())));
    }
    // Bytes appended after the end are refused as well.
    QCOMPARE(readAll(good + QByteArray(1, '\0'), key).error().code(), ErrorCode::Integrity);
}

void TestBackup::foreignFileIsRefused()
{
    const SecureBuffer key = SecureBuffer::random(32);
    for (const QByteArray &foreign :
        { QByteArray("%PDF-1.7 not a backup"), QByteArray(5000, '\0'), QByteArray("VNBACKUP"), QByteArray("SQLite format 3") })
        QCOMPARE(readAll(foreign, key).error().code(), ErrorCode::Integrity);
}

void TestBackup::wrongSecretIsCannotUnlock()
{
    TestVault tv;
    const QString folder = m_dir.filePath(QStringLiteral("secret"));
    QVERIFY(QDir().mkpath(folder));
    auto created = backUp(tv.vault(), folder);
    QVERIFY(created);
    auto reader = BackupReader::open(created->path);
    QVERIFY(reader);
    QCOMPARE(reader->unlockWithPassphrase(QStringLiteral("not the passphrase at all")).error().code(), ErrorCode::CannotUnlock);
    TestVault other;
    QCOMPARE(reader->unlockWithRecoveryKey(other.recoveryKey()).error().code(), ErrorCode::CannotUnlock);
    // The passphrase valid when the backup was made still opens it after a change.
    QVERIFY(tv.vault().changePassphrase(QStringLiteral("a completely new passphrase 7"), fastKdf()).ok());
    QVERIFY(reader->unlockWithPassphrase(testPassphrase()).ok());
}

void TestBackup::restoreRefusesANonEmptyFolder()
{
    TestVault tv;
    const QString folder = m_dir.filePath(QStringLiteral("refuse"));
    QVERIFY(QDir().mkpath(folder));
    auto created = backUp(tv.vault(), folder);
    QVERIFY(created);
    auto reader = BackupReader::open(created->path);
    QVERIFY(reader);
    const SecureBuffer key = tv.vault().copyMasterKey();
    // Over the live vault itself, and over a folder with any file in it.
    auto overVault = BackupRestorer::restore(reader.value(), key, tv.folder());
    QCOMPARE(overVault.error().code(), ErrorCode::AlreadyExists);
    const QString other = m_dir.filePath(QStringLiteral("notempty"));
    QVERIFY(QDir().mkpath(other));
    QVERIFY(AtomicFile::writeAll(other + QStringLiteral("/.hidden"), QByteArrayLiteral("x")).ok());
    QCOMPARE(BackupRestorer::restore(reader.value(), key, other).error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(
        QDir(other).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList { QStringLiteral(".hidden") });
    QVERIFY(tv.vault().verifyIntegrity().ok());
}

void TestBackup::unwritableFolderLeavesVaultAndBackupsUntouched()
{
    TestVault tv;
    addCase(tv.vault().database(), QStringLiteral("Keep"));
    const QString folder = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    auto earlier = backUp(tv.vault(), folder);
    QVERIFY(earlier);
    const QByteArray earlierBytes = read(earlier->path);
    // Root ignores permissions; /proc refuses new files whoever asks.
    const bool root = ::geteuid() == 0;
    const QString target = root ? QStringLiteral("/proc") : folder;
    if (!root)
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    auto failed = backUp(tv.vault(), target);
    if (!root)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code(), ErrorCode::Runtime);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { earlier->fileName });
    QCOMPARE(read(earlier->path), earlierBytes);
    QCOMPARE(QDir(tv.folder()).entryList({ QStringLiteral(".vnbackup-snapshot-*") }, QDir::Files | QDir::Hidden).size(), 0);
    QVERIFY(tv.vault().verifyIntegrity().ok());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
