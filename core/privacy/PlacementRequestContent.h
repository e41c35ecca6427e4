#pragma once

#include "common/Result.h"
#include "privacy/CaseInWords.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace vangnet {

class Database;

// A placement request for a shelter (docs/CONSENT.md, "Documents"): only what the shelter needs for
// this placement. The recipient is the contact who receives it (the shelter's or CoMensha's); the
// case's consent for that recipient and the purpose "placement" decides what goes, within the
// placement profile (RecipientProfiles): never a name, birth date, phone or address, and of the
// perpetrators nothing but the required security level, unless the coordinator marks the request to
// include the threat assessment and the perpetrators' known areas, which the consent must then name
// (scope perpetrators). Leaving is a disclosure (DocumentDisclosure).
struct PlacementRequestContent
{
    QString placementId;
    QString caseId; // UUID (JSON only)
    QString caseNumber;
    QDate madeOn;
    QString shelterName;
    QString shelterType; // label
    QString placementStatus; // label
    QString recipientId;
    QString recipientName;
    QString consentId;
    QStringList scopes; // the scopes released (codes), for the disclosure register
    QVector<LabelledValue> fields; // what the shelter gets, in words
    QVector<LabelledValue> perpetratorFacts; // only when marked and covered by the consent
    QStringList heldBack; // notes for the coordinator (never printed): what the consent held back

    QJsonObject toJson() const;

    // Refused (with the reason) when no valid placement consent for the recipient holds today, or
    // when perpetrator details are asked for and the consent does not name them. NotFound for an
    // unknown placement or recipient.
    static Result<PlacementRequestContent> collect(Database &db, const QString &placementId, const QString &recipientIdOrName,
        bool includePerpetrators, const QDate &today = QDate::currentDate());
    // Records that the request left: one row in the disclosure register (document id instead of a
    // bundle id) and an audit entry, in one transaction.
    Status recordDisclosure(Database &db, const QString &documentId) const;

    Q_DECLARE_TR_FUNCTIONS(PlacementRequestContent) // last: the macro ends in "private:"
};

} // namespace vangnet
