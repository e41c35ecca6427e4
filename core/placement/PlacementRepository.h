#pragma once

#include "common/Result.h"
#include "placement/Placement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace vangnet {

class Database;

// Placements and their history. Free beds follow the status: entering placed or bed_held takes a
// bed from the shelter (refused when none is free); ended, refused and an expired hold give it
// back. Every change is one transaction with its history row and an audit entry (ids and status
// codes only).
//
// Transitions: requested → bed_held | placed | wait_list | refused
//              wait_list → bed_held | placed | refused | ended
//              bed_held  → placed | refused | ended | expired
//              placed    → ended
class PlacementRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)

public:
    explicit PlacementRepository(Database &db)
        : m_db(db)
    { }

    // Creates a placement in a first status (requested, wait_list, bed_held or placed). bed_held
    // needs holdUntil in the future.
    Result<Placement> create(const QString &caseId, const QString &shelterId, const QString &status,
        const QDateTime &holdUntil = {}, const QString &reason = {});
    // Moves a placement on. holdUntil only for bed_held.
    Result<Placement> transition(
        const QString &placementId, const QString &status, const QString &reason, const QDateTime &holdUntil = {});
    Result<Placement> end(const QString &placementId, const QString &reason)
    {
        return transition(placementId, QStringLiteral("ended"), reason);
    }

    // Holds whose time has run out become "expired" and give their bed back. Returns how many.
    Result<int> expireHolds(const QDateTime &now = QDateTime::currentDateTimeUtc());

    Result<Placement> find(const QString &placementId) const;
    // A case's placements, newest first, each with its history.
    Result<QVector<Placement>> history(const QString &caseId) const;

    static bool canTransition(const QString &from, const QString &to);

private:
    Status adjustBeds(const QString &shelterId, int delta);
    Status addEvent(const QString &placementId, const QString &status, const QString &reason);

    Database &m_db;
};

} // namespace vangnet
