#include "exchange/ExportPlanner.h"

#include "cases/Attachments.h"
#include "cases/CaseHistory.h"
#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "exchange/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {
namespace {

const QString kTeam = QStringLiteral("team");
const QString kHandover = QStringLiteral("handover");

QJsonObject historyJson(const HistoryEntry &e)
{
    return QJsonObject { { QStringLiteral("changeId"), e.changeId },
        { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) }, { QStringLiteral("actor"), e.actor },
        { QStringLiteral("field"), e.field }, { QStringLiteral("old"), e.oldValue }, { QStringLiteral("new"), e.newValue } };
}

} // namespace

QStringList ExportPlanner::purposesFor(const QString &contactKind)
{
    if (contactKind == kTeam)
        return { kHandover };
    return ConsentPurposes::all();
}

Result<QStringList> ExportPlanner::defaultCases(const Contact &contact, const QString &purpose) const
{
    auto q = contact.kind == kTeam
        ? m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE phase <> 'closed' ORDER BY number"))
        : m_db.prepare(QStringLiteral("SELECT DISTINCT c.id, c.number FROM cases c JOIN consents k ON k.case_id = c.id"
                                      " WHERE k.recipient_id = ? AND k.purpose = ? ORDER BY c.number"));
    if (!q)
        return q.error();
    if (contact.kind != kTeam)
        q->bind(1, contact.id).bind(2, purpose);
    QStringList ids;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ids.append(q->text(0));
    }
    return ids;
}

Result<QStringList> ExportPlanner::defaultCaseIds(const QString &contactKey, const QString &purpose) const
{
    auto contact = ContactRepository(m_db).findByIdOrName(contactKey);
    if (!contact)
        return contact.error();
    const QString p = purpose.trimmed();
    return defaultCases(contact.value(), contact->kind == kTeam && p.isEmpty() ? kHandover : p);
}

Result<PlannedCase> ExportPlanner::teamCase(const QString &caseId, const QDate &today) const
{
    CaseRepository cases(m_db);
    auto c = cases.load(caseId);
    if (!c)
        return c.error();
    PlannedCase p;
    p.caseId = c->id;
    p.number = c->number;
    p.data = CaseJson::toJson(c.value(), today);
    auto history = CaseHistory(m_db).forCase(c->id);
    if (!history)
        return history.error();
    for (const HistoryEntry &e : history.value())
        p.history.append(historyJson(e));
    auto attachments = Attachments(m_db).list(c->id);
    if (!attachments)
        return attachments.error();
    for (const AttachmentInfo &a : attachments.value()) {
        p.attachmentIds.append(a.id);
        p.attachments.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("fileName"), a.fileName },
            { QStringLiteral("mediaType"), a.mediaType }, { QStringLiteral("size"), a.size },
            { QStringLiteral("addedAt"), a.addedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("addedBy"), a.addedBy } });
    }
    return p;
}

Result<ExportPlan> ExportPlanner::plan(const QString &contactKey, const QString &purposeIn, const QStringList &caseIds,
    const QDate &today, const QString &purposeText) const
{
    auto contact = ContactRepository(m_db).findByIdOrName(contactKey);
    if (!contact)
        return contact.error();
    if (!contact->verified)
        return Error(ErrorCode::Refused,
            tr("The contact %1 is not verified: compare the fingerprint with them by phone first, then mark the contact as "
               "verified.")
                .arg(contact->name));

    ExportPlan plan;
    plan.recipient = contact.value();
    plan.kind = contact->kind == kTeam ? kTeam : QStringLiteral("external");
    plan.today = today;
    plan.purpose = purposeIn.trimmed();
    plan.purposeText = purposeText.trimmed();
    if (plan.kind == kTeam) {
        if (plan.purpose.isEmpty())
            plan.purpose = kHandover;
        if (plan.purpose != kHandover)
            return Error(ErrorCode::InvalidInput,
                tr("An export to a team contact hands over whole cases; its purpose is \"handover\". To share with an external "
                   "organisation, mark the contact as external."));
    } else {
        if (!ConsentPurposes::isValid(plan.purpose))
            return Error(ErrorCode::InvalidInput,
                tr("Unknown purpose; allowed values: %1.").arg(ConsentPurposes::all().join(QStringLiteral(", "))));
        if (ConsentPurposes::needsText(plan.purpose) && plan.purposeText.isEmpty())
            plan.purposeText = ConsentPurposes::label(plan.purpose);
    }

    QStringList ids;
    CaseRepository cases(m_db);
    if (caseIds.isEmpty()) {
        auto found = defaultCases(plan.recipient, plan.purpose);
        if (!found)
            return found.error();
        ids = found.value();
    } else {
        for (const QString &key : caseIds) {
            auto id = cases.resolve(key);
            if (!id)
                return id.error();
            if (!ids.contains(id.value()))
                ids.append(id.value());
        }
    }

    ConsentPolicy policy(m_db);
    for (const QString &id : ids) {
        if (plan.kind == kTeam) {
            auto planned = teamCase(id, today);
            if (!planned)
                return planned.error();
            plan.included.append(planned.value());
            continue;
        }
        auto c = cases.load(id);
        if (!c)
            return c.error();
        auto decision = policy.decide(id, plan.recipient.id, plan.purpose, today);
        if (!decision)
            return decision.error();
        if (!decision->allowed) {
            plan.heldBack.append({ c->id, c->number, decision->reason });
            continue;
        }
        const FilteredCase filtered
            = ConsentPolicy::filter(CaseJson::toJson(c.value(), today), decision->scopes, plan.purpose, today);
        PlannedCase p;
        p.caseId = c->id;
        p.number = c->number;
        p.consentId = decision->consentId;
        p.scopes = decision->scopes;
        p.data = filtered.data;
        p.notes = filtered.notes;
        plan.included.append(p);
    }
    return plan;
}

} // namespace vangnet
