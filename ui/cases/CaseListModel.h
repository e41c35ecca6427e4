#pragma once

#include "cases/CaseSearch.h"
#include "cases/Deadlines.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vangnet {

class Database;

// The case list: a lazy table over CaseSearch. A reset runs one count and the first page; the view
// pulls further pages of kPageSize through canFetchMore()/fetchMore(). Sorting is the search's
// ordering (only the orders CaseSearch offers). Everything shown is dropped by clear().
//
// The vault has one SQLCipher connection, so queries run on the UI thread; they are indexed and
// paged, and typing is debounced by the filter bar, so a keystroke never costs more than one page.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    // The urgent columns first: the list pane is narrow, region and coordinator scroll in last.
    enum Column {
        NumberColumn,
        NameColumn,
        PhaseColumn,
        ReflectionColumn,
        DeadlineColumn,
        RegionColumn,
        CoordinatorColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr int kPageSize = 100;

    explicit CaseListModel(QObject *parent = nullptr);

    // Null: no vault (empty list). Resets the model.
    void setDatabase(Database *db);
    void setFilter(const CaseFilter &filter);
    void setQuery(const QString &text);
    const CaseFilter &filter() const { return m_filter; }
    CaseSort sortOrder() const { return m_sort; }
    // For tests: the day "days left" are counted from.
    void setToday(const QDate &today);
    // Runs the query again (after a save), keeping the filter and order.
    void reload();
    // Drops every row and the database.
    void clear();

    // All cases matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    QString caseIdAt(int row) const;
    // -1 when the case is not (yet) loaded.
    int rowOfCase(const QString &caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Whether a column can be sorted in that order (CaseSearch's orderings).
    static bool canSort(int column, Qt::SortOrder order);

Q_SIGNALS:
    // The query failed (an unknown code in a saved filter, a database error); the list is empty.
    void queryFailed(const QString &message);
    void totalCountChanged(int total);

private:
    void reset();
    bool appendPage();

    Database *m_db = nullptr;
    CaseFilter m_filter;
    CaseSort m_sort = CaseSort::NumberDesc;
    QDate m_today;
    QVector<CaseSummary> m_rows;
    QHash<QString, Deadline> m_deadlines;
    int m_total = 0;
    bool m_busy = false;
};

} // namespace vangnet
