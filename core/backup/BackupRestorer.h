#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupProgress.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet {

class BackupReader;

// Restores a backup into a new vault folder, never over an existing vault: the folder must not
// exist or be empty. In one pass the database and its WAL are decrypted from the container into
// vault.db.new and vault.db.new-wal (still encrypted page by page), the WAL is checkpointed into the
// database, which then passes every check of BackupVerifier; then the key file copy is written and
// vault.db.new renamed to vault.db, the same order as creating a vault (a crash in between is
// completed by the next open). The restored vault opens with the passphrase that was valid when
// the backup was made, or the recovery key. On any failure the folder is left as it was found.
class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestorer)

public:
    // AlreadyExists when the folder holds anything.
    static Status checkTarget(const QString &folder);
    static Result<BackupManifest> restore(
        BackupReader &reader, const SecureBuffer &masterKey, const QString &folder, const BackupProgress &progress = {});
};

} // namespace vangnet
