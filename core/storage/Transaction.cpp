#include "storage/Transaction.h"

#include "storage/Database.h"

namespace vangnet {

Transaction::Transaction(Database &db) : m_db(db), m_began(db.exec(QStringLiteral("BEGIN IMMEDIATE")))
{
}

Transaction::~Transaction()
{
    if (m_began && !m_done)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_began)
        return m_began;
    auto st = m_db.exec(QStringLiteral("COMMIT"));
    if (st)
        m_done = true;
    return st;
}

} // namespace vangnet
