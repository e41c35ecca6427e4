#pragma once

#include "cases/CaseSearch.h"

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace vangnet {

class Database;

// The export wizard's case chooser: every case of the vault, lazily, with a check box each. A reset
// (new search text) runs one count and the first page; the view pulls further pages of kPageSize
// through canFetchMore()/fetchMore(), so 10,000 or 100,000 cases cost one page at a time. The checked
// cases are kept by id, apart from the rows loaded, so they survive a new search and count cases not
// loaded ("Check all found"). Queries are CaseSearch's (indexed, paged) on the vault's connection.
class ExportCaseModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCaseModel)

public:
    static constexpr int kPageSize = 200;
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit ExportCaseModel(QObject *parent = nullptr);

    // Null: no vault (empty list, nothing checked). Resets the model.
    void setDatabase(Database *db);
    // Full-text search over names, aliases and case numbers (CaseSearch); empty shows every case.
    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.text; }
    // All cases the search finds, loaded or not.
    int totalCount() const { return m_total; }

    // In the order they were checked.
    QStringList checkedIds() const { return m_checkedOrder; }
    int checkedCount() const { return int(m_checkedOrder.size()); }
    bool isChecked(const QString &caseId) const { return m_checked.contains(caseId); }
    void setChecked(const QString &caseId, bool checked);
    // Checks every case the search finds, loaded or not.
    Status checkAllFound();
    void uncheckAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void checkedCountChanged(int count);
    // The search failed (a database error); the list is empty.
    void queryFailed(const QString &message);

private:
    struct Row
    {
        QString id;
        QString text;
    };
    void reset();
    Result<QVector<Row>> page(int offset, int limit) const;

    Database *m_db = nullptr;
    CaseFilter m_filter;
    int m_total = 0;
    bool m_fetching = false;
    QVector<Row> m_rows;
    QStringList m_checkedOrder;
    QSet<QString> m_checked;
};

} // namespace vangnet
