#include "shelters/ShelterRegistryCache.h"

#include "shelters/ShelterRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {
namespace {

// Empty when the vault has no version (never cached then).
Result<QString> registryVersion(Database &db)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'shelters_version'"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : QString();
}

} // namespace

Result<QVector<Shelter>> ShelterRegistryCache::shelters(Database &db)
{
    auto version = registryVersion(db);
    if (!version)
        return version.error();
    if (!version->isEmpty() && version.value() == m_version)
        return m_shelters;
    auto read = ShelterRepository(db).list();
    if (!read)
        return read.error();
    ++m_reads;
    m_shelters = std::move(read).value();
    m_version = version.value();
    return m_shelters;
}

void ShelterRegistryCache::clear()
{
    m_version.clear();
    m_shelters.clear();
}

} // namespace vangnet
