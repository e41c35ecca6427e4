#include "vault/Vault.h"

#include "audit/AuditLog.h"
#include "crypto/KeyDerivation.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/RecoveryKey.h"
#include "platform/CrashPoint.h"
#include "platform/FileLock.h"
#include "platform/FileSync.h"
#include "storage/Migrations.h"
#include "storage/SqlCipher.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

namespace vangnet {
namespace {

constexpr auto OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

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

void removePendingDatabase(const VaultPaths &paths)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(paths.pendingDatabase() + suffix);
}

Status completeCreation(const VaultPaths &paths)
{
    if (!QFile::rename(paths.pendingDatabase(), paths.database()))
        return Error(ErrorCode::Runtime, Vault::tr("The new vault's database could not be put in place."), paths.database());
    syncDirectory(paths.folder);
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
    QFile marker(m_paths.auditPendingMarker());
    if (!marker.exists() && marker.open(QIODevice::WriteOnly))
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
    for (const QString &name : entries)
        if (!leftovers.contains(name))
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
    if (!QFileInfo::exists(paths.folder)) {
        if (!QDir().mkpath(paths.folder))
            return Error(ErrorCode::Runtime, tr("The vault folder cannot be created."), paths.folder);
        QFile::setPermissions(paths.folder, OwnerOnlyDir);
    }

    auto lock = acquireLock(paths);
    if (!lock)
        return lock.error();
    // Another init may have won the race for the lock.
    if (exists(folder))
        return Error(ErrorCode::AlreadyExists,
            tr("There is already a vault in this folder. Vangnet never overwrites a vault; choose another folder."));

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
        if (auto st = AuditLog(pending.value()).append(QStringLiteral("vault.created")); !st)
            return st.error();
    } // closed: the WAL is checkpointed into the file

    // The key file, then the database under its final name: a crash in between is completed by
    // the next open (finishOpen), a crash before leaves nothing that counts as a vault.
    KeyFile keyFile = KeyFile::create(vaultId, masterKey, passphraseKey.value(), kdf, recoveryKey);
    if (auto st = keyFile.save(paths.keyFile()); !st) {
        removePendingDatabase(paths);
        return st.error();
    }
    QFile::setPermissions(paths.keyFile(), OwnerOnlyFile);
    crashPoint("create-after-keyfile");
    if (auto st = completeCreation(paths); !st)
        return st.error();
    auto db = Database::open(paths.database(), masterKey, Database::Mode::OpenExisting);
    if (!db)
        return db.error();

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
    return finishOpen(paths, std::move(lock.value()), std::move(keyFile.value()), std::move(masterKey.value()));
}

Result<std::unique_ptr<Vault>> Vault::finishOpen(
    const VaultPaths &paths, std::unique_ptr<FileLock> lock, KeyFile keyFile, SecureBuffer masterKey)
{
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
    // An earlier unlock whose audit row a full disk kept back and that never got written.
    const QFileInfo marker(paths.auditPendingMarker());
    const bool gap = marker.exists();
    if (auto st = vault->audit(QStringLiteral("vault.unlocked")); !st)
        return st.error();
    if (gap && !vault->auditPending()) {
        const QString since = marker.lastModified().toUTC().toString(Qt::ISODate);
        if (AuditLog(vault->m_db).append(QStringLiteral("vault.audit_gap"), {},
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
    auto db = Database::open(m_paths.database(), m_masterKey, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    // Reads only: a write through this connection fails instead of competing with the vault's own.
    if (auto st = db->exec(QStringLiteral("PRAGMA query_only = 1")); !st)
        return st.error();
    // Readers page through lists and count: 16 MiB of decrypted pages each, not the 64 MiB of the
    // vault's own connection (which keeps the indexes its writes touch). With the whole 100,000-case
    // list open the desktop stays well under 250 MB (docs/PERFORMANCE.md).
    if (auto st = db->exec(QStringLiteral("PRAGMA cache_size = -16384")); !st)
        return st.error();
    std::erase_if(m_readers, [](const std::weak_ptr<VaultReader::Shared> &weak) { return weak.expired(); });
    auto shared = VaultReader::makeShared(std::move(db.value()));
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
    updated.rewrapPassphraseSlot(m_masterKey, passphraseKey.value(), kdf);
    if (auto st = updated.save(m_paths.keyFile()); !st)
        return st;
    m_keyFile = std::move(updated);
    return audit(QStringLiteral("vault.passphrase_changed"));
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
    if (auto st = AuditLog(m_db).verify(); !st)
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
