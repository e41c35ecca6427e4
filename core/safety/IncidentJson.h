#pragma once

#include "common/Result.h"
#include "safety/Incident.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vangnet {

// The JSON form of an incident (docs/CLI.md):
//   required: date (YYYY-MM-DD, not in the future), setting, type, source, description
//   optional: caseId, staffMember, policeReport (true/false, a reference text, or
//             {"filed": bool, "reference": text}), consequences, aftercare, measures, status (open|closed)
//   ignored on input, written on output: id, createdAt, updatedAt
// Unknown fields and unknown codes are refused with a message that names the allowed values.
class IncidentJson
{
    Q_DECLARE_TR_FUNCTIONS(IncidentJson)

public:
    static QJsonObject toJson(const Incident &incident);
    // today: the latest acceptable date (tests pass a fixed one).
    static Result<Incident> fromJson(const QJsonObject &json, const QDate &today = QDate::currentDate());
    // The checks fromJson makes, for incidents built in the editor.
    static Status validate(const Incident &incident, const QDate &today = QDate::currentDate());
};

} // namespace vangnet
