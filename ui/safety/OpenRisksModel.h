#pragma once

#include "safety/OpenRisk.h"

#include <QAbstractTableModel>
#include <QVector>

namespace vangnet {

// The team's open risks (OpenRiskOverview) for a table: when, what, case.
class OpenRisksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRisksModel)

public:
    enum Column { DateColumn, KindColumn, SummaryColumn, CaseColumn, ColumnCount };

    explicit OpenRisksModel(QObject *parent = nullptr);

    void setRisks(QVector<OpenRisk> risks);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<OpenRisk> m_risks;
};

} // namespace vangnet
