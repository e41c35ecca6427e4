#pragma once

#include "cases/Deadlines.h"

#include <QAbstractTableModel>
#include <QDate>

namespace vangnet {

// The rows of the deadlines view: date, days left, case number and what is due, soonest first.
// Overdue rows are red and bold. Plain values, no item per cell: at 100,000 cases tens of thousands
// of deadlines can be due (docs/PERFORMANCE.md).
class DeadlineListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineListModel)

public:
    enum Column { DateColumn, DaysLeftColumn, CaseColumn, ThreatColumn, LevelColumn, WhatColumn, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole };

    explicit DeadlineListModel(QObject *parent = nullptr);

    void setDeadlines(QVector<Deadline> deadlines);
    void clear();
    QString caseIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Deadline> m_rows;
};

} // namespace vangnet
