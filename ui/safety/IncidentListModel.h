#pragma once

#include "safety/Incident.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace vangnet {

// Staff-safety incidents for a table view: date, status, type, setting, source, linked case.
// Holds decrypted data only between setIncidents() and clear() (the lock).
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListModel)

public:
    enum Column { DateColumn, StatusColumn, TypeColumn, SettingColumn, SourceColumn, CaseColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit IncidentListModel(QObject *parent = nullptr);

    // caseNumbers: linked case id → case number (IncidentRepository::linkedCaseNumbers()).
    void setIncidents(QVector<Incident> incidents, QHash<QString, QString> caseNumbers = {});
    void clear();
    const Incident *incidentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Incident> m_incidents;
    QHash<QString, QString> m_caseNumbers;
};

} // namespace vangnet
