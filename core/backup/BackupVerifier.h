#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupProgress.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet {

class BackupReader;

// The full check of a backup, as restic's `check --read-data`: the container's authentication
// (every chunk and the final tag), then the database is written to a private temporary folder
// (still encrypted page by page) and checked: every page's HMAC and the structure
// (integrity_check), the vault id, the audit log's hash chain, the case count and every
// attachment's size and BLAKE2b hash against the manifest.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    static Result<BackupManifest> verify(
        BackupReader &reader, const SecureBuffer &masterKey, const BackupProgress &progress = {});

    // The database checks alone, on a file extracted from a backup (restore uses them too).
    static Status checkDatabase(const QString &path, const SecureBuffer &masterKey, const BackupManifest &manifest);
};

} // namespace vangnet
