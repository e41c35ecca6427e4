#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QVector>

namespace vangnet {

class Database;

// A field changed on both sides since the common history, with different values. The local value
// stays until the coordinator resolves it.
struct MergeConflict
{
    QString id;
    QString caseId;
    QString caseNumber;
    QString field; // top-level key or dotted path ("threat.code")
    QJsonValue localValue;
    QJsonValue remoteValue;
    QString bundleId;
    QDateTime detectedAt;
    QDateTime resolvedAt; // invalid while open
    QString resolution; // local | remote, empty while open
};

// The conflicts table (merge_conflicts) and their resolution.
class MergeConflicts
{
    Q_DECLARE_TR_FUNCTIONS(MergeConflicts)

public:
    explicit MergeConflicts(Database &db)
        : m_db(db)
    { }

    // Open conflicts first (oldest first), then resolved ones when asked.
    Result<QVector<MergeConflict>> list(bool includeResolved = false) const;
    Result<MergeConflict> find(const QString &id) const;
    // takeRemote: the other side's value replaces the local one (recorded in the case history);
    // otherwise the local value stays. Either way the other side's history rows for the field are
    // stored, so the next merge sees them as common history and does not raise the conflict again.
    // InvalidInput when already resolved; NotFound for an unknown id.
    Status resolve(const QString &id, bool takeRemote);

private:
    Database &m_db;
};

} // namespace vangnet
