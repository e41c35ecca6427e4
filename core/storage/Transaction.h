#pragma once

#include "common/Result.h"

#include <QString>

namespace vangnet {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit() succeeded: a write
// that fails half-way leaves the vault exactly as it was. Inside an open transaction it nests as a
// SAVEPOINT, so a repository's write can be batched by a caller (imports, benchmarks) and still
// roll back on its own.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &began() const { return m_began; }
    Status commit();

private:
    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_began;
    bool m_done = false;
};

} // namespace vangnet
