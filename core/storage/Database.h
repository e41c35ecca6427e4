#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace vangnet {

class Statement;
class StatementCache;

// Thin RAII owner of one SQLCipher connection. The raw 256-bit key is given with sqlite3_key()
// before any other statement, every cipher parameter is then set explicitly (docs/SECURITY.md,
// "Cipher parameters"), and the connection is closed in the destructor, which makes SQLCipher wipe
// its copy of the key. Statements of the hot paths stay prepared in a small per-connection cache
// (prepareCached); close() finalises them first, so the close is never deferred.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // OpenExclusive: an existing database in exclusive locking mode, set before the first read. In
    // WAL mode SQLite then keeps the WAL index in memory instead of the -shm file, which a full disk
    // cannot grow; no other connection can use the database meanwhile.
    enum class Mode { OpenExisting, Create, OpenExclusive };
    // Opens (or creates) an encrypted database and proves the key by reading the schema.
    static Result<Database> open(const QString &path, const SecureBuffer &rawKey, Mode mode);
    // An unencrypted database with the same settings; used only by benchmarks as a baseline.
    static Result<Database> openPlain(const QString &path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    void close();

    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    // Like prepare(), but the statement is kept on this connection when the Statement is destroyed
    // (reset, bindings cleared) and handed out again for the same SQL. For statements run often
    // with fixed text (writes of a case, the case list's queries); not for one-off SQL.
    Result<Statement> prepareCached(const QString &sql);
    // Statements kept by prepareCached(); for tests.
    int cachedStatementCount() const;
    // Single value of the first column of the first row, or an error if no row.
    Result<QVariant> scalar(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    sqlite3 *handle() const { return m_db; }

    Error errorFromCode(int rc, const QString &what) const;

    // The SQLCipher library version ("3.4.1", "4.5.6"); empty for a plain SQLite build.
    static QString cipherVersion();

private:
    explicit Database(sqlite3 *db);
    Status configure(bool encrypted, Mode mode);

    sqlite3 *m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache; // shared with the Statements it handed out
};

} // namespace vangnet
