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
    // The online backup reads every page once: a large cache would only hold the whole vault in
    // memory (64 MiB at 10,000 cases with the vault's own setting). 2 MiB keeps the peak low.
    if (auto st = source.m_db.exec(QStringLiteral("PRAGMA cache_size = -2048")); !st)
        return st.error();
    // The read transaction starts with the first read and pins this instant's snapshot until the
    // source is destroyed; the online backup then copies exactly that state.
    if (auto st = source.m_db.exec(QStringLiteral("BEGIN")); !st)
        return st.error();
    if (auto count = source.m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !count)
        return count.error();
    return source;
}

} // namespace vangnet
