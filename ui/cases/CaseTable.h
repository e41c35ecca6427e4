#pragma once

#include <QList>
#include <QTableView>

namespace vangnet {

class CaseListModel;

// The case list's table: its columns, their default widths and the header's sort clicks. Made
// anew after every lock together with its model (CasesSection), so that no widget that showed a
// name outlives the lock.
class CaseTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseTable)

public:
    CaseTable(CaseListModel *model, QWidget *parent = nullptr);

    // The width a column starts with when the vault keeps none for it.
    int defaultWidth(int column) const { return m_defaultWidths.value(column); }

signals:
    // A header click changed the list's order (the model is already sorted).
    void sortChosen();

private:
    void onHeaderClicked(int column);

    CaseListModel *m_model;
    QList<int> m_defaultWidths;
};

} // namespace vangnet
