#include "shelters/ShelterFilterProxy.h"

#include "shelters/ShelterCodes.h"
#include "shelters/ShelterTableModel.h"

namespace vangnet {

ShelterFilterProxy::ShelterFilterProxy(ShelterTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(ShelterTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ShelterFilterProxy::setFilter(const ShelterFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

QString ShelterFilterProxy::idAt(int row) const
{
    return index(row, 0).data(ShelterTableModel::IdRole).toString();
}

bool ShelterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_source->rowCount())
        return false;
    const Shelter &s = m_source->shelter(sourceRow);
    if (!m_filter.type.isEmpty() && s.type != m_filter.type)
        return false;
    if (!m_filter.region.isEmpty() && s.region.compare(m_filter.region, Qt::CaseInsensitive) != 0)
        return false;
    if (m_filter.minimumLevel >= 0 && s.securityLevel < m_filter.minimumLevel)
        return false;
    const QString text = m_filter.text.trimmed();
    if (text.isEmpty())
        return true;
    return s.name.contains(text, Qt::CaseInsensitive) || s.region.contains(text, Qt::CaseInsensitive)
        || ShelterCodes::label(ShelterCodeKind::ShelterType, s.type).contains(text, Qt::CaseInsensitive)
        || s.notes.contains(text, Qt::CaseInsensitive);
}

} // namespace vangnet
