#pragma once

#include "shelters/Shelter.h"

#include <QDate>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vangnet {

class Database;

// Free beds at a glance: one group per shelter type with its total free beds, and under it each
// shelter with its region, free beds of the capacity and when that was confirmed (stale data
// marked). "Update free beds…" records a new count confirmed today (ShelterRepository::setAvailability).
class AvailabilityBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityBoard)

public:
    enum Column { NameColumn, RegionColumn, BedsColumn, AsOfColumn, ColumnCount };

    explicit AvailabilityBoard(QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    void setShelters(const QVector<Shelter> &shelters);
    void clear();
    void setToday(const QDate &today) { m_today = today; }

    QString selectedShelterId() const;
    bool selectShelter(const QString &id);
    // Asks for the new number of free beds of the selected shelter.
    void updateSelected();
    // Stores `freeBeds` as confirmed today. False (with a message) when refused.
    bool updateFreeBeds(const QString &shelterId, int freeBeds);

    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void availabilityChanged(const QString &shelterId);

private:
    void rebuild();
    void updateButtons();
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    Database *m_db = nullptr;
    QVector<Shelter> m_shelters;
    QDate m_today;
    QTreeWidget *m_tree;
    QCheckBox *m_onlyFree;
    QPushButton *m_update;
    QLabel *m_summary;
};

} // namespace vangnet
