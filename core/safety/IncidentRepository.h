#pragma once

#include "common/Result.h"
#include "safety/Incident.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <optional>

namespace vangnet {

class Database;

// Staff-safety incidents in the vault (table staff_incidents). Every write runs in a transaction
// together with its audit-log entry (the incident's id, never its content).
class IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)

public:
    explicit IncidentRepository(Database &db)
        : m_db(db)
    { }

    // Validates, assigns id and timestamps, stores. Returns the stored incident.
    Result<Incident> add(Incident incident);
    // Replaces the stored incident with the same id (NotFound if there is none).
    Result<Incident> update(Incident incident);
    Status setStatus(const QString &id, const QString &status);
    Result<Incident> find(const QString &id) const;

    enum class Filter { All, OpenOnly };
    // Newest first: by date, then by the time it was recorded.
    Result<QVector<Incident>> list(Filter filter = Filter::All) const;
    Result<QVector<Incident>> forCase(const QString &caseId) const;
    // The case number of every case an incident is linked to (case id → number), so that lists show
    // the number, never the id. A link to a case that is not in this vault is absent.
    Result<QHash<QString, QString>> linkedCaseNumbers() const;

private:
    Result<QVector<Incident>> query(const QString &where, const QVariant &parameter) const;

    Database &m_db;
};

} // namespace vangnet
