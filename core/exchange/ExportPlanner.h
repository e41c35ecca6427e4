#pragma once

#include "common/Result.h"
#include "exchange/ExportPlan.h"

#include <QCoreApplication>

namespace vangnet {

class Database;

// Decides what an export carries; consent is enforced here, in core, never by a screen.
//  - team contact: whole cases (CaseJson::toJson), their full history, notes and attachments;
//    purpose "handover".
//  - external contact: per case ConsentPolicy::decide and ConsentPolicy::filter; a case without a
//    valid consent for the recipient and purpose is held back with the reason.
class ExportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ExportPlanner)

public:
    explicit ExportPlanner(Database &db)
        : m_db(db)
    { }

    // contact: id or unique name. caseIds: UUIDs or numbers; empty selects the open cases (team) or
    // the cases with a consent recorded for this recipient and purpose (external). An empty purpose
    // means "handover" for a team contact.
    // Refused: the contact is not verified. InvalidInput: an unknown purpose. NotFound: an unknown
    // contact or case. A plan with nothing included is returned as it is (the exporter refuses it).
    Result<ExportPlan> plan(const QString &contact, const QString &purpose, const QStringList &caseIds,
        const QDate &today = QDate::currentDate(), const QString &purposeText = {}) const;

    // The cases plan() takes when it is given none (the same contact and purpose rules), for a caller
    // that plans them in batches.
    Result<QStringList> defaultCaseIds(const QString &contact, const QString &purpose) const;

    // The purposes an export to this kind of contact may name.
    static QStringList purposesFor(const QString &contactKind);

private:
    Result<PlannedCase> teamCase(const QString &caseId, const QDate &today) const;
    Result<QStringList> defaultCases(const Contact &contact, const QString &purpose) const;
    Database &m_db;
};

} // namespace vangnet
