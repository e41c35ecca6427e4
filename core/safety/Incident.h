#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace vangnet {

// An incident against staff (docs/domain.md, "Staff safety"). Codes are those of IncidentCodes;
// the JSON form and its validation are IncidentJson.
struct Incident
{
    // Assigned by the repository.
    QString id; // UUID without braces
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    QDate date; // when it happened
    QString setting; // IncidentCodes::Kind::Setting
    QString type; // IncidentCodes::Kind::Type
    QString source; // IncidentCodes::Kind::Source
    QString description;

    QString caseId; // optional: the linked case's id
    QString staffMember; // optional: who was affected
    bool policeReportFiled = false;
    QString policeReference; // the police's reference number, when known
    QString consequences;
    QString aftercare;
    QString measures;
    QString status = QStringLiteral("open"); // IncidentCodes::Kind::Status

    bool isOpen() const { return status != QLatin1String("closed"); }
    bool operator==(const Incident &) const = default;
};

} // namespace vangnet
