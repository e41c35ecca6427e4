#pragma once

#include "common/Result.h"

namespace vangnet {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit() succeeded: a write
// that fails half-way leaves the vault exactly as it was.
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
    Status m_began;
    bool m_done = false;
};

} // namespace vangnet
