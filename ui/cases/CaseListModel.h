#pragma once

#include "cases/CaseListLoader.h"
#include "cases/CaseSearch.h"

#include <QAbstractTableModel>

namespace vangnet {

class Vault;

// The case list: a lazy table over CaseSearch. A reset runs one count and the first page of
// kPageSize; the view pulls further pages through canFetchMore()/fetchMore(), each half as large as
// what is loaded (at most kMaxPageSize), so that scrolling to the end of 100,000 cases takes a few
// hundred round trips, not a thousand. Sorting is the search's ordering (only the orders
// CaseSearch offers). Everything shown is dropped by clear().
//
// The queries run on a worker thread over the vault's read-only second connection
// (CaseListLoader), so typing never waits for the database: every change of filter, order or day
// is a new generation, results of older ones are dropped. While a new search runs the previous
// rows stay (isSearching(); no flicker while typing) and no page is fetched; a page on its way
// makes canFetchMore() false. clear() stops the worker and closes its connection at once.
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
        ThreatColumn, // the danger columns come last by index (saved column widths stay where they
        LevelColumn, //  were) and are shown after the name
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr int kPageSize = 100;
    // Below SQLite's 999 bound parameters: a page's deadlines are asked for by case id.
    static constexpr int kMaxPageSize = 500;

    explicit CaseListModel(QObject *parent = nullptr);

    // Null: no vault (empty list). Opens a reader of the vault for the worker; resets the model.
    void setVault(Vault *vault);
    void setFilter(const CaseFilter &filter);
    void setQuery(const QString &text);
    const CaseFilter &filter() const { return m_filter; }
    CaseSort sortOrder() const { return m_sort; }
    // For tests: the day "days left" are counted from.
    void setToday(const QDate &today);
    // Runs the query again (after a save), keeping the filter and order.
    void reload();
    // Stops the worker and closes its reader; returns quickly even mid-query. The rows stay (until
    // clear()); nothing more is fetched.
    void stop();
    // stop(), and drops every row.
    void clear();

    // All cases matching the filter, loaded or not (of the last finished search).
    int totalCount() const { return m_total; }
    // A new count and first page are on their way; the rows shown are the previous search's.
    bool isSearching() const { return m_searching; }
    // A further page is on its way.
    bool isFetching() const { return m_fetching; }
    // For tests: see CaseListLoader::setBeforeQueryHook.
    CaseListLoader *loader() { return &m_loader; }
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
    // The column and header arrow that show an order.
    static int sortColumn(CaseSort sort);
    static Qt::SortOrder sortIndicatorOrder(CaseSort sort);

Q_SIGNALS:
    // The query failed (an unknown code in a saved filter, a database error); the list is empty.
    void queryFailed(const QString &message);
    void totalCountChanged(int total);
    // True when a search starts, false when its result (or failure) is shown.
    void searchingChanged(bool searching);

private:
    void reset();
    void dropRows();
    void setSearching(bool searching);
    void setTotal(int total);
    void onLoaded(const CaseListResult &result);

    CaseListLoader m_loader;
    CaseFilter m_filter;
    CaseSort m_sort = CaseSort::NumberDesc;
    QDate m_today;
    QVector<CaseListRow> m_rows;
    int m_total = 0;
    quint64 m_generation = 0;
    bool m_searching = false;
    bool m_fetching = false;
};

} // namespace vangnet
