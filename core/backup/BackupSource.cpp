#include "backup/BackupSource.h"

#include "backup/BackupFormat.h"
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
    // The read transaction starts with the first read and pins this instant's snapshot until the
    // source is destroyed; the manifest describes exactly that state.
    if (auto st = source.m_db.exec(QStringLiteral("BEGIN")); !st)
        return st.error();
    if (auto count = source.m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !count)
        return count.error();

    // The files are opened and measured only now, with the read transaction held. Why copying them
    // later, while the vault goes on writing, still gives one committed state (SQLite 3.15 wal.c):
    // - Our read mark > 0 (the WAL held frames not yet in vault.db): no writer can restart the WAL
    //   (walRestartLog needs WAL_READ_LOCK(1..N) exclusively) and a checkpoint copies into vault.db
    //   only frames up to the smallest reader's mark, so every frame of our state stays in the WAL
    //   at the offset it has now, within the size measured here. vault.db may change under the
    //   copy, but only in pages the checkpoint takes from those frames, and the copied WAL
    //   overrides each of them. The file only shrinks when a checkpoint has copied every frame
    //   (then the newest commit is ours) and cuts it to our state's page count: bytes past that
    //   belong to no page of our state (BackupWriter writes zeros for them).
    // - Our read mark is 0 (the WAL was empty or wholly copied into vault.db): no checkpoint can
    //   write vault.db at all (it needs WAL_READ_LOCK(0) exclusively), so vault.db is our state.
    //   The WAL may be restarted meanwhile; what we copy of it then holds later whole commits,
    //   a torn frame that fails its checksum, or frames of an older generation whose salts do not
    //   match, and recovery keeps only the frames up to the last valid commit.
    // The restore thus opens the state of a commit at or after this instant, never half of one.
    // Holding the descriptors also keeps reading the same files if one were renamed or removed.
    const QString databasePath = vault.paths().database();
    source.m_databaseFile = std::make_unique<QFile>(databasePath);
    if (!source.m_databaseFile->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::Runtime, tr("The vault's database file cannot be read."), source.m_databaseFile->errorString());
    source.m_databaseBytes = source.m_databaseFile->size();
    auto wal = std::make_unique<QFile>(databasePath + QStringLiteral("-wal"));
    if (wal->exists()) {
        if (!wal->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return Error(ErrorCode::Runtime, tr("The vault's database file cannot be read."), wal->errorString());
        source.m_walBytes = wal->size();
        source.m_walFile = std::move(wal);
    }
    return source;
}

} // namespace vangnet
