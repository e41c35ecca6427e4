#pragma once

#include "common/Result.h"
#include "consent/Consent.h"
#include "privacy/CaseInWords.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vangnet {

class Database;

// What the printed consent form says (docs/CONSENT.md, "Consent on paper"): who receives what, why,
// for how long and how to withdraw, in words of the language installed when it is collected (the
// documents library switches the language first: DocumentLanguage). The form is filled from a consent
// before or after it is recorded; ui/documents/ConsentFormDocument lays it out from the template
// resources/forms/LANG/consent.html.
struct ConsentFormContent
{
    QString caseNumber;
    QString personName; // the person signs the form, so it names them
    QString recipientName;
    QString recipientOrganisation;
    QString purposeLabel;
    QString purposeText; // the description of an "other" purpose
    QString purposeDescription; // what this kind of recipient gets at most
    QVector<LabelledValue> scopes; // label (with its legal note) and what it covers
    QDate validFrom;
    QDate expires; // exclusive: the form shows the last day it holds
    QString signerLabel;
    bool signerIsPerson = true; // false: a parent, guardian or Nidos signs for the person
    QString informedLanguage; // the language the person was informed in, as a name
    bool interpreterUsed = false;
    QString coordinator; // who hands out the form (the case's coordinator)

    QJsonObject toJson() const;

    // Checks the consent as ConsentRegister::add would (purpose, scopes, signer's age; the method is
    // taken to be "written") and fills the form. NotFound for an unknown case or recipient.
    static Result<ConsentFormContent> collect(Database &db, Consent consent, const QDate &today = QDate::currentDate());

    Q_DECLARE_TR_FUNCTIONS(ConsentFormContent) // last: the macro ends in "private:"
};

} // namespace vangnet
