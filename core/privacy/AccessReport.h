#pragma once

#include "common/Result.h"
#include "privacy/CaseInWords.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace vangnet {

class Database;

// Where data of the case came from: a bundle received from someone (a colleague, CoMensha).
struct AccessReportSource
{
    QDateTime at; // UTC, when the bundle was taken in
    QString senderName; // the contact's name; empty when the contact was removed
    QString purposeLabel;
    QString bundleId;
    bool created = false; // the case was made from this bundle (else: merged into it)
};

// One row of the disclosure register, in words.
struct AccessReportDisclosure
{
    QDateTime at; // UTC
    QString recipientName;
    QString recipientOrganisation;
    QString purpose; // code (JSON only)
    QString purposeLabel;
    QStringList scopes; // codes (JSON only)
    QString scopeNames; // "identity, health"
    QString consentId;
    QString consentText; // "consent of 10-01-2026, signed by the person"
    QString bundleId; // a bundle id, or a document id for a paper document (see onPaper)
    bool onPaper = false; // a printed document (placement request) rather than an encrypted bundle
};

// One consent or withdrawal, in words.
struct AccessReportConsent
{
    QString id;
    QString recipientName;
    QString purposeLabel;
    QString scopeNames;
    QDate validFrom;
    QDate expires; // exclusive
    QDateTime withdrawnAt; // invalid: not withdrawn
    QString statusLabel; // on the report's day
    QString signerLabel;
    QString methodLabel;
    bool paperFormKept = false; // the signed paper form's fingerprint is kept with the consent
};

// The answer to a right of access request (AVG art. 15; docs/PRIVACY.md): everything held about the
// person in plain words, where it came from, to whom it went (the disclosure register), the consents
// and withdrawals, and how long it is kept. Collected here, laid out by ui/documents
// (AccessReportDocument) or printed as JSON by `vangnet-cli access-report --json`.
struct AccessReport
{
    QString caseId; // UUID (JSON only: never printed in the document)
    QString caseNumber;
    QDate madeOn;
    QVector<LabelledValue> fields; // the case's recorded fields
    QVector<LabelledValue> notes; // date and author as label, the note as value
    QStringList attachments; // file names of the stored scans and documents
    QVector<AccessReportSource> sources;
    QVector<AccessReportDisclosure> disclosures; // oldest first, every row of the register for this case
    QVector<AccessReportConsent> consents; // oldest first
    // The day a closed case is due for erasure (privacy/Retention); empty while the case is open.
    std::optional<QDate> retentionUntil;

    QString retentionText() const;
    QJsonObject toJson() const;

    // Collects the report of one case (UUID or number) on `today`. NotFound for an unknown case.
    static Result<AccessReport> collect(Database &db, const QString &caseIdOrNumber, const QDate &today = QDate::currentDate());
    // Records in the audit log that a report of the case was made and handed out (case UUID only).
    static Status recordMade(Database &db, const QString &caseId);

    Q_DECLARE_TR_FUNCTIONS(AccessReport) // last: the macro ends in "private:"
};

} // namespace vangnet
