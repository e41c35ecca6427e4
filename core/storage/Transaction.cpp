#include "storage/Transaction.h"

#include "platform/CrashPoint.h"
#include "storage/Database.h"
#include "storage/SqlCipher.h"

#include <atomic>

namespace vangnet {
namespace {

QString nextSavepointName()
{
    static std::atomic<quint64> counter { 0 };
    return QStringLiteral("vangnet_sp_") + QString::number(++counter);
}

} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        m_savepoint = nextSavepointName();
    m_began = m_savepoint.isEmpty() ? db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                    : db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
}

Transaction::~Transaction()
{
    if (!m_began || m_done)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

Status Transaction::commit()
{
    if (!m_began)
        return m_began;
    if (m_savepoint.isEmpty())
        crashPoint("transaction-before-commit");
    auto st = m_savepoint.isEmpty() ? m_db.exec(QStringLiteral("COMMIT")) : m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    if (st)
        m_done = true;
    if (st && m_savepoint.isEmpty())
        crashPoint("transaction-after-commit");
    return st;
}

} // namespace vangnet
