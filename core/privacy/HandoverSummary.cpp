#include "privacy/HandoverSummary.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "consent/ScopedFieldsText.h"
#include "i18n/DateText.h"
#include "placement/PlacementRepository.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterRepository.h"

#include <QJsonArray>

namespace vangnet {

Result<HandoverSummary> HandoverSummary::collect(Database &db, const QString &caseIdOrNumber, const QDate &today)
{
    auto loaded = CaseRepository(db).load(caseIdOrNumber);
    if (!loaded)
        return loaded.error();
    const Case &c = loaded.value();
    HandoverSummary s;
    s.caseId = c.id;
    s.caseNumber = c.number;
    s.madeOn = today;
    s.fields = CaseInWords::fields(c, today);
    s.notes = CaseInWords::notes(c);
    auto attachments = CaseInWords::attachmentNames(db, c.id);
    if (!attachments)
        return attachments.error();
    s.attachments = attachments.value();

    auto placements = PlacementRepository(db).history(c.id);
    if (!placements)
        return placements.error();
    ShelterRepository shelters(db);
    for (const Placement &p : placements.value()) {
        auto shelter = shelters.find(p.shelterId);
        s.placements.append(tr("%1: %2 (since %3)")
                                .arg(shelter ? shelter->name : tr("a removed shelter"),
                                    ShelterCodes::label(ShelterCodeKind::PlacementStatus, p.status),
                                    DateText::date(p.updatedAt.toLocalTime().date())));
    }

    auto overview = ConsentPolicy(db).overview(c.id, today);
    if (!overview)
        return overview.error();
    for (const RecipientOverview &o : overview.value()) {
        if (o.decision.allowed)
            s.sharing.append(
                tr("%1, %2: may receive %3")
                    .arg(o.contactName, ConsentPurposes::label(o.purpose), ScopedFieldsText::scopeNames(o.decision.scopes)));
        else
            s.sharing.append(tr("%1, %2: nothing (%3)").arg(o.contactName, ConsentPurposes::label(o.purpose), o.decision.reason));
    }
    return s;
}

Status HandoverSummary::recordMade(Database &db, const QString &caseId)
{
    return AuditLog(db).append(QStringLiteral("document.case_summary"), caseId);
}

QJsonObject HandoverSummary::toJson() const
{
    QJsonArray notesJson;
    for (const LabelledValue &n : notes)
        notesJson.append(QJsonObject { { QStringLiteral("written"), n.label }, { QStringLiteral("text"), n.value } });
    return QJsonObject { { QStringLiteral("caseId"), caseId }, { QStringLiteral("caseNumber"), caseNumber },
        { QStringLiteral("madeOn"), madeOn.toString(Qt::ISODate) }, { QStringLiteral("fields"), CaseInWords::toJson(fields) },
        { QStringLiteral("notes"), notesJson }, { QStringLiteral("attachments"), QJsonArray::fromStringList(attachments) },
        { QStringLiteral("placements"), QJsonArray::fromStringList(placements) },
        { QStringLiteral("sharing"), QJsonArray::fromStringList(sharing) } };
}

} // namespace vangnet
