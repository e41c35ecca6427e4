#include "vault/Vault.h"

#include "audit/AuditLog.h"
#include "crypto/KeyDerivation.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/RecoveryKey.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"
#include "platform/FileLock.h"
#include "platform/FileSync.h"
#include "storage/CipherPageCheck.h"
#include "storage/Migrations.h"
#include "storage/SqlCipher.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <cstdio>

namespace vangnet {
namespace {

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
// Set once the vault's key file carries an authenticator: a file without one is then an alteration.
const QString KeyFileAuthenticatedMeta = QStringLiteral("key_file_authenticated");

Status writeMeta(Database &db, const QString &key, const QString &value)
{
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Result<QString> readMeta(Database &db, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->text(0) : QString();
}

// Moves everything from the WAL into the database file and empties the WAL, checking the result: a
// checkpoint that fails when the connection closes is silent, and the pending database is renamed
// without its -wal file.
Status checkpointFully(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value() || stmt->value(0).toInt() != 0)
        return Error(ErrorCode::Runtime,
            Vault::tr("The new vault's database could not be written completely. Nothing was changed."),
            QStringLiteral("wal_checkpoint busy"));
    return {};
}

void removePendingDatabase(const VaultPaths &paths)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(paths.pendingDatabase() + suffix);
}

bool renameInPlace(const QString &from, const QString &to)
{
#if defined(__unix__) || defined(__APPLE__)
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    return QFile::rename(from, to);
#endif
}

Status completeCreation(const VaultPaths &paths)
{
    // The plain rename, never QFile::rename's copy-and-delete fallback: all or nothing.
    if (!renameInPlace(paths.pendingDatabase(), paths.database()))
        return Error(ErrorCode::Runtime, Vault::tr("The new vault's database could not be put in place."), paths.database());
    if (!syncDirectory(paths.folder))
        return Error(ErrorCode::Runtime, Vault::tr("The vault folder could not be flushed to disk."), paths.folder);
    return {};
}

// Below this much free space an I/O error on writing is taken for a full disk.
constexpr qint64 kLowSpaceBytes = 4 * 1024 * 1024;

bool lowOnSpace(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < kLowSpaceBytes;
}

// The database could not be written or its -shm file not grown because the disk is full.
bool diskFullError(int rc, const QString &folder)
{
    if ((rc & 0xff) == SQLITE_FULL)
        return true;
    return ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN) && lowOnSpace(folder);
}

// Undoes a creation that failed before it was reported: nothing it made stays, so that the folder
// is as it was (init can be tried again) and no vault exists whose recovery key nobody saw.
class CreationCleanup
{
public:
    CreationCleanup(const VaultPaths &paths, bool madeFolder, FileLock &lock)
        : m_paths(paths)
        , m_madeFolder(madeFolder)
        , m_lock(lock)
    { }
    ~CreationCleanup()
    {
        if (m_done)
            return;
        removePendingDatabase(m_paths);
        for (const QString &file : QStringList { m_paths.database(), m_paths.database() + QStringLiteral("-wal"),
                 m_paths.database() + QStringLiteral("-shm"), m_paths.keyFile() })
            QFile::remove(file);
        m_lock.unlock(); // its file goes too, so that a folder this creation made can go
        if (m_madeFolder)
            QDir().rmdir(m_paths.folder); // only if empty
    }
    CreationCleanup(const CreationCleanup &) = delete;
    CreationCleanup &operator=(const CreationCleanup &) = delete;
    void done() { m_done = true; }

private:
    const VaultPaths &m_paths;
    bool m_madeFolder;
    FileLock &m_lock;
    bool m_done = false;
};

} // namespace

Vault::Vault(VaultPaths paths, std::unique_ptr<FileLock> lock, KeyFile keyFile, SecureBuffer masterKey, Database db)
    : m_paths(std::move(paths))
    , m_lock(std::move(lock))
    , m_keyFile(std::move(keyFile))
    , m_masterKey(std::move(masterKey))
    , m_db(std::move(db))
{ }

Vault::~Vault()
{
    lock();
}

void Vault::lock()
{
    // Readers first: each one's running statement is stopped and waited for, and SQLCipher wipes the
    // reader's copy of the key as it closes. The last connection to close checkpoints the WAL.
    for (const auto &weak : m_readers)
        if (const auto reader = weak.lock())
            VaultReader::closeShared(*reader);
    m_readers.clear();
    // A last try for audit rows kept back by a full disk; the marker file stays if it fails.
    if (m_db.isOpen() && !m_pendingAudit.isEmpty())
        flushPendingAudit();
    m_pendingAudit.clear();
    m_db.close();
    m_masterKey.wipe();
    m_recoveryKey.wipe();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

bool Vault::isDiskFull() const
{
    return diskFullError(sqlite3_extended_errcode(m_db.handle()), m_paths.folder);
}

Status Vault::audit(const QString &action, const QString &subject)
{
    if (!m_pendingAudit.isEmpty())
        flushPendingAudit();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    auto st = AuditLog(m_db).append(action, subject);
    if (st || !isDiskFull())
        return st;
    m_pendingAudit.append({ action, subject, at });
    // Remembered outside the database for the case that space never comes back while this process
    // runs: an empty file needs no free blocks. The next unlock records the gap.
    // Empty by design (AtomicFile needs free blocks for its temporary), created 0600 like every other file.
    QFile marker(m_paths.auditPendingMarker());
    if (!marker.exists()
        && marker.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        marker.close();
    return {};
}

bool Vault::flushPendingAudit()
{
    if (m_pendingAudit.isEmpty() || !m_db.isOpen())
        return m_pendingAudit.isEmpty();
    while (!m_pendingAudit.isEmpty()) {
        const PendingAudit &entry = m_pendingAudit.first();
        // The row carries the time it happened; its own time is when it could be written.
        const QString detail = QStringLiteral("delayed: disk full at ") + entry.at.toString(Qt::ISODateWithMs);
        if (!AuditLog(m_db).append(entry.action, entry.subject, detail))
            return false;
        m_pendingAudit.removeFirst();
    }
    QFile::remove(m_paths.auditPendingMarker());
    return true;
}

bool Vault::exists(const QString &folder)
{
    const VaultPaths paths(folder);
    return QFileInfo::exists(paths.keyFile()) || QFileInfo::exists(paths.database());
}

Result<std::unique_ptr<FileLock>> Vault::acquireLock(const VaultPaths &paths)
{
    // An OS lock on the open file: a lock file left by a killed process, empty or not, is free.
    auto lock = std::make_unique<FileLock>(paths.lockFile());
    switch (lock->tryLock()) {
    case FileLock::Outcome::Locked:
        return lock;
    case FileLock::Outcome::HeldElsewhere:
        return Error(ErrorCode::InUse,
            tr("This vault is already open in another Vangnet window or program. Close it there first; only one program may "
               "change a vault at a time."));
    case FileLock::Outcome::Failed:
        break;
    }
    return Error(ErrorCode::Runtime, tr("The vault folder cannot be written: check its permissions."),
        paths.lockFile() + QStringLiteral(": ") + lock->errorString());
}

Status Vault::checkFolderForCreate(const VaultPaths &paths)
{
    const QFileInfo info(paths.folder);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return Error(ErrorCode::InvalidInput, tr("The vault folder's path names a file, not a folder. Choose another folder."));
    // What an interrupted creation may leave behind; anything else belongs to someone else.
    const QStringList leftovers { QStringLiteral("vault.lock"), QStringLiteral("vault.db.new"),
        QStringLiteral("vault.db.new-wal"), QStringLiteral("vault.db.new-shm"), QStringLiteral("vault.db.new-journal") };
    const QStringList entries
        = QDir(paths.folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    // The key file's temporary of a killed creation too (AtomicFile::open removes it).
    const QString keyFileTemporary = QStringLiteral(".vault.key") + AtomicFile::temporaryMarker();
    for (const QString &name : entries)
        if (!leftovers.contains(name) && !name.startsWith(keyFileTemporary))
            return Error(ErrorCode::InvalidInput,
                tr("The folder already holds other files. A vault is created only in a new or empty folder: choose "
                   "another one."),
                name);
    return {};
}

Result<CreatedVault> Vault::create(const QString &folder, const QString &passphrase, const KdfParameters &kdf)
{
    if (auto st = PassphrasePolicy::check(passphrase); !st)
        return st.error();
    if (exists(folder))
        return Error(ErrorCode::AlreadyExists,
            tr("There is already a vault in this folder. Vangnet never overwrites a vault; choose another folder."));
    const VaultPaths paths(folder);
    if (auto st = checkFolderForCreate(paths); !st)
        return st.error();
    // Only a folder made here is made private: an existing one may be shared with other programs.
    const bool madeFolder = !QFileInfo::exists(paths.folder);
    if (madeFolder) {
        if (!QDir().mkpath(paths.folder))
            return Error(ErrorCode::Runtime, tr("The vault folder cannot be created."), paths.folder);
        QFile::setPermissions(paths.folder, OwnerOnlyDir);
    }

    auto lock = acquireLock(paths);
    if (!lock) {
        if (madeFolder)
            QDir().rmdir(paths.folder);
        return lock.error();
    }
    // Another init may have won the race for the lock.
    if (exists(folder))
        return Error(ErrorCode::AlreadyExists,
            tr("There is already a vault in this folder. Vangnet never overwrites a vault; choose another folder."));
    CreationCleanup cleanup(paths, madeFolder, *lock.value());

    auto passphraseKey = KeyDerivation::fromPassphrase(passphrase, kdf);
    if (!passphraseKey)
        return passphraseKey.error();
    SecureBuffer masterKey = SecureBuffer::random(KeyFile::MasterKeyBytes);
    SecureBuffer recoveryKey = RecoveryKey::generate();
    const QUuid vaultId = QUuid::createUuid();

    // A leftover of a creation that was interrupted before its key file existed can never be
    // opened (its key was never stored), so it is removed.
    removePendingDatabase(paths);
    {
        auto pending = Database::open(paths.pendingDatabase(), masterKey, Database::Mode::Create);
        if (!pending)
            return pending.error();
        QFile::setPermissions(paths.pendingDatabase(), OwnerOnlyFile);
        if (auto st = Migrations::migrate(pending.value()); !st)
            return st.error();
        if (auto st = writeMeta(pending.value(), QStringLiteral("vault_id"), vaultId.toString(QUuid::WithoutBraces)); !st)
            return st.error();
        if (auto st
            = writeMeta(pending.value(), QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !st)
            return st.error();
        if (auto st = writeMeta(pending.value(), KeyFileAuthenticatedMeta, QStringLiteral("1")); !st)
            return st.error();
        if (auto st = AuditLog(pending.value()).append(QStringLiteral("vault.created")); !st)
            return st.error();
        if (auto st = checkpointFully(pending.value()); !st)
            return st.error();
    } // closed; the WAL was emptied into the file above
    if (QFileInfo(paths.pendingDatabase() + QStringLiteral("-wal")).size() > 0)
        return Error(ErrorCode::Runtime, tr("The new vault's database could not be written completely. Nothing was changed."),
            QStringLiteral("WAL left after close"));

    // The key file, then the database under its final name: a crash in between is completed by
    // the next open (finishOpen), a crash before leaves nothing that counts as a vault.
    KeyFile keyFile = KeyFile::create(vaultId, masterKey, passphraseKey.value(), kdf, recoveryKey);
    if (auto st = keyFile.save(paths.keyFile(), { &masterKey, &passphraseKey.value(), &recoveryKey }); !st)
        return st.error();
    crashPoint("create-after-keyfile");
    if (auto st = completeCreation(paths); !st)
        return st.error();
    auto db = Database::open(paths.database(), masterKey, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    cleanup.done();

    CreatedVault created;
    created.recoveryKey = RecoveryKey::format(recoveryKey);
    created.vault.reset(
        new Vault(paths, std::move(lock.value()), std::move(keyFile), std::move(masterKey), std::move(db.value())));
    return created;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &folder, const QString &passphrase)
{
    const VaultPaths paths(folder);
    auto keyFile = KeyFile::load(paths.keyFile());
    if (!keyFile)
        return keyFile.error();
    auto lock = acquireLock(paths);
    if (!lock)
        return lock.error();
    auto passphraseKey = KeyDerivation::fromPassphrase(passphrase, keyFile->kdf());
    if (!passphraseKey)
        return passphraseKey.error();
    auto masterKey = keyFile->unwrapWithPassphraseKey(passphraseKey.value());
    if (!masterKey)
        return masterKey.error();
    return finishOpen(paths, std::move(lock.value()), std::move(keyFile.value()), std::move(masterKey.value()));
}

Result<std::unique_ptr<Vault>> Vault::openWithRecoveryKey(const QString &folder, const QString &recoveryKeyText)
{
    const VaultPaths paths(folder);
    auto keyFile = KeyFile::load(paths.keyFile());
    if (!keyFile)
        return keyFile.error();
    auto recoveryKey = RecoveryKey::parse(recoveryKeyText);
    if (!recoveryKey)
        return recoveryKey.error();
    auto lock = acquireLock(paths);
    if (!lock)
        return lock.error();
    auto masterKey = keyFile->unwrapWithRecoveryKey(recoveryKey.value());
    if (!masterKey)
        return masterKey.error();
    return finishOpen(
        paths, std::move(lock.value()), std::move(keyFile.value()), std::move(masterKey.value()), std::move(recoveryKey.value()));
}

Result<std::unique_ptr<Vault>> Vault::finishOpen(
    const VaultPaths &paths, std::unique_ptr<FileLock> lock, KeyFile keyFile, SecureBuffer masterKey, SecureBuffer recoveryKey)
{
    AtomicFile::removeStaleTemporaries(paths.keyFile()); // left by a process killed while it saved the key file
    if (!QFileInfo::exists(paths.database()) && QFileInfo::exists(paths.pendingDatabase()))
        if (auto st = completeCreation(paths); !st)
            return st.error();
    if (!QFileInfo::exists(paths.database()))
        return Error(ErrorCode::Integrity,
            tr("The vault's database file (vault.db) is missing. Restore the whole vault folder from a backup."));
    // A vault always holds its schema: an empty file is a damaged one (SQLite would take it for a new,
    // empty database and fail later on a missing table).
    if (QFileInfo(paths.database()).size() == 0)
        return Error(ErrorCode::Integrity,
            tr("The vault's database file (vault.db) is empty. Restore the whole vault folder from a backup."));
    auto db = Database::open(paths.database(), masterKey, Database::Mode::OpenExisting);
    if (!db && lowOnSpace(paths.folder)) {
        // On a full disk the WAL index (vault.db-shm) cannot grow; in exclusive locking mode SQLite
        // keeps it in memory instead, so the vault can still be read.
        db = Database::open(paths.database(), masterKey, Database::Mode::OpenExclusive);
    }
    if (!db)
        return db.error();
    auto storedId = readMeta(db.value(), QStringLiteral("vault_id"));
    if (!storedId)
        return storedId.error();
    if (storedId.value() != keyFile.vaultId().toString(QUuid::WithoutBraces))
        return Error(ErrorCode::Integrity, tr("The database and the key file in this folder belong to different vaults."));
    if (auto st = Migrations::migrate(db.value()); !st)
        return st.error();
    std::unique_ptr<Vault> vault(
        new Vault(paths, std::move(lock), std::move(keyFile), std::move(masterKey), std::move(db.value())));
    vault->m_recoveryKey = std::move(recoveryKey);
    // An earlier unlock whose audit row a full disk kept back and that never got written.
    const QFileInfo marker(paths.auditPendingMarker());
    const bool gap = marker.exists();
    if (auto st = vault->audit(QStringLiteral("vault.unlocked")); !st)
        return st.error();
    if (gap && !vault->auditPending()) {
        const QString since = marker.lastModified().toUTC().toString(Qt::ISODate);
        if (AuditLog(vault->m_db)
                .append(QStringLiteral("vault.audit_gap"), {},
                    QStringLiteral("an audit row could not be written (disk full) since ") + since))
            QFile::remove(paths.auditPendingMarker());
    }
    return vault;
}

Result<std::unique_ptr<VaultReader>> Vault::openReader()
{
    if (!isOpen())
        return Error(ErrorCode::Runtime, tr("The vault is locked."));
    // Opened in exclusive mode on a full disk (finishOpen): no second connection can read.
    if (auto mode = m_db.scalar(QStringLiteral("PRAGMA locking_mode")); mode && mode->toString() == QLatin1String("exclusive"))
        return Error(ErrorCode::Runtime,
            tr("The disk is full: the vault could be opened, but not read in the background. Free some space, then lock and "
               "unlock the vault."));
    std::erase_if(m_readers, [](const std::weak_ptr<VaultReader::Shared> &weak) { return weak.expired(); });
    // Opened by its first access, on the thread that reads (VaultReader).
    auto shared = VaultReader::makeShared(m_paths.database(), SecureBuffer::copyOf(m_masterKey.data(), m_masterKey.size()));
    m_readers.push_back(shared);
    return std::unique_ptr<VaultReader>(new VaultReader(std::move(shared)));
}

int Vault::openReaderCount() const
{
    int open = 0;
    for (const auto &weak : m_readers)
        if (const auto reader = weak.lock(); reader && VaultReader::isSharedOpen(*reader))
            ++open;
    return open;
}

int Vault::readerCount() const
{
    return static_cast<int>(std::count_if(
        m_readers.begin(), m_readers.end(), [](const std::weak_ptr<VaultReader::Shared> &weak) { return !weak.expired(); }));
}

Status Vault::changePassphrase(const QString &newPassphrase, const KdfParameters &kdf)
{
    if (!isOpen())
        return Error(ErrorCode::Runtime, tr("The vault is locked."));
    if (auto st = PassphrasePolicy::check(newPassphrase); !st)
        return st;
    auto passphraseKey = KeyDerivation::fromPassphrase(newPassphrase, kdf);
    if (!passphraseKey)
        return passphraseKey.error();
    KeyFile updated = m_keyFile;
    // The recovery slot: proven by the recovery key if the vault was opened with it; an older file's
    // slot gets its first MAC; a slot found damaged keeps its failing MAC (verify keeps saying so).
    if (!m_recoveryKey.isEmpty() || m_keyFile.slotState(KeyFile::Slot::Recovery, m_masterKey) == KeyFile::SlotState::Unverified)
        updated.authenticateSlot(KeyFile::Slot::Recovery, m_masterKey);
    updated.rewrapPassphraseSlot(m_masterKey, passphraseKey.value(), kdf);
    return replaceKeyFile(updated, { &m_masterKey, &passphraseKey.value(), m_recoveryKey.isEmpty() ? nullptr : &m_recoveryKey },
        QStringLiteral("vault.passphrase_changed"));
}

KeyFile::SlotState Vault::recoverySlotState() const
{
    if (!m_recoveryKey.isEmpty())
        return KeyFile::SlotState::Intact; // it opened the vault
    return m_keyFile.slotState(KeyFile::Slot::Recovery, m_masterKey);
}

Result<QString> Vault::replaceRecoveryKey()
{
    if (!isOpen())
        return Error(ErrorCode::Runtime, tr("The vault is locked."));
    SecureBuffer recoveryKey = RecoveryKey::generate();
    KeyFile updated = m_keyFile;
    if (updated.slotState(KeyFile::Slot::Passphrase, m_masterKey) == KeyFile::SlotState::Unverified)
        updated.authenticateSlot(KeyFile::Slot::Passphrase, m_masterKey);
    updated.rewrapRecoverySlot(m_masterKey, recoveryKey);
    if (auto st = replaceKeyFile(updated, { &m_masterKey, nullptr, &recoveryKey }, QStringLiteral("vault.recovery_key_replaced"));
        !st)
        return st.error();
    m_recoveryKey.wipe(); // the old one no longer opens the vault
    return RecoveryKey::format(recoveryKey);
}

Status Vault::replaceKeyFile(const KeyFile &updated, const KeyFile::Proof &proof, const QString &auditAction)
{
    // The audit row first, inside a transaction: on a full disk the database write fails before the
    // key file is touched. The transaction commits only once the new key file is in place.
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    if (auto st = AuditLog(m_db).append(auditAction); !st)
        return st;
    if (auto st = writeMeta(m_db, KeyFileAuthenticatedMeta, QStringLiteral("1")); !st)
        return st;
    if (auto st = updated.save(m_paths.keyFile(), proof); !st)
        return st; // rolled back: the old key file and the database are as they were
    m_keyFile = updated;
    // The new key file is in place: the change happened even if the audit row cannot be committed
    // now, and telling the user otherwise would leave them with a passphrase they think is not set.
    (void)tx.commit();
    return {};
}

Status Vault::verifyKeyFile()
{
    auto onDisk = KeyFile::load(m_paths.keyFile());
    if (!onDisk)
        return Error(ErrorCode::Integrity, tr("The vault's key file is damaged or was altered: %1").arg(onDisk.error().message()),
            onDisk.error().detail());
    if (onDisk->vaultId() != m_keyFile.vaultId())
        return Error(ErrorCode::Integrity, tr("The key file in the vault folder belongs to another vault."));
    auto marked = readMeta(m_db, KeyFileAuthenticatedMeta);
    if (!marked)
        return marked.error();
    if (!onDisk->hasAuthenticator() && marked.value() == QLatin1String("1"))
        return Error(ErrorCode::Integrity,
            tr("The vault's key file was altered: its authenticator was removed. Set a new passphrase and make a new recovery "
               "key."));
    const bool passphraseDamaged = onDisk->slotState(KeyFile::Slot::Passphrase, m_masterKey) == KeyFile::SlotState::Damaged;
    const bool recoveryDamaged = onDisk->slotState(KeyFile::Slot::Recovery, m_masterKey) == KeyFile::SlotState::Damaged;
    if (passphraseDamaged && recoveryDamaged)
        return Error(ErrorCode::Integrity,
            tr("Both slots of the vault's key file (passphrase and recovery) are damaged or were altered. While the vault is "
               "open, set a new passphrase and make a new recovery key."));
    if (passphraseDamaged)
        return Error(ErrorCode::Integrity,
            tr("The passphrase slot of the vault's key file is damaged or was altered: the passphrase may no longer open the "
               "vault. While it is open, set a new passphrase."));
    if (recoveryDamaged)
        return Error(ErrorCode::Integrity,
            tr("The recovery slot of the vault's key file is damaged or was altered: the recovery key no longer opens the "
               "vault. Make a new recovery key now."));
    return {};
}

Status Vault::verifyIntegrity()
{
    if (!isOpen())
        return Error(ErrorCode::Runtime, tr("The vault is locked."));
    // Reads every page: SQLCipher checks each page's HMAC on the way, quick_check the structure.
    auto check = m_db.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return Error(ErrorCode::Integrity, tr("The vault's database is damaged or was altered."), check.error().detail());
    QStringList problems;
    for (;;) {
        auto row = check->step();
        if (!row)
            return Error(ErrorCode::Integrity, tr("The vault's database is damaged or was altered."), row.error().detail());
        if (!row.value())
            break;
        if (check->text(0) != QLatin1String("ok"))
            problems.append(check->text(0));
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::Integrity,
            tr("The vault's database is damaged or was altered. Restore the vault folder from a backup."),
            problems.mid(0, 5).join(QStringLiteral("; ")));
    // Every page of the file by page number, free-list pages too (quick_check reads only live ones).
    auto pages = CipherPageCheck::run(m_paths.database(), m_masterKey);
    if (!pages)
        return pages.error();
    if (!pages->damaged.isEmpty()) {
        QStringList numbers;
        for (qint64 n : std::as_const(pages->damaged))
            numbers.append(QString::number(n));
        return Error(ErrorCode::Integrity,
            tr("The vault's database is damaged or was altered. Restore the vault folder from a backup."),
            QStringLiteral("pages failing their HMAC: ") + numbers.join(QStringLiteral(", ")));
    }
    if (auto st = AuditLog(m_db).verify(); !st)
        return st;
    if (auto st = verifyKeyFile(); !st)
        return st;
    return audit(QStringLiteral("vault.verified"));
}

SecureBuffer Vault::copyMasterKey() const
{
    if (m_masterKey.isEmpty())
        return {};
    return SecureBuffer::copyOf(m_masterKey.data(), m_masterKey.size());
}

QString Vault::revealMasterKeyHex()
{
    if (!isOpen())
        return {};
    // Never revealed unrecorded: on a full disk the row waits in memory (and the marker file).
    if (!audit(QStringLiteral("vault.master_key_revealed")))
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(m_masterKey.data()), static_cast<qsizetype>(m_masterKey.size())).toHex());
}

Result<VaultInfo> Vault::info(bool withCounts)
{
    if (!isOpen())
        return Error(ErrorCode::Runtime, tr("The vault is locked."));
    VaultInfo info;
    info.folder = m_paths.folder;
    info.vaultId = vaultId();
    info.keyFileFormat = m_keyFile.format();
    info.cipherLibraryVersion = Database::cipherVersion();
    info.cipher = QStringLiteral("AES-256-CBC, HMAC-SHA1 per page, raw 256-bit key");
    auto pageSize = m_db.scalar(QStringLiteral("PRAGMA cipher_page_size"));
    info.cipherPageSize = pageSize ? pageSize->toInt() : 0;
    info.kdf = m_keyFile.kdf();
    auto version = Migrations::currentVersion(m_db);
    if (!version)
        return version.error();
    info.schemaVersion = version.value();
    info.latestSchemaVersion = Migrations::latestVersion();
    auto created = readMeta(m_db, QStringLiteral("created_at"));
    if (created)
        info.createdAt = QDateTime::fromString(created.value(), Qt::ISODate);
    info.databaseBytes = QFileInfo(m_paths.database()).size();

    if (withCounts) {
        auto counts = recordCounts(m_db);
        if (!counts)
            return counts.error();
        info.recordCounts = std::move(counts).value();
    }
    return info;
}

Result<QList<QPair<QString, qint64>>> Vault::recordCounts(Database &db)
{
    auto tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT IN ('meta', 'schema_version') AND name NOT LIKE '%_content' AND name NOT LIKE '%_segments'"
        " AND name NOT LIKE '%_segdir' AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_stat' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    for (;;) {
        auto row = tables->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        names.append(tables->text(0));
    }
    QList<QPair<QString, qint64>> counts;
    for (const QString &name : names) {
        // Table names come from sqlite_master, not from input; quoted all the same.
        auto count = db.scalar(QStringLiteral("SELECT count(*) FROM \"") + name + QLatin1Char('"'));
        if (!count)
            return count.error();
        counts.append({ name, count->toLongLong() });
    }
    return counts;
}

} // namespace vangnet
