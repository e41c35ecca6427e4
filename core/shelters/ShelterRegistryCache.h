#pragma once

#include "common/Result.h"
#include "shelters/Shelter.h"

#include <QString>
#include <QVector>

namespace vangnet {

class Database;

// The shelter registry as ShelterRepository::list() reads it (without addresses or references),
// kept between placement requests. Each call reads the registry version (migration 52: replaced by
// a trigger on every write to `shelters`, from any connection) and re-reads the registry only when
// it changed: one indexed lookup instead of reading and decoding every shelter per request.
// Whoever owns a cache clears it when the vault locks.
class ShelterRegistryCache
{
public:
    // QVector is implicitly shared: the returned copy costs nothing until someone changes it.
    Result<QVector<Shelter>> shelters(Database &db);
    void clear();
    // For tests: how often the registry was read from the vault.
    int reads() const { return m_reads; }

private:
    QString m_version;
    QVector<Shelter> m_shelters;
    int m_reads = 0;
};

} // namespace vangnet
