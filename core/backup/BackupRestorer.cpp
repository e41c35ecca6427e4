#include "backup/BackupRestorer.h"

#include "audit/AuditLog.h"
#include "backup/BackupReader.h"
#include "backup/BackupVerifier.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"
#include "platform/FileSync.h"
#include "storage/Database.h"
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

    AtomicFile out(paths.pendingDatabase());
    if (auto st = out.open(); !st)
        return st.error();
    auto manifest = reader.read(
        masterKey, [&out](const char *data, qint64 size) { return out.write(data, size); },
        [&progress](int permille) { return !progress || progress(permille * 7 / 10); });
    if (!manifest)
        return manifest.error();
    if (auto st = out.commit(); !st)
        return st.error();
    QFile::setPermissions(paths.pendingDatabase(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (progress && !progress(750))
        return Error(ErrorCode::Cancelled, tr("The restore was cancelled. The folder was left as it was."));
    if (auto st = BackupVerifier::checkDatabase(paths.pendingDatabase(), masterKey, manifest.value()); !st)
        return st.error();
    {
        auto db = Database::open(paths.pendingDatabase(), masterKey, Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        if (auto st
            = AuditLog(db.value()).append(QStringLiteral("vault.restored"), {}, manifest->createdAt.toString(Qt::ISODate));
            !st)
            return st.error();
    }
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
