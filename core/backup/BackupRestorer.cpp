#include "backup/BackupRestorer.h"

#include "audit/AuditLog.h"
#include "backup/BackupReader.h"
#include "backup/BackupVerifier.h"
#include "backup/ExtractedDatabase.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"
#include "platform/FileSync.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/VaultPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vangnet {
namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

// All of the WAL into the database file, the WAL emptied; refused if any frame stays behind.
Status checkpoint(Database &db)
{
    auto st = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value() || st->integer(0) != 0 || st->integer(1) != st->integer(2))
        return Error(ErrorCode::Runtime, BackupRestorer::tr("The restored database could not be put in place."));
    return {};
}

} // namespace

Status BackupRestorer::checkTarget(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return Error(ErrorCode::AlreadyExists, tr("%1 is a file. Restore into a new, empty folder.").arg(folder));
    if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return Error(ErrorCode::AlreadyExists,
            tr("The folder %1 is not empty. A backup is restored only into a new or empty folder, never over a vault.")
                .arg(folder));
    return {};
}

Result<BackupManifest> BackupRestorer::restore(
    BackupReader &reader, const SecureBuffer &masterKey, const QString &folder, const BackupProgress &progress)
{
    if (auto st = checkTarget(folder); !st)
        return st.error();
    const bool created = !QFileInfo::exists(folder);
    if (created && !QDir().mkpath(folder))
        return Error(ErrorCode::Runtime, tr("The folder %1 cannot be created.").arg(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const VaultPaths paths(folder);
    struct Cleanup
    {
        const VaultPaths &paths;
        bool created;
        bool done = false;
        ~Cleanup()
        {
            if (done)
                return;
            removeDatabaseFiles(paths.pendingDatabase());
            QFile::remove(paths.keyFile());
            if (created)
                QDir().rmdir(paths.folder);
        }
    } cleanup { paths, created };

    // One pass: the stream is decrypted straight into vault.db.new and vault.db.new-wal.
    ExtractedDatabase files(paths.pendingDatabase());
    if (auto st = files.open(); !st)
        return st.error();
    auto manifest = reader.read(
        masterKey, [&files](BackupReader::Part part, const char *data, qint64 size) { return files.write(part, data, size); },
        [&progress](int permille) { return !progress || progress(permille * 6 / 10); });
    if (!manifest)
        return manifest.error();
    if (auto st = files.close(); !st)
        return st.error();
    if (progress && !progress(600))
        return Error(ErrorCode::Cancelled, tr("The restore was cancelled. The folder was left as it was."));
    {
        auto db = BackupVerifier::openExtracted(paths.pendingDatabase(), masterKey);
        if (!db)
            return db.error();
        // The WAL's frames up to its last whole commit go into the database file, so the restored
        // vault is one file again, as a vault at rest is.
        if (auto st = checkpoint(db.value()); !st)
            return st.error();
        if (auto st = BackupVerifier::checkDatabase(db.value(), manifest.value()); !st)
            return st.error();
        if (auto st
            = AuditLog(db.value()).append(QStringLiteral("vault.restored"), {}, manifest->createdAt.toString(Qt::ISODate));
            !st)
            return st.error();
        // Again, for the audit entry: a checkpoint that copies frames ends with SQLite's fsync of
        // the database file, which also makes the bytes written above durable before the rename.
        if (auto st = checkpoint(db.value()); !st)
            return st.error();
    }
    // Closing the only connection removed the emptied WAL; a vault at rest has no other file.
    if (QFileInfo(paths.pendingDatabase() + QStringLiteral("-wal")).size() > 0)
        return Error(ErrorCode::Runtime, tr("The restored database could not be put in place."), paths.pendingDatabase());
    QFile::remove(paths.pendingDatabase() + QStringLiteral("-wal"));
    QFile::remove(paths.pendingDatabase() + QStringLiteral("-shm"));
    crashPoint("restore-before-keyfile");
    if (auto st = AtomicFile::writeAll(paths.keyFile(), reader.keyFileBytes()); !st)
        return st.error();
    crashPoint("restore-after-keyfile");
    if (!QFile::rename(paths.pendingDatabase(), paths.database()))
        return Error(ErrorCode::Runtime, tr("The restored database could not be put in place."), paths.database());
    if (!syncDirectory(paths.folder))
        return Error(ErrorCode::Runtime, tr("The restored vault could not be flushed to disk."), paths.folder);
    cleanup.done = true;
    if (progress)
        progress(1000);
    return manifest;
}

} // namespace vangnet
