#include "privacy/PlacementRequestContent.h"

#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentScopes.h"
#include "domain/Codes.h"
#include "exchange/ContactRepository.h"
#include "placement/PlacementRepository.h"
#include "privacy/DocumentDisclosure.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterRepository.h"

#include <QJsonArray>

namespace vangnet {
namespace {

const QString Purpose = QStringLiteral("placement");
const QString Perpetrators = QStringLiteral("perpetrators");

QString yesNo(bool value)
{
    return value ? PlacementRequestContent::tr("yes") : PlacementRequestContent::tr("no");
}

} // namespace

Result<PlacementRequestContent> PlacementRequestContent::collect(
    Database &db, const QString &placementId, const QString &recipientIdOrName, bool includePerpetrators, const QDate &today)
{
    auto placement = PlacementRepository(db).find(placementId.trimmed());
    if (!placement)
        return placement.error();
    auto recipient = ContactRepository(db).findByIdOrName(recipientIdOrName);
    if (!recipient)
        return recipient.error();
    auto loaded = CaseRepository(db).load(placement->caseId);
    if (!loaded)
        return loaded.error();
    const Case &c = loaded.value();

    auto decision = ConsentPolicy(db).decide(c.id, recipient->id, Purpose, today);
    if (!decision)
        return decision.error();
    if (!decision->allowed)
        return Error(
            ErrorCode::Refused, tr("The placement request may not go to %1: %2.").arg(recipient->name, decision->reason));
    if (includePerpetrators && !decision->scopes.contains(Perpetrators))
        return Error(ErrorCode::Refused,
            tr("The consent for %1 does not name the perpetrators, so their details stay out of the placement request.")
                .arg(recipient->name));

    PlacementRequestContent r;
    r.placementId = placement->id;
    r.caseId = c.id;
    r.caseNumber = c.number;
    r.madeOn = today;
    r.recipientId = recipient->id;
    r.recipientName = recipient->name;
    r.consentId = decision->consentId;
    if (auto shelter = ShelterRepository(db).find(placement->shelterId)) {
        r.shelterName = shelter->name;
        r.shelterType = ShelterCodes::label(ShelterCodeKind::ShelterType, shelter->type);
    }
    r.placementStatus = ShelterCodes::label(ShelterCodeKind::PlacementStatus, placement->status);

    const FilteredCase filtered = ConsentPolicy::filter(CaseJson::toJson(c, today), decision->scopes, Purpose, today);
    QJsonObject data = filtered.data;
    data.remove(QStringLiteral("id")); // the case number identifies the request; the UUID is internal
    r.fields = CaseInWords::fields(data);
    r.heldBack = filtered.notes;
    const QStringList releasedKeys = data.keys();
    r.scopes = ConsentScopes::scopesOf(releasedKeys);
    const QString sexualLife = QStringLiteral("sexual_life");
    if (decision->scopes.contains(sexualLife)
        && data.value(QStringLiteral("exploitationForms")).toArray().contains(ConsentScopes::sexualExploitationCode()))
        r.scopes = ConsentScopes::normalised(r.scopes + QStringList { sexualLife });

    if (includePerpetrators) {
        if (!c.threat.code.isEmpty())
            r.perpetratorFacts.append({ tr("Threat level"), Codes::label(CodeKind::ThreatCode, c.threat.code) });
        QStringList areas;
        bool knowsLocation = c.threat.perpetratorKnowsLocation;
        bool searching = c.threat.perpetratorSearching;
        for (const Perpetrator &p : c.perpetrators) {
            for (const QString &area : p.knownAreas)
                if (!areas.contains(area))
                    areas.append(area);
            knowsLocation = knowsLocation || p.knowsLocation;
            searching = searching || p.activelySearching;
        }
        if (!areas.isEmpty())
            r.perpetratorFacts.append({ tr("Areas where perpetrators are known"), areas.join(QStringLiteral(", ")) });
        r.perpetratorFacts.append({ tr("A perpetrator knows where the person is"), yesNo(knowsLocation) });
        r.perpetratorFacts.append({ tr("A perpetrator is searching for the person"), yesNo(searching) });
        r.scopes = ConsentScopes::normalised(r.scopes + QStringList { Perpetrators });
    }
    return r;
}

Status PlacementRequestContent::recordDisclosure(Database &db, const QString &documentId) const
{
    Disclosure d;
    d.caseId = caseId;
    d.recipientId = recipientId;
    d.purpose = Purpose;
    d.scopes = scopes;
    d.bundleId = documentId;
    d.consentId = consentId;
    return DocumentDisclosure::record(db, d, QStringLiteral("placement_request"));
}

QJsonObject PlacementRequestContent::toJson() const
{
    return QJsonObject { { QStringLiteral("placementId"), placementId }, { QStringLiteral("caseId"), caseId },
        { QStringLiteral("caseNumber"), caseNumber }, { QStringLiteral("madeOn"), madeOn.toString(Qt::ISODate) },
        { QStringLiteral("shelterName"), shelterName }, { QStringLiteral("shelterType"), shelterType },
        { QStringLiteral("placementStatus"), placementStatus }, { QStringLiteral("recipient"), recipientId },
        { QStringLiteral("recipientName"), recipientName }, { QStringLiteral("consentId"), consentId },
        { QStringLiteral("scopes"), QJsonArray::fromStringList(scopes) },
        { QStringLiteral("fields"), CaseInWords::toJson(fields) },
        { QStringLiteral("perpetrators"), CaseInWords::toJson(perpetratorFacts) },
        { QStringLiteral("heldBack"), QJsonArray::fromStringList(heldBack) } };
}

} // namespace vangnet
