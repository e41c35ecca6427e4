#include "safety/OpenRisksModel.h"

#include "i18n/DateText.h"

#include <QLocale>

namespace vangnet {

OpenRisksModel::OpenRisksModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OpenRisksModel::setRisks(QVector<OpenRisk> risks)
{
    beginResetModel();
    m_risks = std::move(risks);
    endResetModel();
}

void OpenRisksModel::clear()
{
    beginResetModel();
    m_risks.clear();
    m_risks.squeeze();
    endResetModel();
}

int OpenRisksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_risks.size());
}

int OpenRisksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenRisksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const OpenRisk &r = m_risks.at(index.row());
    switch (index.column()) {
    case DateColumn:
        return DateText::date(r.at.toLocalTime().date());
    case KindColumn:
        return r.kind == OpenRisk::Kind::Incident ? tr("Open incident") : tr("Visit rules");
    case SummaryColumn:
        return r.summary;
    case CaseColumn:
        return r.caseNumber.isEmpty() ? r.caseId : r.caseNumber;
    default:
        return {};
    }
}

QVariant OpenRisksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Risk");
    case SummaryColumn:
        return tr("What");
    case CaseColumn:
        return tr("Case");
    default:
        return {};
    }
}

} // namespace vangnet
