#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>

namespace vangnet {

class Database;

// Per contact: bundles put in their mailbox through the exchange folder, how many came back with a
// verified receipt, and how many still wait.
struct ContactExchangeStatus
{
    QString contactId;
    QString name;
    int sent = 0;
    int delivered = 0;
    int waiting() const { return sent - delivered; }
};

// One bundle sent through the exchange folder.
struct SentBundle
{
    QString bundleId;
    QString contactName;
    QDateTime sentAt;
    QDateTime deliveredAt; // invalid while waiting
    int caseCount = 0;
};

// Reads the exchange folder's registers (exchange_sent) for `exchange status` and the Sharing section.
class ExchangeStatus
{
public:
    explicit ExchangeStatus(Database &db)
        : m_db(db)
    { }
    Result<QList<ContactExchangeStatus>> perContact() const;
    // Waiting first, then the most recently sent.
    Result<QList<SentBundle>> sent(int limit = 100) const;

private:
    Database &m_db;
};

} // namespace vangnet
