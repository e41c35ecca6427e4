#pragma once

#include "common/Result.h"
#include "crypto/KdfParameters.h"
#include "crypto/SecureBuffer.h"
#include "storage/Database.h"
#include "vault/KeyFile.h"
#include "vault/VaultInfo.h"
#include "vault/VaultPaths.h"
#include "vault/VaultReader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <vector>

namespace vangnet {

class FileLock;
class Vault;

struct CreatedVault
{
    std::unique_ptr<Vault> vault;
    QString recoveryKey; // shown once, never stored
};

// An unlocked vault: the open SQLCipher database, the master key in secure memory and the
// single-writer lock. Destroying it (or lock()) closes every reader and the database and wipes the
// key. Its methods are called from one thread; readers (openReader) serve other threads.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    static bool exists(const QString &folder);
    // Refuses to touch a folder that already holds a vault or any other file (a leftover of an
    // interrupted creation excepted); a folder it creates is made 0700, an existing one keeps its
    // permissions. kdf: Argon2id parameters for the
    // passphrase (production: KdfParameters::defaults()).
    static Result<CreatedVault> create(const QString &folder, const QString &passphrase, const KdfParameters &kdf);
    static Result<std::unique_ptr<Vault>> open(const QString &folder, const QString &passphrase);
    static Result<std::unique_ptr<Vault>> openWithRecoveryKey(const QString &folder, const QString &recoveryKey);

    // Rewraps the master key; the database is not re-encrypted. Atomic: after a crash either the old
    // or the new passphrase opens the vault. The new key file is read back and proven (the new
    // passphrase unwraps it; the recovery slot unwraps with the recovery key when the vault was opened
    // with it, or else is the old, authenticated slot byte for byte) before it replaces the old one.
    Status changePassphrase(const QString &newPassphrase, const KdfParameters &kdf);
    // Whether the recovery key still opens this vault, as far as the key file's authenticator can
    // tell (Unverified: a key file of an older version, not yet re-saved).
    KeyFile::SlotState recoverySlotState() const;
    // A new recovery key replaces the old one (which stops working): shown once, never stored.
    Result<QString> replaceRecoveryKey();

    // Closes every reader (stopping a running statement and waiting for it), then the database, wipes
    // the master key and releases the lock. The object stays, locked.
    void lock();
    bool isOpen() const { return m_db.isOpen(); }

    // Every caller that may write goes through here: audit rows that could not be written (disk
    // full) are retried first.
    Database &database()
    {
        if (!m_pendingAudit.isEmpty())
            flushPendingAudit();
        return m_db;
    }

    // The unlock (or another audited event) could not be recorded because the disk is full: the
    // vault can be read, and writes will fail until space is freed. The audit rows are kept in
    // memory and written by the next write or lock(); if that never succeeds, the next unlock
    // records that they are missing (a marker file, vault.audit-pending, remembers it).
    bool auditPending() const { return !m_pendingAudit.isEmpty(); }
    // Writes the pending audit rows if the disk allows it now; true when none are left.
    bool flushPendingAudit();
    // A read-only second connection for a background thread (see VaultReader). lock() closes it.
    Result<std::unique_ptr<VaultReader>> openReader();
    // Readers opened by this vault and not yet closed; for tests of the key-wipe promise.
    int openReaderCount() const;
    // Readers handed out and not yet destroyed, opened or not (a reader opens at its first access,
    // on its own thread); for tests of what starts when.
    int readerCount() const;
    const VaultPaths &paths() const { return m_paths; }
    QString vaultId() const { return m_keyFile.vaultId().toString(QUuid::WithoutBraces); }
    // withCounts: also count the rows of every table (hundreds of ms at 100,000 cases; the desktop
    // counts on a reader in the background with recordCounts()).
    Result<VaultInfo> info(bool withCounts = true);
    // Rows per table (not the search index's internal tables), by table name.
    static Result<QList<QPair<QString, qint64>>> recordCounts(Database &db);

    // Reads every page (each page's HMAC is checked), the audit chain and both slots of the key file
    // on disk (structure and authenticator): Integrity, naming what is damaged, when anything was
    // damaged or altered.
    Status verifyIntegrity();

    // The SQLCipher raw key as 64 hex digits, for opening the database with the stock sqlcipher
    // shell (docs/SECURITY.md). Recorded in the audit log. Empty when locked.
    QString revealMasterKeyHex();

    // A copy of the master key in secure memory, for a backup that reads through its own connection
    // and may finish after a lock (core/backup/BackupSource wipes it when done). Empty when locked.
    SecureBuffer copyMasterKey() const;

    // For tests of the "keys are wiped on lock" promise: the master key, the database or a reader.
    bool holdsKeyMaterial() const { return !m_masterKey.isEmpty() || m_db.isOpen() || openReaderCount() > 0; }

private:
    struct PendingAudit
    {
        QString action;
        QString subject;
        QDateTime at;
    };

    Vault(VaultPaths paths, std::unique_ptr<FileLock> lock, KeyFile keyFile, SecureBuffer masterKey, Database db);
    static Result<std::unique_ptr<FileLock>> acquireLock(const VaultPaths &paths);
    static Result<std::unique_ptr<Vault>> finishOpen(const VaultPaths &paths, std::unique_ptr<FileLock> lock, KeyFile keyFile,
        SecureBuffer masterKey, SecureBuffer recoveryKey = {});
    static Status checkFolderForCreate(const VaultPaths &paths);
    // Appends an audit row; on a full disk keeps it pending instead of failing (reading never
    // needs free space).
    Status audit(const QString &action, const QString &subject = {});
    bool isDiskFull() const;
    Status verifyKeyFile();
    // Saves the key file with the audit row (and the marker that key files of this vault carry an
    // authenticator) in one transaction that commits only once the new file is in place.
    Status replaceKeyFile(const KeyFile &updated, const KeyFile::Proof &proof, const QString &auditAction);

    VaultPaths m_paths;
    std::unique_ptr<FileLock> m_lock;
    QList<PendingAudit> m_pendingAudit;
    KeyFile m_keyFile;
    SecureBuffer m_masterKey;
    SecureBuffer m_recoveryKey; // only while opened with the recovery key: proves the recovery slot on save
    Database m_db;
    std::vector<std::weak_ptr<VaultReader::Shared>> m_readers;
};

} // namespace vangnet
