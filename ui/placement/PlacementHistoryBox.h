#pragma once

#include "placement/PlacementRepository.h"

#include <QGroupBox>
#include <QHash>
#include <QVector>

class QPushButton;
class QTreeWidget;

namespace vangnet {

class Database;

// The case's placements in the placement panel, newest state first with every step below it, and
// what can be done with the selected one: take up a held bed, end it, record that the shelter
// refused, write the placement request. The box asks (confirmation, the required reason) and the
// panel records (PlacementPanel::confirmHeldBed and the rest), so that both paths share one place.
class PlacementHistoryBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementHistoryBox)

public:
    explicit PlacementHistoryBox(QWidget *parent = nullptr);

    // Shows these placements of the case (empty: nothing), keeping the selection where it can.
    // Shelter names are looked up in `db` once per shelter until forgetNames().
    void showPlacements(Database *db, const QString &caseId, const QVector<Placement> &placements);
    void forgetNames() { m_names.clear(); }
    QString selectedPlacementId() const;

Q_SIGNALS:
    void confirmRequested(const QString &placementId);
    void endRequested(const QString &placementId, const QString &reason);
    void refuseRequested(const QString &placementId, const QString &reason);

private:
    QString selectedStatus() const;
    QString shelterName(const QString &shelterId);
    void updateButtons();
    void askConfirm();
    void askEnd();
    void askRefuse();
    void showRequestLetter();

    Database *m_db = nullptr;
    QString m_caseId;
    QHash<QString, QString> m_names;
    QTreeWidget *m_history;
    QPushButton *m_confirmButton;
    QPushButton *m_endButton;
    QPushButton *m_refuseButton;
    QPushButton *m_requestLetterButton;
};

} // namespace vangnet
