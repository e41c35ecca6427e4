#pragma once

#include "audit/AuditActions.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

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
    QString caseNumber; // list() only: the number of the case the subject names (erased ones too)
};

// What AuditLog::list() returns: empty members do not filter.
struct AuditQuery
{
    QDate since; // entries on or after this day (UTC)
    QDate until; // entries on or before this day (UTC)
    std::optional<AuditKind> kind;
    int limit = 1000; // newest first
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
    // Newest first, filtered, with the case number of a subject that names a case.
    Result<QVector<AuditEntry>> list(const AuditQuery &query) const;
    // Integrity error naming the first broken entry, if any row was altered, removed or inserted.
    Status verify() const;

    static QString currentActor();

private:
    Database &m_db;
};

} // namespace vangnet
