#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupProgress.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet {

class BackupReader;

// The full check of a backup, as restic's `check --read-data`, in one pass over the file: the
// container's authentication (every chunk and the final tag) while the database (and its WAL) are
// decrypted straight into a private temporary folder (still encrypted page by page by SQLCipher),
// then the database checks: every page's HMAC and the structure (integrity_check), the vault id,
// the audit log's hash chain, the case count and every attachment's size and BLAKE2b hash against
// the manifest.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    static Result<BackupManifest> verify(
        BackupReader &reader, const SecureBuffer &masterKey, const BackupProgress &progress = {});

    // Opens a database extracted from a backup (an Integrity error when it cannot be), with a small
    // cache: every page is read once.
    static Result<Database> openExtracted(const QString &path, const SecureBuffer &masterKey);
    // The database checks alone, on a database extracted from a backup (restore uses them too).
    static Status checkDatabase(Database &db, const BackupManifest &manifest);
};

} // namespace vangnet
