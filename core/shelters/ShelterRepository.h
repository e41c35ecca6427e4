#pragma once

#include "common/Result.h"
#include "shelters/Shelter.h"
#include "shelters/ShelterJson.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace vangnet {

class Database;

// A shelter's hidden location data, returned only by the audited reveal.
struct ShelterAddress
{
    QString address;
    QString reference;
};

// The shelter registry in the vault. Lists and look-ups never read the address or reference
// columns: they are read only by revealAddress() and exportAll(includeHidden = true), both of
// which append an audit entry (with the shelter id, never the address).
class ShelterRepository
{
    Q_DECLARE_TR_FUNCTIONS(ShelterRepository)

public:
    explicit ShelterRepository(Database &db)
        : m_db(db)
    { }

    // Every shelter, ordered by id, without address and reference.
    Result<QVector<Shelter>> list() const;
    Result<Shelter> find(const QString &id) const;
    Result<int> count() const;

    // Validates all, then stores all or nothing. A missing id is generated; an existing id is
    // updated (keeping the stored address/reference unless the input carried them). Returns the
    // ids in input order.
    Result<QStringList> importAll(const QVector<ShelterInput> &shelters);
    // One shelter (same rules as importAll); returns its id.
    Result<QString> save(const ShelterInput &shelter);
    Status setAvailability(const QString &id, int freeBeds, const QDate &asOf);
    Status remove(const QString &id);

    // Deliberate act: returns the stored address/reference and records "shelter.address_revealed".
    Result<ShelterAddress> revealAddress(const QString &id);
    // For `shelter export`. includeHidden adds address and reference and is audited.
    Result<QVector<Shelter>> exportAll(bool includeHidden);

private:
    Database &m_db;
};

} // namespace vangnet
