#pragma once

#include <QByteArray>
#include <QHash>

struct sqlite3_stmt;

namespace vangnet {

// The prepared statements one connection keeps for reuse (Database::prepareCached), keyed by their
// SQL text. A statement is taken out while a Statement uses it and given back, reset and unbound,
// when that Statement is destroyed; the same SQL used twice at once simply gets a second statement.
// close() finalises every kept statement; Database::close() calls it before closing the connection,
// so that the close is not deferred and SQLCipher wipes its key at once. A statement given back
// after close() is finalised instead of kept.
class StatementCache
{
public:
    explicit StatementCache(int capacity = 64)
        : m_capacity(capacity)
    { }
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // A kept statement for this SQL, or nullptr (the caller prepares one).
    sqlite3_stmt *take(const QByteArray &sql);
    // Resets and keeps the statement for the next take() of its SQL, or finalises it.
    void give(sqlite3_stmt *stmt);
    void close();
    int size() const { return int(m_idle.size()); }

private:
    struct Entry
    {
        sqlite3_stmt *stmt = nullptr;
        quint64 lastUse = 0;
    };
    QHash<QByteArray, Entry> m_idle;
    int m_capacity;
    quint64 m_clock = 0;
    bool m_closed = false;
};

} // namespace vangnet
