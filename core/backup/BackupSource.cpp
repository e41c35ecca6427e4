#include "backup/BackupSource.h"

#include "backup/BackupFormat.h"
#include "storage/SqlCipher.h"
#include "vault/Vault.h"

#include <QFile>

namespace vangnet {

Result<BackupSource> BackupSource::take(Vault &vault)
{
    if (!vault.isOpen())
        return Error(ErrorCode::Runtime, tr("The vault is locked."));
    BackupSource source;
    source.m_masterKey = vault.copyMasterKey();
    source.m_vaultId = vault.vaultId();
    source.m_vaultFolder = vault.paths().folder;

    QFile keyFile(vault.paths().keyFile());
    if (!keyFile.open(QIODevice::ReadOnly) || keyFile.size() > backupformat::MaxKeyFileBytes)
        return Error(ErrorCode::Runtime, tr("The vault's key file cannot be read."), keyFile.errorString());
    source.m_keyFile = keyFile.readAll();

    auto db = Database::open(vault.paths().database(), source.m_masterKey, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    source.m_db = std::move(db.value());
    if (auto st = source.m_db.exec(QStringLiteral("PRAGMA query_only = 1")); !st)
        return st.error();
    // The manifest reads the cases' index and every attachment once: a large cache would only hold
    // them in memory (64 MiB with the vault's own setting). 2 MiB keeps the peak low.
    if (auto st = source.m_db.exec(QStringLiteral("PRAGMA cache_size = -2048")); !st)
        return st.error();
    // Holding the vault's write lock for a moment (no commit can happen, nobody waits long: the
    // vault's own writes run on this thread), a passive checkpoint copies into vault.db what the
    // readers allow and reports the WAL's frame count, and then the read transaction starts: its
    // state is exactly those frames. Without the lock a commit in between would make the count
    // and the state differ.
    Database &vaultDb = vault.database();
    if (auto st = vaultDb.exec(QStringLiteral("BEGIN IMMEDIATE")); !st)
        return st.error();
    struct WriteHold
    {
        Database &db;
        bool held = true;
        Status release()
        {
            if (!held)
                return {};
            held = false;
            return db.exec(QStringLiteral("ROLLBACK"));
        }
        ~WriteHold() { (void)release(); }
    } hold { vaultDb };
    int walFrames = -1;
    int checkpointed = -1;
    if (const int rc
        = sqlite3_wal_checkpoint_v2(source.m_db.handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &walFrames, &checkpointed);
        rc != SQLITE_OK)
        return source.m_db.errorFromCode(rc, QStringLiteral("wal_checkpoint"));
    auto pageSize = source.m_db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!pageSize)
        return pageSize.error();
    // The read transaction starts with the first read and pins this instant's state until the
    // source is destroyed; the manifest describes exactly that state.
    if (auto st = source.m_db.exec(QStringLiteral("BEGIN")); !st)
        return st.error();
    if (auto count = source.m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !count)
        return count.error();
    if (auto st = hold.release(); !st)
        return st.error();

    // Why copying vault.db and then the first walBytes of the WAL later, while the vault goes on
    // writing, gives exactly this state (SQLite 3.15 wal.c; docs/BACKUP-FORMAT.md):
    // - Every frame was checkpointed (the common case): our read mark is 0, and no checkpoint can
    //   write vault.db while we hold it (it needs WAL_READ_LOCK(0) exclusively). vault.db is our
    //   state; the WAL is not copied at all.
    // - Some frames were not (a reader pins an older state): our read mark is the frame count.
    //   No writer can restart the WAL from its start while we hold it (walRestartLog needs
    //   WAL_READ_LOCK(1..N) exclusively), so our frames stay where they are, and later commits
    //   are appended after them, past walBytes. A checkpoint copies into vault.db only frames up
    //   to the smallest reader's mark, so vault.db may change under the copy, but only in pages
    //   that one of our frames holds, and the WAL, copied after vault.db, overrides each. vault.db
    //   only shrinks when a checkpoint has copied every frame (then the newest commit is ours) and
    //   cuts it to our state's page count: bytes past that belong to no page of our state
    //   (BackupWriter writes zeros for them).
    // Holding the descriptors also keeps reading the same files if one were renamed or removed.
    const QString databasePath = vault.paths().database();
    source.m_databaseFile = std::make_unique<QFile>(databasePath);
    if (!source.m_databaseFile->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::Runtime, tr("The vault's database file cannot be read."), source.m_databaseFile->errorString());
    source.m_databaseBytes = source.m_databaseFile->size();
    if (walFrames > checkpointed) {
        constexpr qint64 WalHeaderBytes = 32;
        constexpr qint64 FrameHeaderBytes = 24;
        source.m_walBytes = WalHeaderBytes + qint64(walFrames) * (FrameHeaderBytes + pageSize->toLongLong());
        source.m_walFile = std::make_unique<QFile>(databasePath + QStringLiteral("-wal"));
        if (!source.m_walFile->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return Error(ErrorCode::Runtime, tr("The vault's database file cannot be read."), source.m_walFile->errorString());
        if (source.m_walFile->size() < source.m_walBytes)
            return Error(ErrorCode::Runtime, tr("The vault's database file cannot be read."),
                QStringLiteral("WAL shorter than its frames"));
    }
    return source;
}

} // namespace vangnet
