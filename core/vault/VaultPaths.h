#pragma once

#include <QDir>
#include <QString>

namespace vangnet {

// A vault is one folder; moving it to another machine is copying that folder:
//   vault.db      the SQLCipher database (plus vault.db-wal / vault.db-shm while open)
//   vault.key     the master key, wrapped by the passphrase and by the recovery key
//   vault.lock    present only while a process has the vault open (an OS lock on it, see FileLock)
//   vault.audit-pending  an empty marker: an unlock could not be recorded in the audit log (disk full)
struct VaultPaths
{
    explicit VaultPaths(const QString &folder)
        : folder(QDir::cleanPath(folder))
    { }

    QString folder;
    QString database() const { return folder + QStringLiteral("/vault.db"); }
    QString keyFile() const { return folder + QStringLiteral("/vault.key"); }
    QString lockFile() const { return folder + QStringLiteral("/vault.lock"); }
    QString auditPendingMarker() const { return folder + QStringLiteral("/vault.audit-pending"); }
    // The database while a new vault is being created; renamed to vault.db once the key file exists.
    QString pendingDatabase() const { return folder + QStringLiteral("/vault.db.new"); }

    // The folder a vault lives in unless the user picks another (per user, per OS convention).
    static QString defaultFolder();
};

} // namespace vangnet
