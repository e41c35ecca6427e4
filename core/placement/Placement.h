#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace vangnet {

struct PlacementEvent
{
    QDateTime at; // UTC
    QString status; // ShelterCodeKind::PlacementStatus
    QString reason;
    QString actor;
};

// A case's placement (or request for one) in a shelter. Status codes: requested, bed_held,
// placed, wait_list, refused, ended, expired (a held bed whose hold ran out).
struct Placement
{
    QString id; // UUID
    QString caseId;
    QString shelterId;
    QString status;
    QDateTime holdUntil; // bed_held only
    QString reason; // the last transition's reason
    QDateTime createdAt;
    QDateTime updatedAt;
    QVector<PlacementEvent> events; // oldest first

    // placed and bed_held take a bed.
    static bool takesBed(const QString &status);
    static bool isFinal(const QString &status);
};

} // namespace vangnet
