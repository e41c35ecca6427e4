#pragma once

#include "shelters/ShelterFilter.h"

#include <QSortFilterProxyModel>

namespace vangnet {

class ShelterTableModel;

// Sorts the registry by each column's natural value and keeps the shelters that pass a ShelterFilter.
class ShelterFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShelterFilterProxy)

public:
    explicit ShelterFilterProxy(ShelterTableModel *source, QObject *parent = nullptr);

    void setFilter(const ShelterFilter &filter);
    const ShelterFilter &filter() const { return m_filter; }
    // The shelter id of a row of this proxy.
    QString idAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ShelterTableModel *m_source;
    ShelterFilter m_filter;
};

} // namespace vangnet
