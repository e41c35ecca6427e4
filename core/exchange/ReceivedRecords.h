#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace vangnet {

class Database;

// A record received in an external bundle (e.g. a registration at CoMensha): exactly the fields the
// sender's consent released, kept apart from this vault's own cases.
struct ReceivedRecord
{
    qint64 id = 0;
    QString bundleId;
    QString senderContactId;
    QString senderName;
    QString caseId; // the sender's case UUID; empty for a statistics table
    QString number; // the sender's case number
    QString purpose;
    QStringList scopes;
    QJsonObject data;
    QDateTime receivedAt;
};

// The received_records table.
class ReceivedRecords
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedRecords)

public:
    explicit ReceivedRecords(Database &db)
        : m_db(db)
    { }

    // Newest first. purpose: filter (empty: all).
    Result<QVector<ReceivedRecord>> list(const QString &purpose = {}) const;
    // Inside the importer's transaction.
    Status add(const ReceivedRecord &record);

private:
    Database &m_db;
};

} // namespace vangnet
