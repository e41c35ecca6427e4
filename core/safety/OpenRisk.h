#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vangnet {

// One line of the team's open-risks overview: an open staff incident or a case with visit rules.
struct OpenRisk
{
    enum class Kind { Incident, VisitRules };
    Kind kind = Kind::Incident;
    QDateTime at; // incident date (start of day, UTC) or when the rules last changed
    QString caseId; // may be empty for an incident without a linked case
    QString caseNumber; // VN-YYYY-NNNN of that case, for display; empty when unknown
    QString incidentId; // Kind::Incident only
    QString code; // incident type, or the comma-separated visit rules
    QString summary; // translated labels only (codes), never free text
};

} // namespace vangnet
