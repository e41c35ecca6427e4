#include "exchange/ExportCaseModel.h"

#include <QScopedValueRollback>

namespace vangnet {

ExportCaseModel::ExportCaseModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ExportCaseModel::setDatabase(Database *db)
{
    m_db = db;
    m_checked.clear();
    m_checkedOrder.clear();
    reset();
    emit checkedCountChanged(0);
}

void ExportCaseModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_filter.text)
        return;
    m_filter.text = text.trimmed();
    reset();
}

void ExportCaseModel::reset()
{
    // No page is fetched while the reset is being announced: receivers of modelReset() may ask.
    const QScopedValueRollback fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    QString error;
    if (m_db) {
        auto count = CaseSearch(*m_db).count(m_filter);
        auto first = count ? page(0, kPageSize) : Result<QVector<Row>>(count.error());
        if (count && first) {
            m_total = count.value();
            m_rows = std::move(first.value());
        } else {
            error = count ? first.error().message() : count.error().message();
        }
    }
    endResetModel();
    if (!error.isEmpty())
        emit queryFailed(error);
}

Result<QVector<ExportCaseModel::Row>> ExportCaseModel::page(int offset, int limit) const
{
    auto found = CaseSearch(*m_db).find(m_filter, CaseSort::NumberDesc, offset, limit);
    if (!found)
        return found.error();
    QVector<Row> rows;
    rows.reserve(found->size());
    for (const CaseSummary &s : found.value())
        rows.append({ s.id, QStringLiteral("%1  %2 %3").arg(s.number, s.givenName, s.familyName).trimmed() });
    return rows;
}

void ExportCaseModel::setChecked(const QString &caseId, bool checked)
{
    if (caseId.isEmpty() || checked == m_checked.contains(caseId))
        return;
    if (checked) {
        m_checked.insert(caseId);
        m_checkedOrder.append(caseId);
    } else {
        m_checked.remove(caseId);
        m_checkedOrder.removeOne(caseId);
    }
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == caseId)
            emit dataChanged(index(row), index(row), { Qt::CheckStateRole });
    emit checkedCountChanged(checkedCount());
}

Status ExportCaseModel::checkAllFound()
{
    if (!m_db)
        return {};
    // Paged, so that 100,000 cases never sit in one result.
    constexpr int kBatch = 2000;
    for (int offset = 0;; offset += kBatch) {
        auto rows = page(offset, kBatch);
        if (!rows)
            return rows.error();
        for (const Row &r : rows.value())
            if (!m_checked.contains(r.id)) {
                m_checked.insert(r.id);
                m_checkedOrder.append(r.id);
            }
        if (rows->size() < kBatch)
            break;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), { Qt::CheckStateRole });
    emit checkedCountChanged(checkedCount());
    return {};
}

void ExportCaseModel::uncheckAll()
{
    m_checked.clear();
    m_checkedOrder.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), { Qt::CheckStateRole });
    emit checkedCountChanged(0);
}

int ExportCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ExportCaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text;
    case Qt::CheckStateRole:
        return m_checked.contains(row.id) ? Qt::Checked : Qt::Unchecked;
    case CaseIdRole:
        return row.id;
    default:
        return {};
    }
}

bool ExportCaseModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(m_rows.at(index.row()).id, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags ExportCaseModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

bool ExportCaseModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_fetching && m_rows.size() < m_total;
}

void ExportCaseModel::fetchMore(const QModelIndex &parent)
{
    // A view (or a model tester) may ask for more while the rows of this page are being announced;
    // the offset would still be the old one.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    auto rows = page(int(m_rows.size()), kPageSize);
    if (!rows) {
        emit queryFailed(rows.error().message());
        return;
    }
    if (rows->isEmpty()) {
        m_total = int(m_rows.size()); // cases went away since the count
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows->size()) - 1);
    m_rows += rows.value();
    endInsertRows();
}

} // namespace vangnet
