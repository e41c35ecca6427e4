#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace vangnet {

class Database;

// One field change: the path is a top-level key ("familyName", "tasks") or a dotted path into the
// objects threat and exploitationPeriod ("threat.code"); arrays are compared and stored whole.
struct FieldChange
{
    QString field;
    QJsonValue oldValue; // Null: not set before
    QJsonValue newValue; // Null: cleared
};

struct HistoryEntry
{
    qint64 id = 0;
    QString caseId;
    QDateTime at; // UTC
    QString actor; // AuditLog::currentActor()
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
    QString changeId; // one UUID per write: the fields changed together
};

// The field-level history of cases (table case_history), kept by CaseRepository in the same
// transaction as the write it describes.
class CaseHistory
{
public:
    explicit CaseHistory(Database &db)
        : m_db(db)
    { }

    // Changed fields only; a value that stays the same gives no entry. With `skipEmptyNew` (new
    // cases) fields whose new value is null, "", [], false or 0 are left out.
    static QVector<FieldChange> diff(const QJsonObject &before, const QJsonObject &after, bool skipEmptyNew = false);

    Status record(const QString &caseId, const QString &changeId, const QVector<FieldChange> &changes, const QDateTime &at);
    // Oldest first.
    Result<QVector<HistoryEntry>> forCase(const QString &caseId) const;

    static QString encode(const QJsonValue &value);
    static QJsonValue decode(const QString &text, bool isNull);

private:
    Database &m_db;
};

} // namespace vangnet
