#pragma once

#include "common/Result.h"
#include "privacy/CaseInWords.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace vangnet {

class Database;

// The case summary for a handover within the team (docs/CONSENT.md, "Documents"): the case in plain
// words, its notes and attachments, its placements, and what may be shared with whom, so that the
// colleague who takes over keeps to the person's consent. It stays inside the organisation, so it is
// no disclosure; it is recorded in the audit log (`document.case_summary`).
struct HandoverSummary
{
    QString caseId; // UUID (JSON only)
    QString caseNumber;
    QDate madeOn;
    QVector<LabelledValue> fields;
    QVector<LabelledValue> notes; // date and author as label
    QStringList attachments; // file names
    QStringList placements; // "Shelter: status (date)", newest first
    QStringList sharing; // one line per recipient and purpose: what may go now, or why nothing

    QJsonObject toJson() const;

    static Result<HandoverSummary> collect(
        Database &db, const QString &caseIdOrNumber, const QDate &today = QDate::currentDate());
    static Status recordMade(Database &db, const QString &caseId);

    Q_DECLARE_TR_FUNCTIONS(HandoverSummary) // last: the macro ends in "private:"
};

} // namespace vangnet
