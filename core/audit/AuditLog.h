#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace vangnet {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // stable code, e.g. "vault.created", "vault.passphrase_changed"
    QString subject; // an id (case UUID, contact id), never a name
    QString detail;
};

// Hash-chained, append-only record of security-relevant events, inside the encrypted vault.
class AuditLog
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    { }

    Status append(const QString &action, const QString &subject = {}, const QString &detail = {});
    Result<QVector<AuditEntry>> recent(int limit) const;
    // Integrity error naming the first broken entry, if any row was altered, removed or inserted.
    Status verify() const;

    static QString currentActor();

private:
    Database &m_db;
};

} // namespace vangnet
