#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QVector>

namespace vangnet {

class Database;

// One bundle sent or received, for the Sharing screen's "recent exports and imports".
struct ExchangeEvent
{
    QString bundleId;
    QDateTime at;
    bool exported = false; // false: imported
    QString contactId;
    QString contactName;
    QString kind;
    QString purpose;
    int caseCount = 0; // exported: cases in the bundle; imported: created + updated + received
    int conflicts = 0;
};

// Reads exported_bundles and imported_bundles together, newest first.
class ExchangeRegister
{
public:
    explicit ExchangeRegister(Database &db)
        : m_db(db)
    { }
    Result<QVector<ExchangeEvent>> recent(int limit = 50) const;

private:
    Database &m_db;
};

} // namespace vangnet
