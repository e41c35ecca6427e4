#include "privacy/ConsentFormContent.h"

#include "cases/CaseRepository.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "consent/RecipientProfiles.h"
#include "exchange/ContactRepository.h"
#include "i18n/IsoNames.h"

#include <QJsonArray>

namespace vangnet {

Result<ConsentFormContent> ConsentFormContent::collect(Database &db, Consent consent, const QDate &today)
{
    auto loaded = CaseRepository(db).load(consent.caseId);
    if (!loaded)
        return loaded.error();
    const Case &c = loaded.value();
    consent.caseId = c.id;
    consent.method = QStringLiteral("written");
    consent.scopes = ConsentScopes::normalised(consent.scopes);
    if (auto st = ConsentRegister::validate(consent, c.birthDate, c.ageBand, today); !st)
        return st.error();
    auto recipient = ContactRepository(db).find(consent.recipientId);
    if (!recipient)
        return recipient.error();

    ConsentFormContent form;
    form.caseNumber = c.number;
    form.personName = QStringList { c.givenName, c.familyName }.join(QLatin1Char(' ')).trimmed();
    form.recipientName = recipient->name;
    form.recipientOrganisation = recipient->organisation;
    form.purposeLabel = ConsentPurposes::label(consent.purpose);
    form.purposeText = ConsentPurposes::needsText(consent.purpose) ? consent.purposeText.trimmed() : QString();
    form.purposeDescription = RecipientProfiles::description(consent.purpose);
    for (const QString &scope : consent.scopes) {
        const QString note = ConsentScopes::legalNote(scope);
        const QString label = note.isEmpty() ? ConsentScopes::label(scope) : tr("%1 (%2)").arg(ConsentScopes::label(scope), note);
        form.scopes.append({ label, ConsentScopes::description(scope) });
    }
    form.validFrom = consent.validFrom.isValid() ? consent.validFrom : today;
    form.expires = consent.expires.isValid() ? consent.expires : ConsentRegister::defaultExpiry(form.validFrom);
    form.signerLabel = ConsentRegister::signerLabel(consent.signer);
    form.signerIsPerson = consent.signer == QLatin1String("subject");
    const QString languageName = IsoNames::language(consent.language);
    form.informedLanguage = languageName.isEmpty() ? consent.language : languageName;
    form.interpreterUsed = consent.interpreterUsed;
    form.coordinator = c.coordinator;
    return form;
}

QJsonObject ConsentFormContent::toJson() const
{
    return QJsonObject { { QStringLiteral("caseNumber"), caseNumber }, { QStringLiteral("personName"), personName },
        { QStringLiteral("recipientName"), recipientName }, { QStringLiteral("recipientOrganisation"), recipientOrganisation },
        { QStringLiteral("purpose"), purposeLabel }, { QStringLiteral("purposeText"), purposeText },
        { QStringLiteral("purposeDescription"), purposeDescription }, { QStringLiteral("scopes"), CaseInWords::toJson(scopes) },
        { QStringLiteral("validFrom"), validFrom.toString(Qt::ISODate) },
        { QStringLiteral("lastDay"), expires.addDays(-1).toString(Qt::ISODate) }, { QStringLiteral("signer"), signerLabel },
        { QStringLiteral("informedLanguage"), informedLanguage }, { QStringLiteral("interpreterUsed"), interpreterUsed },
        { QStringLiteral("coordinator"), coordinator } };
}

} // namespace vangnet
