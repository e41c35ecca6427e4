#pragma once

#include "common/Result.h"
#include "consent/ExportDecision.h"
#include "consent/FilteredCase.h"
#include "consent/RecipientOverview.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVector>

namespace vangnet {

class Database;
struct Consent;

// The consent rules an export obeys (docs/CONSENT.md): which consent holds (decide), which fields
// of a case it releases (filterCase), and per case what may be shared now and why (overview).
class ConsentPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ConsentPolicy)

public:
    explicit ConsentPolicy(Database &db)
        : m_db(db)
    { }

    // Exactly the fields that may leave: the keys of the scopes within the purpose's recipient profile,
    // plus id and number. signalDate (from createdAt) and requiredSecurityLevel (from threat and
    // perpetrators) are computed when the input lacks them; ageBand is computed from birthDate when
    // that is known. exploitationForms loses "sexual" unless sexual_life is among the scopes.
    static FilteredCase filter(const QJsonObject &fullCaseJson, const QStringList &scopes, const QString &purpose,
        const QDate &today = QDate::currentDate());
    static QJsonObject filterCase(const QJsonObject &fullCaseJson, const QStringList &scopes, const QString &purpose,
        const QDate &today = QDate::currentDate())
    {
        return filter(fullCaseJson, scopes, purpose, today).data;
    }
    // The age band code (CodeKind::AgeBand) of someone born on birthDate, on `day`.
    static QString ageBandOn(const QDate &birthDate, const QDate &day);

    // Whether the case (UUID or number) may go to the contact for the purpose on `today`.
    // Of several consents for the same recipient and purpose the latest valid one counts; without a
    // valid one the latest recorded one gives the reason.
    Result<ExportDecision> decide(const QString &caseId, const QString &recipientContactId, const QString &purpose,
        const QDate &today = QDate::currentDate()) const;
    // Per recipient and purpose with recorded consent: what may be shared now and why.
    Result<QVector<RecipientOverview>> overview(const QString &caseId, const QDate &today = QDate::currentDate()) const;

    // valid | not_yet_valid | expired | withdrawn
    static QString statusCode(const Consent &consent, const QDate &today);
    // "Valid", "Not yet valid", "Expired", "Withdrawn", "No consent".
    static QString statusLabel(const QString &statusCode);
    // The translated reason a consent holds nothing back or does ("consent expired on 2026-01-01").
    static ExportDecision decisionFor(const Consent &consent, const QDate &today);
    static ExportDecision noConsent();

private:
    Database &m_db;
};

} // namespace vangnet
