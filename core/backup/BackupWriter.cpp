#include "backup/BackupWriter.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupFormat.h"
#include "backup/BackupManifest.h"
#include "backup/BackupSource.h"
#include "crypto/KeyWrap.h"
#include "crypto/Sodium.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"
#include "storage/Migrations.h"
#include "storage/SqlCipher.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sodium.h>

namespace vangnet {
namespace {

constexpr int PagesPerStep = 1024; // 4 MiB of pages between progress reports

QByteArray littleEndian32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray littleEndian16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

// Pushes fixed-size chunks of plaintext into a secretstream and hands the ciphertext to an
// AtomicFile; the last chunk (possibly empty) carries TAG_FINAL so that a cut file is detected.
class StreamEncryptor
{
public:
    explicit StreamEncryptor(AtomicFile &out)
        : m_out(out)
    {
        m_pending.reserve(backupformat::ChunkBytes);
        m_cipher.resize(backupformat::ChunkBytes + backupformat::ChunkOverheadBytes);
    }
    ~StreamEncryptor() { sodium_memzero(&m_state, sizeof m_state); }
    StreamEncryptor(const StreamEncryptor &) = delete;
    StreamEncryptor &operator=(const StreamEncryptor &) = delete;

    QByteArray init(const SecureBuffer &key)
    {
        QByteArray header(backupformat::StreamHeaderBytes, '\0');
        crypto_secretstream_xchacha20poly1305_init_push(&m_state, reinterpret_cast<unsigned char *>(header.data()), key.data());
        return header;
    }

    // Bound to every chunk: the checksum of the clear header.
    void setAssociatedData(const QByteArray &ad) { m_ad = ad; }

    Status write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    Status write(const char *data, qint64 size)
    {
        while (size > 0) {
            const qint64 room = backupformat::ChunkBytes - m_pending.size();
            const qint64 take = std::min(room, size);
            m_pending.append(data, take);
            data += take;
            size -= take;
            if (m_pending.size() == backupformat::ChunkBytes)
                if (auto st = push(0); !st)
                    return st;
        }
        return {};
    }

    Status finish() { return push(crypto_secretstream_xchacha20poly1305_TAG_FINAL); }

private:
    Status push(unsigned char tag)
    {
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&m_state, reinterpret_cast<unsigned char *>(m_cipher.data()), &length,
            reinterpret_cast<const unsigned char *>(m_pending.constData()), static_cast<unsigned long long>(m_pending.size()),
            reinterpret_cast<const unsigned char *>(m_ad.constData()), static_cast<unsigned long long>(m_ad.size()), tag);
        sodium_memzero(m_pending.data(), static_cast<size_t>(m_pending.size()));
        m_pending.clear();
        return m_out.write(m_cipher.constData(), static_cast<qint64>(length));
    }

    AtomicFile &m_out;
    QByteArray m_ad;
    QByteArray m_pending;
    QByteArray m_cipher;
    crypto_secretstream_xchacha20poly1305_state m_state {};
};

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

Result<BackupManifest> describe(Database &snapshot, const QString &vaultId, const QDateTime &now)
{
    BackupManifest m;
    m.createdAt = now.toUTC();
    m.vaultId = vaultId;
    auto version = Migrations::currentVersion(snapshot);
    if (!version)
        return version.error();
    m.schemaVersion = version.value();
    auto cases = snapshot.scalar(QStringLiteral("SELECT count(*) FROM cases"));
    if (!cases)
        return cases.error();
    m.cases = cases->toLongLong();
    auto rows = snapshot.prepare(QStringLiteral("SELECT id, data FROM case_attachments ORDER BY id"));
    if (!rows)
        return rows.error();
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QByteArray data = rows->blob(1);
        BackupManifest::Attachment a;
        a.id = rows->text(0);
        a.size = data.size();
        a.blake2b.resize(32);
        crypto_generichash(reinterpret_cast<unsigned char *>(a.blake2b.data()), 32,
            reinterpret_cast<const unsigned char *>(data.constData()), static_cast<unsigned long long>(data.size()), nullptr, 0);
        m.attachments.append(a);
    }
    return m;
}

// Step 1: the online backup API copies the source's pinned snapshot page by page into a new
// database that has the same key and cipher settings (SQLCipher requires both), so every page
// stays encrypted on disk.
Status takeSnapshot(BackupSource &source, const QString &path, const BackupProgress &progress)
{
    auto dest = Database::open(path, source.masterKey(), Database::Mode::Create);
    if (!dest)
        return dest.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The snapshot is scratch: its durability comes from the container's fsync. Without a journal
    // and without syncs every page is written once, not into a WAL and again at the checkpoint.
    for (const char *sql : { "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -2048" })
        if (auto st = dest->exec(QString::fromLatin1(sql)); !st)
            return st;
    sqlite3_backup *backup = sqlite3_backup_init(dest->handle(), "main", source.database().handle(), "main");
    if (!backup)
        return dest->errorFromCode(sqlite3_errcode(dest->handle()), QStringLiteral("backup init"));
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        const int done = total - sqlite3_backup_remaining(backup);
        if (progress && total > 0 && !progress(static_cast<int>(qint64(done) * 450 / total))) {
            sqlite3_backup_finish(backup);
            return Error(ErrorCode::Cancelled, BackupWriter::tr("The backup was cancelled. Nothing was written."));
        }
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return dest->errorFromCode(rc, QStringLiteral("backup step"));
    if (finish != SQLITE_OK)
        return dest->errorFromCode(finish, QStringLiteral("backup finish"));
    return {};
}

Status writeContainer(AtomicFile &out, BackupSource &source, const BackupManifest &manifest, const QString &snapshotPath,
    const BackupProgress &progress)
{
    if (auto st = out.open(); !st)
        return st;
    QByteArray salt(backupformat::SaltBytes, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    const SecureBuffer streamKey = KeyWrap::deriveSubkey(
        source.masterKey(), QByteArrayLiteral("vangnet-backup-v1|") + source.vaultId().toLatin1() + '|' + salt);
    StreamEncryptor stream(out);
    QByteArray header = backupformat::Magic + littleEndian16(backupformat::FormatVersion) + littleEndian16(0)
        + littleEndian32(static_cast<quint32>(source.keyFileBytes().size())) + source.keyFileBytes() + salt
        + stream.init(streamKey);
    QByteArray checksum(backupformat::ChecksumBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(checksum.data()), static_cast<size_t>(checksum.size()),
        reinterpret_cast<const unsigned char *>(header.constData()), static_cast<unsigned long long>(header.size()), nullptr, 0);
    stream.setAssociatedData(checksum);
    if (auto st = out.write(header + checksum); !st)
        return st;
    crashPoint("backup-after-header");

    const QByteArray manifestJson = manifest.toJson();
    if (auto st = stream.write(littleEndian32(static_cast<quint32>(manifestJson.size()))); !st)
        return st;
    if (auto st = stream.write(manifestJson); !st)
        return st;

    QFile snapshot(snapshotPath);
    if (!snapshot.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Runtime, BackupWriter::tr("The vault's snapshot cannot be read."), snapshot.errorString());
    const qint64 total = std::max<qint64>(1, snapshot.size());
    QByteArray buffer(backupformat::ChunkBytes, '\0');
    qint64 done = 0;
    bool crashed = false;
    for (;;) {
        const qint64 n = snapshot.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error(ErrorCode::Runtime, BackupWriter::tr("The vault's snapshot cannot be read."), snapshot.errorString());
        if (n == 0)
            break;
        if (auto st = stream.write(buffer.constData(), n); !st)
            return st;
        done += n;
        if (!crashed && done * 2 >= total) {
            crashPoint("backup-mid-stream");
            crashed = true;
        }
        if (progress && !progress(450 + static_cast<int>(done * 500 / total)))
            return Error(ErrorCode::Cancelled, BackupWriter::tr("The backup was cancelled. Nothing was written."));
    }
    if (done != manifest.databaseBytes)
        return Error(ErrorCode::Runtime, BackupWriter::tr("The vault's snapshot changed while it was being read."));
    if (auto st = stream.finish(); !st)
        return st;
    crashPoint("backup-before-commit");
    return out.commit();
}

} // namespace

Result<CreatedBackup> BackupWriter::create(
    BackupSource &source, const QString &folder, const QDateTime &now, const BackupProgress &progress)
{
    if (!sodium::ensureInitialised())
        return Error(ErrorCode::Runtime, tr("The cryptography library could not be started."));
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir())
        return Error(ErrorCode::Runtime, tr("The backup folder %1 cannot be reached. Is the drive connected?").arg(folder));
    if (!folderInfo.isWritable())
        return Error(ErrorCode::Runtime, tr("The backup folder %1 cannot be written: check its permissions.").arg(folder));
    removeStaleSnapshots(source.vaultFolder(), now);
    removeStaleTemporaries(folder, now);

    QByteArray random(8, '\0');
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    const QString snapshotPath = source.vaultFolder() + QStringLiteral("/.vnbackup-snapshot-")
        + QString::fromLatin1(random.toHex()) + QStringLiteral(".db");
    struct SnapshotRemover
    {
        QString path;
        ~SnapshotRemover() { removeDatabaseFiles(path); }
    } remover { snapshotPath };

    BackupManifest manifest;
    {
        if (auto st = takeSnapshot(source, snapshotPath, progress); !st)
            return st.error();
        auto snapshot = Database::open(snapshotPath, source.masterKey(), Database::Mode::OpenExisting);
        if (!snapshot)
            return snapshot.error();
        // Read once, page by page: a small cache keeps the peak memory low.
        if (auto st = snapshot->exec(QStringLiteral("PRAGMA cache_size = -2048")); !st)
            return st.error();
        auto described = describe(snapshot.value(), source.vaultId(), now);
        if (!described)
            return described.error();
        manifest = std::move(described.value());
        // Closing checkpoints the snapshot's WAL into its file: the file alone is then complete.
    }
    if (QFileInfo::exists(snapshotPath + QStringLiteral("-wal")))
        return Error(ErrorCode::Runtime, tr("The vault's snapshot could not be completed."));
    manifest.databaseBytes = QFileInfo(snapshotPath).size();
    crashPoint("backup-after-snapshot");

    QString fileName = BackupCatalog::fileNameFor(now);
    for (int n = 2; QFileInfo::exists(folder + QLatin1Char('/') + fileName); ++n)
        fileName = BackupCatalog::fileNameFor(now, n);
    const QString path = QDir(folder).absoluteFilePath(fileName);
    AtomicFile out(path);
    if (auto st = writeContainer(out, source, manifest, snapshotPath, progress); !st) {
        out.cancel();
        return st.error();
    }
    crashPoint("backup-after-commit");
    if (progress)
        progress(1000);
    return CreatedBackup { path, fileName, QFileInfo(path).size(), manifest.cases, manifest.createdAt };
}

void BackupWriter::removeStaleTemporaries(const QString &folder, const QDateTime &now)
{
    const QFileInfoList stale = QDir(folder).entryInfoList(
        { QStringLiteral(".vangnet-*.vnbackup") + AtomicFile::temporaryMarker() + QLatin1Char('*') }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : stale)
        if (fi.lastModified().toUTC().secsTo(now.toUTC()) > 24 * 3600)
            QFile::remove(fi.absoluteFilePath());
}

void BackupWriter::removeStaleSnapshots(const QString &vaultFolder, const QDateTime &now)
{
    const QFileInfoList stale
        = QDir(vaultFolder).entryInfoList({ QStringLiteral(".vnbackup-snapshot-*") }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : stale)
        if (fi.lastModified().toUTC().secsTo(now.toUTC()) > 24 * 3600)
            QFile::remove(fi.absoluteFilePath());
}

} // namespace vangnet
