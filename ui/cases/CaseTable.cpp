#include "cases/CaseTable.h"

#include "cases/CaseListModel.h"

#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>

namespace vangnet {

CaseTable::CaseTable(CaseListModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("caseTable"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setAccessibleName(tr("Cases"));
    QHeaderView *header = horizontalHeader();
    header->setSortIndicator(CaseListModel::NumberColumn, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const QFontMetrics fm = fontMetrics();
    const int x = fm.horizontalAdvance(QLatin1Char('x'));
    setColumnWidth(CaseListModel::NumberColumn, fm.horizontalAdvance(QStringLiteral("VN-0000-0000")) + 14);
    setColumnWidth(CaseListModel::NameColumn, x * 20);
    setColumnWidth(CaseListModel::PhaseColumn, x * 11);
    setColumnWidth(CaseListModel::RegionColumn, x * 14);
    setColumnWidth(CaseListModel::CoordinatorColumn, x * 14);
    setColumnWidth(CaseListModel::ReflectionColumn, fm.horizontalAdvance(tr("Days left")) + 24);
    setColumnWidth(CaseListModel::DeadlineColumn, x * 26);
    setColumnWidth(CaseListModel::ThreatColumn, x * 12 + 24);
    setColumnWidth(CaseListModel::LevelColumn,
        std::max(fm.horizontalAdvance(model->headerData(CaseListModel::LevelColumn, Qt::Horizontal).toString()),
            fm.horizontalAdvance(QStringLiteral("S0")))
            + 36);
    header->moveSection(header->visualIndex(CaseListModel::ThreatColumn), CaseListModel::NameColumn + 1);
    header->moveSection(header->visualIndex(CaseListModel::LevelColumn), CaseListModel::NameColumn + 2);
    for (int column = 0; column < CaseListModel::ColumnCount; ++column)
        m_defaultWidths.append(columnWidth(column));
    connect(header, &QHeaderView::sectionClicked, this, &CaseTable::onHeaderClicked);
}

void CaseTable::onHeaderClicked(int column)
{
    // Only the orders CaseSearch offers: a column that sorts one way only (the name A to Z, the
    // danger highest first) takes that way; anything else keeps the current order.
    QHeaderView *header = horizontalHeader();
    Qt::SortOrder order = header->sortIndicatorOrder();
    if (!CaseListModel::canSort(column, order))
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (CaseListModel::canSort(column, order)) {
        header->setSortIndicator(column, order);
        m_model->sort(column, order);
        Q_EMIT sortChosen();
    } else {
        const CaseSort sort = m_model->sortOrder();
        header->setSortIndicator(CaseListModel::sortColumn(sort), CaseListModel::sortIndicatorOrder(sort));
    }
}

} // namespace vangnet
