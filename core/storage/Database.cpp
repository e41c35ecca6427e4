#include "storage/Database.h"

#include "storage/SqlCipher.h"
#include "storage/Statement.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <utility>

namespace vangnet {
namespace {

// Every cipher parameter is set explicitly so that a vault written by SQLCipher 3.4 (Debian) and one
// written by SQLCipher 4.x (Windows, macOS) are byte-compatible. Values: docs/SECURITY.md.
const char *const CipherSettingsV3[] = {
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 64000",
    "PRAGMA fast_kdf_iter = 2",
    "PRAGMA cipher_use_hmac = ON",
    "PRAGMA cipher_hmac_pgno = le",
    "PRAGMA cipher_hmac_salt_mask = \"x'3a'\"",
};
const char *const CipherSettingsV4[] = {
    "PRAGMA cipher_compatibility = 3",
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 64000",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA1",
    "PRAGMA cipher_plaintext_header_size = 0",
};

// Connection settings, for encrypted and plain (benchmark baseline) databases alike.
const char *const ConnectionSettings[] = {
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    // 64 MiB of decrypted pages (allocated as they are read). In a vault every page read from disk
    // is decrypted and checked, and every page written encrypted: at 100,000 cases a 16 MiB cache
    // made bulk writes re-read and re-encrypt index pages, 1.6-1.75x the plain cost; 64 MiB keeps
    // the working set of indexes and brings it to about 1.3x (docs/PERFORMANCE.md).
    "PRAGMA cache_size = -65536",
    "PRAGMA busy_timeout = 5000",
};

} // namespace

Database::Database(sqlite3 *db)
    : m_db(db)
    , m_cache(std::make_shared<StatementCache>())
{ }

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_cache(std::move(other.m_cache))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::close()
{
    // Cached statements first: close_v2 defers the close until every statement is finalised, and
    // only the real close makes SQLCipher wipe its key.
    if (m_cache) {
        m_cache->close();
        m_cache.reset();
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

// Before SQLite's first use in the process: no global statistics of its memory. Kept, they take one
// mutex for every allocation of every connection, so the window's queries waited on the readers'
// threads at unlock (futex waits under sqlite3_prepare_v2 in a profile). Nothing reads them.
static void configureSqliteOnce()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)configured; // SQLITE_MISUSE if SQLite was already in use: harmless, only slower
}

QString Database::cipherVersion()
{
    configureSqliteOnce();
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version.section(QLatin1Char(' '), 0, 0);
}

static Result<sqlite3 *> openHandle(const QString &path, Database::Mode mode)
{
    if (mode != Database::Mode::Create && !QFile::exists(path))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("Database", "The database file does not exist."));
    configureSqliteOnce();
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (mode == Database::Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return Error(ErrorCode::Runtime, QCoreApplication::translate("Database", "The database could not be opened."), detail);
    }
    sqlite3_extended_result_codes(db, 1);
    return db;
}

Result<Database> Database::open(const QString &path, const SecureBuffer &rawKey, Mode mode)
{
    if (rawKey.size() != 32)
        return Error(
            ErrorCode::Runtime, QCoreApplication::translate("Database", "Internal error: the database key has the wrong size."));
    auto handle = openHandle(path, mode);
    if (!handle)
        return handle.error();
    Database db(handle.value());

    // The raw-key form x'<64 hex digits>' skips SQLCipher's own PBKDF2: the key is already random.
    SecureBuffer keySpec(2 + 64 + 1);
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(keySpec.data() + 2), 65, rawKey.data(), rawKey.size());
    keySpec.data()[66] = '\'';
    if (sqlite3_key(db.m_db, keySpec.data(), static_cast<int>(keySpec.size())) != SQLITE_OK)
        return Error(ErrorCode::Runtime, QCoreApplication::translate("Database", "The encryption layer refused the key."));
    keySpec.wipe();

    if (auto st = db.configure(true, mode); !st)
        return st.error();
    return db;
}

Result<Database> Database::openPlain(const QString &path, Mode mode)
{
    auto handle = openHandle(path, mode);
    if (!handle)
        return handle.error();
    Database db(handle.value());
    if (auto st = db.configure(false, mode); !st)
        return st.error();
    return db;
}

Status Database::configure(bool encrypted, Mode mode)
{
    if (mode == Mode::OpenExclusive)
        if (auto st = exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !st)
            return st;
    if (encrypted) {
        const bool v4 = cipherVersion().section(QLatin1Char('.'), 0, 0).toInt() >= 4;
        if (v4) {
            for (const char *sql : CipherSettingsV4)
                if (auto st = exec(QString::fromLatin1(sql)); !st)
                    return st;
        } else {
            for (const char *sql : CipherSettingsV3)
                if (auto st = exec(QString::fromLatin1(sql)); !st)
                    return st;
        }
    }
    // The first read proves the key (or detects a damaged file): SQLITE_NOTADB otherwise.
    const int rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB)
            return Error(ErrorCode::Integrity,
                QCoreApplication::translate(
                    "Database", "The database file is damaged or was altered, or it does not belong to this key file."),
                QString::fromUtf8(sqlite3_errmsg(m_db)));
        return errorFromCode(rc, QStringLiteral("verify key"));
    }
    for (const char *sql : ConnectionSettings) {
        const int r = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (r != SQLITE_OK)
            return errorFromCode(r, QString::fromLatin1(sql));
    }
    return {};
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        Error e = errorFromCode(rc, sql.left(60));
        return Error(e.code(), e.message(), detail + QStringLiteral(" [") + sql.left(60) + QLatin1Char(']'));
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, sql.left(80));
    return Statement(stmt, this);
}

Result<Statement> Database::prepareCached(const QString &sql)
{
    if (!m_cache)
        return prepare(sql);
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_stmt *kept = m_cache->take(utf8))
        return Statement(kept, this, m_cache);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFromCode(rc, sql.left(80));
    return Statement(stmt, this, m_cache);
}

int Database::cachedStatementCount() const
{
    return m_cache ? m_cache->size() : 0;
}

Result<QVariant> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, QCoreApplication::translate("Database", "No such record."));
    return stmt->value(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastErrorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Error Database::errorFromCode(int rc, const QString &what) const
{
    const QString detail = lastErrorMessage() + QStringLiteral(" (") + what + QLatin1Char(')');
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error(ErrorCode::Runtime,
            QCoreApplication::translate("Database", "The disk is full. Nothing was changed; free some space and try again."),
            detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Integrity,
            QCoreApplication::translate("Database", "The database file is damaged or was altered."), detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(
            ErrorCode::InUse, QCoreApplication::translate("Database", "The database is busy in another process."), detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::Runtime,
            QCoreApplication::translate("Database", "The database cannot be written: check the folder's permissions."), detail);
    case SQLITE_IOERR:
        return Error(ErrorCode::Runtime,
            QCoreApplication::translate("Database", "Reading or writing the disk failed. Nothing was changed."), detail);
    case SQLITE_CONSTRAINT:
        return Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("Database", "The change conflicts with data already stored."), detail);
    default:
        return Error(ErrorCode::Runtime, QCoreApplication::translate("Database", "Unexpected database error."), detail);
    }
}

} // namespace vangnet
