#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vangnet {

// Where a consent stands on a given day. Valid: validFrom <= day < expires and not withdrawn.
enum class ConsentStatus { Valid, NotYetValid, Expired, Withdrawn };

// One recorded consent (docs/domain.md, "Consent and sharing"; docs/CONSENT.md): one case, one
// recipient (a contact), one purpose, named scopes. Codes are the stable identifiers of
// ConsentPurposes and ConsentScopes.
struct Consent
{
    QString id; // UUID, assigned by ConsentRegister::add
    QString caseId; // the case's UUID (a case number is resolved on add)
    QString recipientId; // contacts.id
    QString purpose; // ConsentPurposes: exactly one
    QString purposeText; // required for "other"
    QStringList scopes; // ConsentScopes, at least one
    QString signer = QStringLiteral("subject"); // subject | parent | guardian | nidos
    QString method; // written | signed_digitally
    QString language = QStringLiteral("nl"); // ISO 639-1: the language the victim was informed in
    bool interpreterUsed = false;
    QString told; // what the victim was told (free text)
    QDate validFrom; // invalid on add: today
    QDate expires; // first day it no longer holds; invalid on add: validFrom + 12 months
    QDateTime withdrawnAt; // UTC; invalid: not withdrawn
    QString withdrawalNote;
    QString scanAttachmentId; // case_attachments.id of the signed form, if scanned
    // SHA-256 (lower-case hex) of the consent form the person signed on paper (migration 170): it
    // proves which text was signed. Empty: no paper form recorded.
    QString paperFormSha256;
    QDateTime createdAt; // UTC
    QString createdBy;

    bool isWithdrawn() const { return withdrawnAt.isValid(); }
    ConsentStatus statusOn(const QDate &day) const
    {
        if (isWithdrawn())
            return ConsentStatus::Withdrawn;
        if (day < validFrom)
            return ConsentStatus::NotYetValid;
        if (expires.isValid() && day >= expires)
            return ConsentStatus::Expired;
        return ConsentStatus::Valid;
    }
};

} // namespace vangnet
