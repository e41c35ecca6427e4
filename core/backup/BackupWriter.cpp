#include "backup/BackupWriter.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupFormat.h"
#include "backup/BackupManifest.h"
#include "backup/BackupSource.h"
#include "backup/BackupStreamWriter.h"
#include "crypto/KeyWrap.h"
#include "crypto/Sodium.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>
#include <functional>

#include <sodium.h>

namespace vangnet {
namespace {

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

// The manifest, from the source's read transaction: the same state as the files copied after it.
Result<BackupManifest> describe(Database &db, const QString &vaultId, const QDateTime &now)
{
    BackupManifest m;
    m.createdAt = now.toUTC();
    m.vaultId = vaultId;
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    m.schemaVersion = version.value();
    auto cases = db.scalar(QStringLiteral("SELECT count(*) FROM cases"));
    if (!cases)
        return cases.error();
    m.cases = cases->toLongLong();
    auto rows = db.prepare(QStringLiteral("SELECT id, data FROM case_attachments ORDER BY id"));
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

// Streams the first `bytes` bytes of a file as they are on disk. A file that has become shorter
// than that (see BackupSource.cpp: only past the pinned state's last page) is completed with zeros.
Status copyRaw(
    QFile &file, qint64 bytes, BackupStreamWriter &stream, QByteArray &buffer, const std::function<bool(qint64)> &copied)
{
    if (!file.seek(0))
        return Error(ErrorCode::Runtime, BackupWriter::tr("The vault's database file cannot be read."), file.errorString());
    qint64 done = 0;
    bool ended = false;
    while (done < bytes) {
        const qint64 want = std::min<qint64>(buffer.size(), bytes - done);
        qint64 n = ended ? 0 : file.read(buffer.data(), want);
        if (n < 0)
            return Error(ErrorCode::Runtime, BackupWriter::tr("The vault's database file cannot be read."), file.errorString());
        if (n == 0) {
            ended = true;
            std::memset(buffer.data(), 0, static_cast<size_t>(want));
            n = want;
        }
        if (auto st = stream.write(buffer.constData(), n); !st)
            return st;
        done += n;
        if (!copied(n))
            return Error(ErrorCode::Cancelled, BackupWriter::tr("The backup was cancelled. Nothing was written."));
    }
    return {};
}

Status writeContainer(AtomicFile &out, BackupSource &source, const BackupManifest &manifest, const BackupProgress &progress)
{
    if (auto st = out.open(); !st)
        return st;
    QByteArray salt(backupformat::SaltBytes, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    const SecureBuffer streamKey = KeyWrap::deriveSubkey(
        source.masterKey(), QByteArrayLiteral("vangnet-backup-v1|") + source.vaultId().toLatin1() + '|' + salt);
    BackupStreamWriter stream(out);
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

    // vault.db first, then the WAL: the order the consistency argument needs (BackupSource.cpp).
    const qint64 total = std::max<qint64>(1, manifest.databaseBytes + manifest.walBytes);
    qint64 done = 0;
    bool crashed = false;
    const auto copied = [&](qint64 n) {
        done += n;
        if (!crashed && done * 2 >= total) {
            crashPoint("backup-mid-stream");
            crashed = true;
        }
        return !progress || progress(50 + static_cast<int>(done * 900 / total));
    };
    QByteArray buffer(backupformat::IoBufferBytes, '\0');
    if (auto st = copyRaw(source.databaseFile(), manifest.databaseBytes, stream, buffer, copied); !st)
        return st;
    crashPoint("backup-after-database");
    if (manifest.walBytes > 0)
        if (auto st = copyRaw(*source.walFile(), manifest.walBytes, stream, buffer, copied); !st)
            return st;
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

    auto described = describe(source.database(), source.vaultId(), now);
    if (!described)
        return described.error();
    BackupManifest manifest = std::move(described.value());
    manifest.databaseBytes = source.databaseBytes();
    manifest.walBytes = source.walBytes();
    if (progress && !progress(50))
        return Error(ErrorCode::Cancelled, tr("The backup was cancelled. Nothing was written."));

    QString fileName = BackupCatalog::fileNameFor(now);
    for (int n = 2; QFileInfo::exists(folder + QLatin1Char('/') + fileName); ++n)
        fileName = BackupCatalog::fileNameFor(now, n);
    const QString path = QDir(folder).absoluteFilePath(fileName);
    AtomicFile out(path);
    if (auto st = writeContainer(out, source, manifest, progress); !st) {
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
