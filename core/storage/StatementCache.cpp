#include "storage/StatementCache.h"

#include "storage/SqlCipher.h"

namespace vangnet {

StatementCache::~StatementCache()
{
    close();
}

sqlite3_stmt *StatementCache::take(const QByteArray &sql)
{
    const auto it = m_idle.find(sql);
    if (it == m_idle.end())
        return nullptr;
    sqlite3_stmt *stmt = it->stmt;
    m_idle.erase(it);
    return stmt;
}

void StatementCache::give(sqlite3_stmt *stmt)
{
    if (!stmt)
        return;
    // A statement that is still stepping holds a read transaction: reset ends it now, not at reuse.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const QByteArray sql(sqlite3_sql(stmt));
    if (m_closed || m_capacity <= 0 || m_idle.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    if (m_idle.size() >= m_capacity) {
        // Evict the least recently used; a linear pass over a few dozen entries.
        auto oldest = m_idle.begin();
        for (auto it = m_idle.begin(); it != m_idle.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        sqlite3_finalize(oldest->stmt);
        m_idle.erase(oldest);
    }
    m_idle.insert(sql, Entry { stmt, ++m_clock });
}

void StatementCache::close()
{
    m_closed = true;
    for (const Entry &e : std::as_const(m_idle))
        sqlite3_finalize(e.stmt);
    m_idle.clear();
}

} // namespace vangnet
