#include "cases/CaseListModel.h"

#include "cases/CaseListQueries.h"
#include "domain/Codes.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace vangnet {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{ }

void CaseListModel::setDatabase(Database *db)
{
    m_db = db;
    reset();
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reset();
}

void CaseListModel::setQuery(const QString &text)
{
    m_filter.text = text;
    reset();
}

void CaseListModel::setToday(const QDate &today)
{
    m_today = today;
    reset();
}

void CaseListModel::reload()
{
    reset();
}

void CaseListModel::clear()
{
    m_db = nullptr;
    m_filter = CaseFilter();
    reset();
}

void CaseListModel::reset()
{
    // Views and testers react to modelReset by asking for more; the next page waits until the reset
    // is over (its first page is already there).
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_deadlines.clear();
    m_total = 0;
    QString failure;
    if (m_db) {
        const CaseSearch search(*m_db, m_today);
        if (auto count = search.count(m_filter)) {
            m_total = count.value();
            if (!appendPage())
                m_total = 0;
        } else {
            failure = count.error().message();
        }
    }
    endResetModel();
    m_busy = false;
    Q_EMIT totalCountChanged(m_total);
    if (!failure.isEmpty())
        Q_EMIT queryFailed(failure);
}

// Appends the next page to m_rows (the caller brackets it with begin/end calls). False on error.
bool CaseListModel::appendPage()
{
    const CaseSearch search(*m_db, m_today);
    auto page = search.find(m_filter, m_sort, int(m_rows.size()), kPageSize);
    if (!page) {
        Q_EMIT queryFailed(page.error().message());
        return false;
    }
    QStringList ids;
    for (const CaseSummary &s : page.value())
        ids.append(s.id);
    if (auto next = CaseListQueries::nextDeadlines(*m_db, ids, m_today))
        m_deadlines.insert(next.value());
    m_rows += page.value();
    if (page->size() < kPageSize)
        m_total = int(m_rows.size()); // a write in between may have changed the count
    return true;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_busy && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const CaseSearch search(*m_db, m_today);
    auto page = search.find(m_filter, m_sort, int(m_rows.size()), kPageSize);
    if (!page || page->isEmpty()) {
        // Nothing more after all (a case was deleted meanwhile): stop asking.
        if (!page)
            Q_EMIT queryFailed(page.error().message());
        m_total = int(m_rows.size());
        return;
    }
    QStringList ids;
    for (const CaseSummary &s : page.value())
        ids.append(s.id);
    const int first = int(m_rows.size());
    // Listeners of rowsAboutToBeInserted/rowsInserted may ask for more: not until this page is in.
    m_busy = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    if (auto next = CaseListQueries::nextDeadlines(*m_db, ids, m_today))
        m_deadlines.insert(next.value());
    m_rows += page.value();
    endInsertRows();
    m_busy = false;
    if (page->size() < kPageSize && m_rows.size() < m_total)
        m_total = int(m_rows.size());
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CaseListModel::rowOfCase(const QString &caseId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == caseId)
            return int(i);
    return -1;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary &s = m_rows.at(index.row());
    const auto deadline = m_deadlines.constFind(s.id);
    const bool hasDeadline = deadline != m_deadlines.cend();
    if (role == CaseIdRole)
        return s.id;
    if (role == OverdueRole)
        return hasDeadline && deadline->overdue;
    if (role == Qt::ForegroundRole && index.column() == DeadlineColumn && hasDeadline && deadline->overdue)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() == ReflectionColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return s.number;
    case NameColumn: {
        const QString name = QStringList { s.givenName, s.familyName }.join(QLatin1Char(' ')).trimmed();
        return name.isEmpty() ? tr("(alias only)") : name;
    }
    case PhaseColumn:
        return Codes::label(CodeKind::Phase, s.phase);
    case RegionColumn:
        return s.region;
    case CoordinatorColumn:
        return s.coordinator;
    case ReflectionColumn:
        if (!s.reflectionEnd.isValid() || s.phase == QLatin1String("closed"))
            return {};
        if (role == Qt::ToolTipRole)
            return tr("Reflection period ends on %1").arg(QLocale().toString(s.reflectionEnd, QLocale::ShortFormat));
        return int(m_today.daysTo(s.reflectionEnd));
    case DeadlineColumn: {
        if (!hasDeadline)
            return {};
        QString what;
        switch (deadline->kind) {
        case DeadlineKind::ReflectionEnds:
            what = tr("reflection ends");
            break;
        case DeadlineKind::TaskDue:
            what = Codes::label(CodeKind::TaskKind, deadline->taskKind);
            break;
        case DeadlineKind::ThreatReview:
            what = tr("threat review");
            break;
        }
        return QStringLiteral("%1 · %2").arg(QLocale().toString(deadline->date, QLocale::ShortFormat), what);
    }
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ReflectionColumn)
        return tr("Days left in the B8 reflection period");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Case");
    case NameColumn:
        return tr("Name");
    case PhaseColumn:
        return tr("Phase");
    case RegionColumn:
        return tr("Region");
    case CoordinatorColumn:
        return tr("Coordinator");
    case ReflectionColumn:
        return tr("Days left");
    case DeadlineColumn:
        return tr("Next deadline");
    default:
        return {};
    }
}

bool CaseListModel::canSort(int column, Qt::SortOrder order)
{
    switch (column) {
    case NumberColumn:
        return true;
    case NameColumn:
        return order == Qt::AscendingOrder;
    case ReflectionColumn:
        return order == Qt::AscendingOrder;
    default:
        return false;
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseSort sort = m_sort;
    if (column == NumberColumn)
        sort = order == Qt::AscendingOrder ? CaseSort::NumberAsc : CaseSort::NumberDesc;
    else if (column == NameColumn)
        sort = CaseSort::FamilyNameAsc;
    else if (column == ReflectionColumn)
        sort = CaseSort::ReflectionEndAsc;
    else
        return; // not offered by CaseSearch: keep the current order
    if (sort == m_sort)
        return;
    m_sort = sort;
    reset();
}

} // namespace vangnet
