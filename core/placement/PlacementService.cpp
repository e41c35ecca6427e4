#include "placement/PlacementService.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "placement/PlacementAdvisor.h"
#include "placement/PlacementRepository.h"
#include "placement/RequiredSecurityLevel.h"
#include "placement/SecurityOverrideStore.h"
#include "shelters/ShelterRegistryCache.h"
#include "shelters/ShelterRepository.h"

namespace vangnet {

PlacementService::PlacementService(Database &db, ShelterRegistryCache *registry)
    : m_db(db)
    , m_registry(registry)
{ }

Result<CasePlacementView> PlacementService::load(const QString &caseIdOrNumber, const PlacementOptions &options)
{
    auto c = CaseRepository(m_db).load(caseIdOrNumber);
    if (!c)
        return c.error();
    if (auto expired = PlacementRepository(m_db).expireHolds(); !expired)
        return expired.error();
    auto shelters = m_registry ? m_registry->shelters(m_db) : ShelterRepository(m_db).list();
    if (!shelters)
        return shelters.error();
    auto manual = SecurityOverrideStore(m_db).get(c->id);
    if (!manual)
        return manual.error();

    CasePlacementView view;
    view.caseId = c->id;
    view.caseNumber = c->number;
    view.request = PlacementRequest::fromCase(c.value(), today());
    view.request.judgeAuthorisation = options.judgeAuthorisation;
    view.request.girlsGroupWaiver = options.girlsGroupWaiver;
    const RequiredLevel required
        = RequiredSecurityLevel::withOverride(RequiredSecurityLevel::derive(view.request.threat), manual.value());
    view.advice = PlacementAdvisor(std::move(shelters).value()).advise(view.request, required, today(), options.limit);
    auto history = PlacementRepository(m_db).history(c->id);
    if (!history)
        return history.error();
    view.placements = std::move(history).value();
    return view;
}

Result<RequiredLevel> PlacementService::requiredLevel(const QString &caseIdOrNumber)
{
    auto c = CaseRepository(m_db).load(caseIdOrNumber);
    if (!c)
        return c.error();
    auto manual = SecurityOverrideStore(m_db).get(c->id);
    if (!manual)
        return manual.error();
    return RequiredSecurityLevel::withOverride(
        RequiredSecurityLevel::derive(RequiredSecurityLevel::factsFromCase(c.value())), manual.value());
}

Status PlacementService::setOverride(const QString &caseIdOrNumber, int level, const QString &reason)
{
    auto id = CaseRepository(m_db).resolve(caseIdOrNumber);
    if (!id)
        return id.error();
    return SecurityOverrideStore(m_db).set(id.value(), level, reason);
}

Status PlacementService::clearOverride(const QString &caseIdOrNumber)
{
    auto id = CaseRepository(m_db).resolve(caseIdOrNumber);
    if (!id)
        return id.error();
    return SecurityOverrideStore(m_db).clear(id.value());
}

Result<Placement> PlacementService::place(const QString &caseIdOrNumber, const QString &shelterId, int holdDays,
    const QString &overrideReason, const PlacementOptions &options)
{
    if (holdDays < 0 || holdDays > 90)
        return Error(ErrorCode::InvalidInput, tr("A bed is held for 1 to 90 days."));
    auto view = load(caseIdOrNumber, PlacementOptions { options.judgeAuthorisation, options.girlsGroupWaiver, 0 });
    if (!view)
        return view.error();
    auto shelter = ShelterRepository(m_db).find(shelterId);
    if (!shelter)
        return shelter.error();
    const QVector<RuleViolation> violations
        = PlacementAdvisor::check(shelter.value(), view->request, view->advice.required.level);
    if (!violations.isEmpty()) {
        QStringList texts;
        QStringList codes;
        bool overridable = true;
        for (const RuleViolation &v : violations) {
            texts.append(v.text);
            codes.append(PlacementRules::code(v.rule));
            if (v.rule == PlacementRule::SecurityLevel || v.rule == PlacementRule::FreeBed)
                overridable = false;
        }
        if (!overridable || overrideReason.trimmed().isEmpty())
            return Error(ErrorCode::Refused,
                overridable ? tr("The shelter is excluded for this case: %1 Give a reason to place anyway.")
                                  .arg(texts.join(QLatin1Char(' ')))
                            : tr("The shelter is excluded for this case: %1").arg(texts.join(QLatin1Char(' '))));
        if (auto a
            = AuditLog(m_db).append(QStringLiteral("placement.rules_overridden"), view->caseId, codes.join(QLatin1Char(',')));
            !a)
            return a.error();
    }
    PlacementRepository repo(m_db);
    if (holdDays > 0)
        return repo.create(view->caseId, shelterId, QStringLiteral("bed_held"), QDateTime::currentDateTimeUtc().addDays(holdDays),
            overrideReason);
    return repo.create(view->caseId, shelterId, QStringLiteral("placed"), {}, overrideReason);
}

Result<Placement> PlacementService::request(const QString &caseIdOrNumber, const QString &shelterId, bool waitList,
    const QString &reason, const PlacementOptions &options)
{
    auto view = load(caseIdOrNumber, PlacementOptions { options.judgeAuthorisation, options.girlsGroupWaiver, 0 });
    if (!view)
        return view.error();
    auto shelter = ShelterRepository(m_db).find(shelterId);
    if (!shelter)
        return shelter.error();
    QStringList texts;
    for (const RuleViolation &v : PlacementAdvisor::check(shelter.value(), view->request, view->advice.required.level))
        if (v.rule != PlacementRule::FreeBed)
            texts.append(v.text);
    if (!texts.isEmpty())
        return Error(ErrorCode::Refused, tr("The shelter is excluded for this case: %1").arg(texts.join(QLatin1Char(' '))));
    return PlacementRepository(m_db).create(
        view->caseId, shelterId, waitList ? QStringLiteral("wait_list") : QStringLiteral("requested"), {}, reason.trimmed());
}

Result<QVector<Placement>> PlacementService::placements(const QString &caseIdOrNumber)
{
    auto id = CaseRepository(m_db).resolve(caseIdOrNumber);
    if (!id)
        return id.error();
    PlacementRepository repo(m_db);
    if (auto expired = repo.expireHolds(); !expired)
        return expired.error();
    return repo.history(id.value());
}

} // namespace vangnet
