#pragma once

#include "shelters/Shelter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace vangnet {

class Database;

// The shelter registry as a table: name, type, security level, region, free beds of the capacity,
// when availability was last confirmed (stale data marked) and address confidentiality. Reads
// through ShelterRepository::list(), which never loads an address or reference.
class ShelterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShelterTableModel)

public:
    enum Column { NameColumn, TypeColumn, LevelColumn, RegionColumn, BedsColumn, AsOfColumn, ConfidentialityColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts naturally (level number, free beds, date)
        FreshnessRole, // AvailabilityFreshness::Level
    };

    explicit ShelterTableModel(QObject *parent = nullptr);

    // Null forgets every shelter.
    void setDatabase(Database *db);
    // Reads the registry again; false (and an empty model) when it cannot be read.
    bool reload();
    void clear();
    // Tests: the day staleness is measured from.
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    const QVector<Shelter> &shelters() const { return m_shelters; }
    const Shelter &shelter(int row) const { return m_shelters.at(row); }
    int rowOf(const QString &id) const;
    QStringList regions() const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded();

private:
    Database *m_db = nullptr;
    QVector<Shelter> m_shelters;
    QDate m_today;
    QString m_error;
};

} // namespace vangnet
