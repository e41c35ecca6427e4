#include "cases/DeadlineListModel.h"

#include "cases/DangerMarks.h"

#include "i18n/DateText.h"

#include "domain/Codes.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace vangnet {

// The texts keep the context of the view that showed them before this model (and their translations).

DeadlineListModel::DeadlineListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeadlineListModel::setDeadlines(QVector<Deadline> deadlines)
{
    beginResetModel();
    m_rows = std::move(deadlines);
    endResetModel();
}

void DeadlineListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    endResetModel();
}

QString DeadlineListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseId : QString();
}

int DeadlineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deadline &d = m_rows.at(index.row());
    // A B8 reflection period ending within two weeks stands out as much as an overdue item, with
    // an icon beside its date (never colour alone).
    const bool endingSoon = d.kind == DeadlineKind::ReflectionEnds && Deadlines::reflectionEndingSoon(d.daysLeft);
    switch (role) {
    case CaseIdRole:
        return d.caseId;
    case Qt::ForegroundRole:
        return d.overdue ? QVariant(QBrush(QColor(0xb0, 0x00, 0x20))) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == ThreatColumn)
            return DangerMarks::threatIcon(d.threatCode);
        if (index.column() == LevelColumn)
            return DangerMarks::levelIcon(d.requiredLevel);
        return index.column() == DateColumn && endingSoon ? QVariant(DangerMarks::reflectionIcon()) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == LevelColumn)
            return DangerMarks::levelToolTip(d.requiredLevel);
        return index.column() == ThreatColumn ? DangerMarks::threatToolTip(d.threatCode) : QVariant();
    case Qt::FontRole:
        if (d.overdue || endingSoon) {
            QFont bold; // only the weight: the rest comes from the view
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return DateText::date(d.date);
    case DaysLeftColumn:
        if (d.daysLeft < 0)
            return QCoreApplication::translate("vangnet::DeadlinesView", "%n day(s) overdue", nullptr, -d.daysLeft);
        if (d.daysLeft == 0)
            return QCoreApplication::translate("vangnet::DeadlinesView", "today");
        return QCoreApplication::translate("vangnet::DeadlinesView", "%n day(s)", nullptr, d.daysLeft);
    case CaseColumn:
        return d.caseNumber;
    case ThreatColumn:
        return DangerMarks::threatText(d.threatCode);
    case LevelColumn:
        return DangerMarks::levelText(d.requiredLevel);
    case WhatColumn:
        switch (d.kind) {
        case DeadlineKind::ReflectionEnds:
            return QCoreApplication::translate("vangnet::DeadlinesView", "Reflection period ends");
        case DeadlineKind::TaskDue:
            return QCoreApplication::translate("vangnet::DeadlinesView", "Task due: %1")
                .arg(Codes::label(CodeKind::TaskKind, d.taskKind));
        case DeadlineKind::ThreatReview:
            return QCoreApplication::translate("vangnet::DeadlinesView", "Threat assessment review");
        }
        return {};
    default:
        return {};
    }
}

QVariant DeadlineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == LevelColumn)
        return QCoreApplication::translate("vangnet::DeadlinesView", "Required security level (S0 to S4)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return QCoreApplication::translate("vangnet::DeadlinesView", "Date");
    case DaysLeftColumn:
        return QCoreApplication::translate("vangnet::DeadlinesView", "Days left");
    case CaseColumn:
        return QCoreApplication::translate("vangnet::DeadlinesView", "Case");
    case ThreatColumn:
        return QCoreApplication::translate("vangnet::DeadlinesView", "Threat");
    case LevelColumn:
        return QCoreApplication::translate("vangnet::DeadlinesView", "Level");
    case WhatColumn:
        return QCoreApplication::translate("vangnet::DeadlinesView", "What");
    default:
        return {};
    }
}

} // namespace vangnet
