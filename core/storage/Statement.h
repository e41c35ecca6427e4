#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <utility>

struct sqlite3_stmt;

namespace vangnet {

class Database;
class StatementCache;

// A prepared statement with bound parameters; finalised in the destructor, or, when it came from
// Database::prepareCached(), reset and given back to the connection's cache. Values are bound by
// position (1-based) or by name (":name"), never spliced into SQL text.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QVariant &value);
    Statement &bind(const char *name, const QVariant &value);
    Statement &bindNull(int index);

    // Steps once. true: a row is available; false: done. Errors are reported through Result.
    Result<bool> step();
    // Runs to completion (for statements without rows).
    Status run();
    void reset();

    int columnCount() const;
    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    QString columnName(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, const Database *db, std::shared_ptr<StatementCache> cache = {})
        : m_stmt(stmt)
        , m_db(db)
        , m_cache(std::move(cache))
    { }
    void release();

    sqlite3_stmt *m_stmt = nullptr;
    const Database *m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache; // set: give the statement back instead of finalising it
    int m_bindError = 0;
};

} // namespace vangnet
