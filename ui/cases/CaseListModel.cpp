#include "cases/CaseListModel.h"

#include "cases/DangerMarks.h"

#include "i18n/DateText.h"

#include "domain/Codes.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace vangnet {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
    connect(&m_loader, &CaseListLoader::loaded, this, &CaseListModel::onLoaded);
}

void CaseListModel::setVault(Vault *vault)
{
    m_loader.stop();
    QString failure;
    if (vault) {
        if (auto st = m_loader.start(*vault); !st)
            failure = tr("The case list cannot read the vault: %1").arg(st.error().message());
    }
    reset();
    if (!failure.isEmpty())
        Q_EMIT queryFailed(failure);
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

void CaseListModel::stop()
{
    m_loader.stop();
    ++m_generation;
    m_fetching = false;
    setSearching(false);
}

void CaseListModel::clear()
{
    // First the worker and its reader: after this nothing reads the vault for the list.
    m_loader.stop();
    m_filter = CaseFilter();
    reset();
}

void CaseListModel::dropRows()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    endResetModel();
}

void CaseListModel::setSearching(bool searching)
{
    if (m_searching == searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

void CaseListModel::setTotal(int total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}

void CaseListModel::reset()
{
    ++m_generation; // whatever is still on its way belongs to an older search now
    m_fetching = false;
    if (!m_loader.isRunning()) {
        dropRows();
        setTotal(0);
        setSearching(false);
        return;
    }
    CaseListRequest request;
    request.generation = m_generation;
    request.filter = m_filter;
    request.sort = m_sort;
    request.today = m_today;
    request.limit = kPageSize;
    request.reset = true;
    m_loader.request(request);
    // The previous rows stay until the new ones arrive: typing does not make the list flicker.
    setSearching(true);
}

void CaseListModel::onLoaded(const CaseListResult &result)
{
    if (result.generation != m_generation)
        return;
    if (result.reset) {
        if (!m_searching)
            return;
        // Views and testers react to modelReset by asking for more: not until the reset is over.
        beginResetModel();
        m_rows = result.rows;
        int total = result.error.isEmpty() ? result.total : 0;
        if (m_rows.size() < kPageSize)
            total = int(m_rows.size()); // a write in between may have changed the count
        endResetModel();
        m_searching = false;
        setTotal(total);
        Q_EMIT searchingChanged(false);
        if (!result.error.isEmpty())
            Q_EMIT queryFailed(result.error);
        return;
    }
    if (!m_fetching || result.offset != m_rows.size())
        return;
    if (!result.error.isEmpty() || result.rows.isEmpty()) {
        // Nothing more after all (a case was deleted meanwhile, or the query failed): stop asking.
        m_fetching = false;
        setTotal(int(m_rows.size()));
        if (!result.error.isEmpty())
            Q_EMIT queryFailed(result.error);
        return;
    }
    const int first = int(m_rows.size());
    // Room for the whole list at once instead of growing by half each time (a third of it empty):
    // memory the rows do not fill yet is never touched, so it costs nothing until they arrive.
    if (m_rows.capacity() < m_total)
        m_rows.reserve(m_total);
    // Listeners of rowsAboutToBeInserted/rowsInserted may ask for more: not until this page is in.
    beginInsertRows({}, first, first + int(result.rows.size()) - 1);
    m_rows += result.rows;
    endInsertRows();
    m_fetching = false;
    if (result.rows.size() < result.limit && m_rows.size() < m_total)
        setTotal(int(m_rows.size()));
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader.isRunning() && !m_searching && !m_fetching && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CaseListRequest request;
    request.generation = m_generation;
    request.filter = m_filter;
    request.sort = m_sort;
    request.today = m_today;
    request.offset = int(m_rows.size());
    request.limit = std::clamp(int(m_rows.size()) / 2, kPageSize, kMaxPageSize);
    m_loader.request(request);
    m_fetching = true;
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
    const CaseListRow &s = m_rows.at(index.row());
    const bool hasDeadline = s.deadlineDate.isValid();
    const bool overdue = hasDeadline && s.deadlineDate < m_today;
    if (role == CaseIdRole)
        return s.id;
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole && index.column() == DeadlineColumn && overdue)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() == ReflectionColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // Danger at a glance: the threat as icon and word; a reflection period ending soon as a
    // warning icon with bold figures (never colour alone).
    const bool endingSoon = index.column() == ReflectionColumn && s.reflectionEnd.isValid() && s.phase != QLatin1String("closed")
        && Deadlines::reflectionEndingSoon(m_today.daysTo(s.reflectionEnd));
    if (role == Qt::DecorationRole) {
        if (index.column() == ThreatColumn)
            return DangerMarks::threatIcon(s.threatCode);
        if (index.column() == LevelColumn)
            return DangerMarks::levelIcon(s.requiredLevel);
        return endingSoon ? QVariant(DangerMarks::reflectionIcon()) : QVariant();
    }
    if (role == Qt::FontRole
        && (endingSoon || (index.column() == ThreatColumn && s.threatCode == QLatin1String("red"))
            || (index.column() == LevelColumn && s.requiredLevel >= 3))) {
        QFont bold; // only the weight: the rest comes from the view
        bold.setBold(true);
        return bold;
    }
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
    case ThreatColumn:
        return role == Qt::ToolTipRole ? DangerMarks::threatToolTip(s.threatCode) : DangerMarks::threatText(s.threatCode);
    case LevelColumn:
        return role == Qt::ToolTipRole ? DangerMarks::levelToolTip(s.requiredLevel) : DangerMarks::levelText(s.requiredLevel);
    case ReflectionColumn:
        if (!s.reflectionEnd.isValid() || s.phase == QLatin1String("closed"))
            return {};
        if (role == Qt::ToolTipRole)
            return endingSoon ? tr("The B8 reflection period ends soon, on %1: plan with the person what happens next (police "
                                   "report, residence, shelter).")
                                    .arg(DateText::date(s.reflectionEnd))
                              : tr("Reflection period ends on %1").arg(DateText::date(s.reflectionEnd));
        return int(m_today.daysTo(s.reflectionEnd));
    case DeadlineColumn: {
        if (!hasDeadline)
            return {};
        QString what;
        switch (s.deadlineKind) {
        case DeadlineKind::ReflectionEnds:
            what = tr("reflection ends");
            break;
        case DeadlineKind::TaskDue:
            what = Codes::label(CodeKind::TaskKind, s.deadlineTaskKind);
            break;
        case DeadlineKind::ThreatReview:
            what = tr("threat review");
            break;
        }
        return QStringLiteral("%1 · %2").arg(DateText::date(s.deadlineDate), what);
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
    if (role == Qt::ToolTipRole && section == ThreatColumn)
        return tr("Threat assessment. Click to show the most dangerous cases first.");
    if (role == Qt::ToolTipRole && section == LevelColumn)
        return tr("Required security level (S0 to S4). Click to show the highest level first.");
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
    case ThreatColumn:
        return tr("Threat");
    case LevelColumn:
        return tr("Level"); // the tooltip names it in full
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
    case ThreatColumn:
    case LevelColumn:
        return order == Qt::DescendingOrder; // most dangerous first
    default:
        return false;
    }
}

int CaseListModel::sortColumn(CaseSort sort)
{
    switch (sort) {
    case CaseSort::FamilyNameAsc:
        return NameColumn;
    case CaseSort::ReflectionEndAsc:
        return ReflectionColumn;
    case CaseSort::ThreatDesc:
        return ThreatColumn;
    case CaseSort::RequiredLevelDesc:
        return LevelColumn;
    case CaseSort::NumberAsc:
    case CaseSort::NumberDesc:
    case CaseSort::UpdatedDesc:
        break;
    }
    return NumberColumn;
}

Qt::SortOrder CaseListModel::sortIndicatorOrder(CaseSort sort)
{
    switch (sort) {
    case CaseSort::NumberDesc:
    case CaseSort::ThreatDesc:
    case CaseSort::RequiredLevelDesc:
    case CaseSort::UpdatedDesc:
        return Qt::DescendingOrder;
    case CaseSort::NumberAsc:
    case CaseSort::FamilyNameAsc:
    case CaseSort::ReflectionEndAsc:
        break;
    }
    return Qt::AscendingOrder;
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
    else if (column == ThreatColumn)
        sort = CaseSort::ThreatDesc;
    else if (column == LevelColumn)
        sort = CaseSort::RequiredLevelDesc;
    else
        return; // not offered by CaseSearch: keep the current order
    if (sort == m_sort)
        return;
    m_sort = sort;
    reset();
}

} // namespace vangnet
