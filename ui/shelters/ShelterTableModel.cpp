#include "shelters/ShelterTableModel.h"

#include "shelters/AvailabilityFreshness.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterRepository.h"

#include <QBrush>
#include <QFont>

namespace vangnet {

ShelterTableModel::ShelterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ShelterTableModel::setDatabase(Database *db)
{
    m_db = db;
    if (m_db)
        reload();
    else
        clear();
}

bool ShelterTableModel::reload()
{
    QVector<Shelter> shelters;
    m_error.clear();
    if (m_db) {
        auto listed = ShelterRepository(*m_db).list();
        if (listed)
            shelters = std::move(listed).value();
        else
            m_error = listed.error().message();
    }
    beginResetModel();
    m_shelters = std::move(shelters);
    endResetModel();
    Q_EMIT reloaded();
    return m_error.isEmpty();
}

void ShelterTableModel::clear()
{
    beginResetModel();
    m_shelters.clear();
    m_shelters.squeeze();
    m_error.clear();
    endResetModel();
    Q_EMIT reloaded();
}

void ShelterTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_shelters.isEmpty())
        Q_EMIT dataChanged(index(0, AsOfColumn), index(rowCount() - 1, AsOfColumn));
}

int ShelterTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_shelters.size(); ++row)
        if (m_shelters.at(row).id == id)
            return row;
    return -1;
}

QStringList ShelterTableModel::regions() const
{
    QStringList out;
    for (const Shelter &s : m_shelters)
        if (!s.region.isEmpty() && !out.contains(s.region))
            out.append(s.region);
    out.sort(Qt::CaseInsensitive);
    return out;
}

int ShelterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shelters.size());
}

int ShelterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShelterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Shelter &s = m_shelters.at(index.row());
    const auto fresh = AvailabilityFreshness::level(s.availabilityAsOf, today());
    if (role == IdRole)
        return s.id;
    if (role == FreshnessRole)
        return int(fresh);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.name;
        if (role == Qt::ToolTipRole && !s.notes.isEmpty())
            return s.notes;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return ShelterCodes::label(ShelterCodeKind::ShelterType, s.type);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return ShelterCodes::levelCode(s.securityLevel);
        if (role == SortRole)
            return s.securityLevel;
        if (role == Qt::ToolTipRole)
            return ShelterCodes::levelLabel(s.securityLevel);
        break;
    case RegionColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.region;
        break;
    case BedsColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 of %2").arg(s.freeBeds).arg(s.capacity);
        if (role == SortRole)
            return s.freeBeds;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::FontRole && s.freeBeds == 0) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return s.freeBeds == 0 ? tr("No free bed") : tr("%n free bed(s) of %1", nullptr, s.freeBeds).arg(s.capacity);
        break;
    case AsOfColumn:
        if (role == Qt::DisplayRole)
            return AvailabilityFreshness::text(s.availabilityAsOf, today());
        if (role == SortRole)
            return s.availabilityAsOf.isValid() ? s.availabilityAsOf.toJulianDay() : qint64(0);
        if (role == Qt::ToolTipRole)
            return AvailabilityFreshness::explanation(s.availabilityAsOf, today());
        if (role == Qt::ForegroundRole) {
            const QColor c = AvailabilityFreshness::color(fresh);
            return c.isValid() ? QVariant(QBrush(c)) : QVariant();
        }
        if (role == Qt::FontRole && (fresh == AvailabilityFreshness::VeryStale || fresh == AvailabilityFreshness::Unknown)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case ConfidentialityColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return ShelterCodes::label(ShelterCodeKind::AddressConfidentiality, s.addressConfidentiality);
        break;
    default:
        break;
    }
    return {};
}

QVariant ShelterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case LevelColumn:
        return tr("Level");
    case RegionColumn:
        return tr("Region");
    case BedsColumn:
        return tr("Free beds");
    case AsOfColumn:
        return tr("Confirmed on");
    case ConfidentialityColumn:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace vangnet
