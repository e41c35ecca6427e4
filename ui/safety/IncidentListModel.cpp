#include "safety/IncidentListModel.h"

#include "i18n/DateText.h"

#include "safety/IncidentCodes.h"

#include <QLocale>

namespace vangnet {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void IncidentListModel::setIncidents(QVector<Incident> incidents, QHash<QString, QString> caseNumbers)
{
    beginResetModel();
    m_incidents = std::move(incidents);
    m_caseNumbers = std::move(caseNumbers);
    endResetModel();
}

void IncidentListModel::clear()
{
    beginResetModel();
    m_incidents.clear();
    m_incidents.squeeze();
    m_caseNumbers.clear();
    endResetModel();
}

const Incident *IncidentListModel::incidentAt(int row) const
{
    return row >= 0 && row < m_incidents.size() ? &m_incidents.at(row) : nullptr;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &i = m_incidents.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return DateText::date(i.date);
    case StatusColumn:
        return IncidentCodes::label(IncidentCodes::Kind::Status, i.status);
    case TypeColumn:
        return IncidentCodes::label(IncidentCodes::Kind::Type, i.type);
    case SettingColumn:
        return IncidentCodes::label(IncidentCodes::Kind::Setting, i.setting);
    case SourceColumn:
        return IncidentCodes::label(IncidentCodes::Kind::Source, i.source);
    case CaseColumn:
        // The number, never the id; a link to a case this vault does not hold says so.
        if (i.caseId.isEmpty())
            return QString();
        return m_caseNumbers.value(i.caseId, tr("(not in this vault)"));
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case SettingColumn:
        return tr("Setting");
    case SourceColumn:
        return tr("Source");
    case CaseColumn:
        return tr("Case");
    default:
        return {};
    }
}

} // namespace vangnet
