#include "consent/ConsentPolicy.h"

#include "cases/CaseRepository.h"
#include "consent/Consent.h"
#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "consent/RecipientProfiles.h"
#include "exchange/ContactRepository.h"
#include "safety/DangerAssessment.h"

#include <QJsonArray>

#include <algorithm>

namespace vangnet {
namespace {

QString requiredSecurityLevel(const QJsonObject &c)
{
    const QJsonObject threat = c.value(QStringLiteral("threat")).toObject();
    DangerFacts facts;
    facts.threatCode = threat.value(QStringLiteral("code")).toString();
    facts.policeProtection = threat.value(QStringLiteral("policeProtection")).toBool();
    facts.perpetratorSearching = threat.value(QStringLiteral("perpetratorSearching")).toBool();
    facts.perpetratorKnowsLocation = threat.value(QStringLiteral("perpetratorKnowsLocation")).toBool();
    for (const QJsonValue &p : c.value(QStringLiteral("perpetrators")).toArray())
        facts.addPerpetrator(p.toObject().value(QStringLiteral("knowsLocation")).toBool(),
            p.toObject().value(QStringLiteral("activelySearching")).toBool());
    return SecurityLevels::code(DangerAssessment::assess(facts).requiredLevel());
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString ConsentPolicy::ageBandOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || birthDate > day)
        return QStringLiteral("unknown");
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    if (age <= 11)
        return QStringLiteral("0_11");
    if (age <= 15)
        return QStringLiteral("12_15");
    if (age <= 17)
        return QStringLiteral("16_17");
    if (age <= 22)
        return QStringLiteral("18_22");
    if (age <= 29)
        return QStringLiteral("23_29");
    if (age <= 39)
        return QStringLiteral("30_39");
    if (age <= 49)
        return QStringLiteral("40_49");
    if (age <= 64)
        return QStringLiteral("50_64");
    return QStringLiteral("65_plus");
}

FilteredCase ConsentPolicy::filter(const QJsonObject &full, const QStringList &scopes, const QString &purpose, const QDate &today)
{
    FilteredCase out;
    const QStringList keys = RecipientProfiles::allowedKeys(scopes, purpose);
    const QDate birthDate = QDate::fromString(full.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    for (const QString &key : keys) {
        if (key == ConsentScopes::signalDateKey()) {
            if (full.contains(key)) {
                out.data.insert(key, full.value(key));
            } else if (full.contains(QStringLiteral("createdAt"))) {
                const QDateTime created
                    = QDateTime::fromString(full.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
                out.data.insert(key, created.isValid() ? QJsonValue(dateText(created.toLocalTime().date())) : QJsonValue());
            }
        } else if (key == ConsentScopes::requiredSecurityLevelKey()) {
            out.data.insert(key, full.contains(key) ? full.value(key) : QJsonValue(requiredSecurityLevel(full)));
        } else if (key == QLatin1String("ageBand") && birthDate.isValid()) {
            // The band follows from the birth date; a stale stored band never contradicts it.
            out.data.insert(key, ageBandOn(birthDate, today));
        } else if (key == QLatin1String("exploitationForms") && full.contains(key)) {
            QJsonArray forms = full.value(key).toArray();
            if (!scopes.contains(QStringLiteral("sexual_life"))) {
                QJsonArray kept;
                for (const QJsonValue &form : forms)
                    if (form.toString() != ConsentScopes::sexualExploitationCode())
                        kept.append(form);
                if (kept.size() != forms.size())
                    out.notes << tr("The exploitation form \"sexual\" was withheld: it is data about sexual life (GDPR art. 9) "
                                    "and the consent does not name that scope.");
                forms = kept;
            }
            out.data.insert(key, forms);
        } else if (full.contains(key)) {
            out.data.insert(key, full.value(key));
        }
    }
    return out;
}

QString ConsentPolicy::statusCode(const Consent &consent, const QDate &today)
{
    switch (consent.statusOn(today)) {
    case ConsentStatus::Valid:
        return QStringLiteral("valid");
    case ConsentStatus::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case ConsentStatus::Expired:
        return QStringLiteral("expired");
    case ConsentStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("withdrawn");
}

ExportDecision ConsentPolicy::noConsent()
{
    ExportDecision d;
    d.status = QStringLiteral("no_consent");
    d.reason = tr("no consent for this recipient and purpose");
    return d;
}

ExportDecision ConsentPolicy::decisionFor(const Consent &consent, const QDate &today)
{
    ExportDecision d;
    d.consentId = consent.id;
    d.status = statusCode(consent, today);
    switch (consent.statusOn(today)) {
    case ConsentStatus::Valid:
        d.allowed = true;
        d.scopes = consent.scopes;
        d.keys = RecipientProfiles::allowedKeys(consent.scopes, consent.purpose);
        break;
    case ConsentStatus::NotYetValid:
        d.reason = tr("consent not yet valid (it holds from %1)").arg(dateText(consent.validFrom));
        break;
    case ConsentStatus::Expired:
        d.reason = tr("consent expired on %1").arg(dateText(consent.expires));
        break;
    case ConsentStatus::Withdrawn:
        d.reason = tr("consent withdrawn on %1").arg(dateText(consent.withdrawnAt.toLocalTime().date()));
        break;
    }
    return d;
}

Result<ExportDecision> ConsentPolicy::decide(
    const QString &caseId, const QString &recipientContactId, const QString &purpose, const QDate &today) const
{
    auto id = CaseRepository(m_db).resolve(caseId);
    if (!id)
        return id.error();
    auto consents = ConsentRegister(m_db).forCase(id.value());
    if (!consents)
        return consents.error();
    const Consent *latest = nullptr;
    const Consent *latestValid = nullptr;
    for (const Consent &c : consents.value()) {
        if (c.recipientId != recipientContactId || c.purpose != purpose)
            continue;
        latest = &c; // oldest first: the last one wins
        if (c.statusOn(today) == ConsentStatus::Valid)
            latestValid = &c;
    }
    if (latestValid)
        return decisionFor(*latestValid, today);
    if (latest)
        return decisionFor(*latest, today);
    return noConsent();
}

Result<QVector<RecipientOverview>> ConsentPolicy::overview(const QString &caseId, const QDate &today) const
{
    auto id = CaseRepository(m_db).resolve(caseId);
    if (!id)
        return id.error();
    auto consents = ConsentRegister(m_db).forCase(id.value());
    if (!consents)
        return consents.error();
    ContactRepository contacts(m_db);
    QVector<RecipientOverview> out;
    for (const Consent &c : consents.value()) {
        const bool seen = std::any_of(out.cbegin(), out.cend(),
            [&c](const RecipientOverview &o) { return o.contactId == c.recipientId && o.purpose == c.purpose; });
        if (seen)
            continue;
        RecipientOverview line;
        line.contactId = c.recipientId;
        line.purpose = c.purpose;
        auto contact = contacts.find(c.recipientId);
        if (contact) {
            line.contactName = contact->name;
            line.contactVerified = contact->verified;
        }
        auto decision = decide(c.caseId, c.recipientId, c.purpose, today);
        if (!decision)
            return decision.error();
        line.decision = decision.value();
        auto relied = ConsentRegister(m_db).find(line.decision.consentId);
        if (relied)
            line.purposeText = relied->purposeText;
        out.append(line);
    }
    return out;
}

QString ConsentPolicy::statusLabel(const QString &statusCode)
{
    if (statusCode == QLatin1String("valid"))
        return tr("Valid");
    if (statusCode == QLatin1String("not_yet_valid"))
        return tr("Not yet valid");
    if (statusCode == QLatin1String("expired"))
        return tr("Expired");
    if (statusCode == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (statusCode == QLatin1String("no_consent"))
        return tr("No consent");
    return statusCode;
}

} // namespace vangnet
