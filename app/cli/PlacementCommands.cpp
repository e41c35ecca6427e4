#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "shelters/ShelterCodes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {
namespace {

QString pointsText(const ScoreReason &r)
{
    return (r.points > 0 ? QStringLiteral("+%1").arg(r.points) : QString::number(r.points)) + QLatin1Char(' ') + r.text;
}

QJsonObject placementJson(const Placement &p)
{
    QJsonArray events;
    for (const PlacementEvent &e : p.events)
        events.append(
            QJsonObject { { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) }, { QStringLiteral("status"), e.status },
                { QStringLiteral("reason"), e.reason }, { QStringLiteral("actor"), e.actor } });
    return QJsonObject {
        { QStringLiteral("id"), p.id },
        { QStringLiteral("caseId"), p.caseId },
        { QStringLiteral("shelterId"), p.shelterId },
        { QStringLiteral("status"), p.status },
        { QStringLiteral("holdUntil"),
            p.holdUntil.isValid() ? QJsonValue(p.holdUntil.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("reason"), p.reason },
        { QStringLiteral("createdAt"), p.createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("updatedAt"), p.updatedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("history"), events },
    };
}

void printPlacement(CliContext &ctx, const Placement &p)
{
    QString line = QStringLiteral("%1  %2  %3")
                       .arg(p.id, ShelterCodes::label(ShelterCodeKind::PlacementStatus, p.status).leftJustified(12), p.shelterId);
    if (p.holdUntil.isValid())
        line += QStringLiteral("  ") + CliContext::tr("held until %1").arg(p.holdUntil.toString(Qt::ISODate));
    ctx.print(line);
}

QJsonObject levelJson(const RequiredLevel &level)
{
    return QJsonObject {
        { QStringLiteral("requiredLevel"), ShelterCodes::levelCode(level.level) },
        { QStringLiteral("derivedLevel"), ShelterCodes::levelCode(level.derivedLevel) },
        { QStringLiteral("overridden"), level.overridden },
        { QStringLiteral("overrideReason"), level.overridden ? QJsonValue(level.overrideReason) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("levelReasons"), QJsonArray::fromStringList(level.reasons) },
    };
}

int runSuggest(CliContext &ctx, Args &args)
{
    const auto limitText = args.take(QStringLiteral("limit"));
    PlacementOptions options;
    options.judgeAuthorisation = args.takeFlag(QStringLiteral("judge-authorisation"));
    const bool showExcluded = args.takeFlag(QStringLiteral("show-excluded"));
    const auto caseId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseId)
        return ctx.usage(CliContext::tr("suggest needs a CASE_ID (case UUID or number)."));
    if (limitText) {
        bool ok = false;
        options.limit = limitText->toInt(&ok);
        if (!ok || options.limit < 1 || options.limit > 1000)
            return ctx.usage(CliContext::tr("--limit takes a number between 1 and 1000."));
    }
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto view = PlacementService(vault.value()->database()).load(*caseId, options);
    if (!view)
        return ctx.fail(view.error());
    const PlacementAdvice &a = view->advice;

    if (ctx.json) {
        QJsonObject o = levelJson(a.required);
        o.insert(QStringLiteral("caseId"), view->caseId);
        QJsonArray suggestions;
        for (const Suggestion &s : a.suggestions) {
            QJsonArray reasons;
            QJsonArray parts;
            for (const ScoreReason &r : s.reasons) {
                reasons.append(pointsText(r));
                parts.append(QJsonObject { { QStringLiteral("points"), r.points }, { QStringLiteral("code"), r.code },
                    { QStringLiteral("text"), r.text } });
            }
            suggestions.append(QJsonObject {
                { QStringLiteral("shelterId"), s.shelterId },
                { QStringLiteral("name"), s.name },
                { QStringLiteral("type"), s.type },
                { QStringLiteral("region"), s.region },
                { QStringLiteral("securityLevel"), ShelterCodes::levelCode(s.securityLevel) },
                { QStringLiteral("freeBeds"), s.freeBeds },
                { QStringLiteral("availabilityAsOf"),
                    s.availabilityAsOf.isValid() ? QJsonValue(s.availabilityAsOf.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("score"), s.score },
                { QStringLiteral("reasons"), reasons },
                { QStringLiteral("scoreParts"), parts },
            });
        }
        o.insert(QStringLiteral("suggestions"), suggestions);
        o.insert(QStringLiteral("suitableCount"), a.suitableCount);
        QJsonArray excluded;
        for (const Exclusion &e : a.excluded) {
            QJsonArray reasons;
            QJsonArray rules;
            for (const RuleViolation &v : e.violations) {
                reasons.append(v.text);
                rules.append(PlacementRules::code(v.rule));
            }
            excluded.append(QJsonObject { { QStringLiteral("shelterId"), e.shelterId }, { QStringLiteral("name"), e.name },
                { QStringLiteral("securityLevel"), ShelterCodes::levelCode(e.securityLevel) },
                { QStringLiteral("reasons"), reasons }, { QStringLiteral("rules"), rules } });
        }
        o.insert(QStringLiteral("excluded"), excluded);
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(a.notes));
        if (a.nothingFits)
            o.insert(QStringLiteral("advice"),
                QJsonObject { { QStringLiteral("rule"), PlacementRules::code(a.nothingFits->rule) },
                    { QStringLiteral("excludedCount"), a.nothingFits->excludedCount },
                    { QStringLiteral("text"), a.nothingFits->text },
                    { QStringLiteral("nextSteps"), QJsonArray::fromStringList(a.nothingFits->nextSteps) } });
        ctx.printJson(o);
        return ExitOk;
    }

    ctx.print(CliContext::tr("Required security level: %1").arg(ShelterCodes::levelLabel(a.required.level)));
    for (const QString &r : a.required.reasons)
        ctx.print(QStringLiteral("  - ") + r);
    for (const QString &n : a.notes)
        ctx.print(CliContext::tr("Note: %1").arg(n));
    ctx.print(QString());
    int rank = 0;
    for (const Suggestion &s : a.suggestions) {
        ctx.print(CliContext::tr("%1. %2 (%3, %4, %5, %n free bed(s)) – score %6", nullptr, s.freeBeds)
                      .arg(++rank)
                      .arg(s.name, s.shelterId, ShelterCodes::levelCode(s.securityLevel), s.region)
                      .arg(s.score));
        for (const ScoreReason &r : s.reasons)
            ctx.print(QStringLiteral("     ") + pointsText(r));
    }
    if (a.nothingFits) {
        ctx.print(a.nothingFits->text);
        ctx.print(CliContext::tr("What to do next:"));
        for (const QString &step : a.nothingFits->nextSteps)
            ctx.print(QStringLiteral("  - ") + step);
    }
    if (showExcluded) {
        ctx.print(QString());
        ctx.print(CliContext::tr("Excluded:"));
        for (const Exclusion &e : a.excluded) {
            ctx.print(QStringLiteral("  %1 (%2)").arg(e.name, e.shelterId));
            for (const RuleViolation &v : e.violations)
                ctx.print(QStringLiteral("     - ") + v.text);
        }
    } else if (!a.excluded.isEmpty()) {
        ctx.print(CliContext::tr("%n shelter(s) excluded; add --show-excluded to see why.", nullptr, int(a.excluded.size())));
    }
    return ExitOk;
}

int runPlace(CliContext &ctx, Args &args)
{
    const auto holdText = args.take(QStringLiteral("hold-days"));
    const auto overrideReason = args.take(QStringLiteral("override-reason"));
    PlacementOptions options;
    options.judgeAuthorisation = args.takeFlag(QStringLiteral("judge-authorisation"));
    const auto caseId = args.takePositional();
    const auto shelterId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseId || !shelterId)
        return ctx.usage(CliContext::tr("place needs a CASE_ID and a SHELTER_ID."));
    int holdDays = 0;
    if (holdText) {
        bool ok = false;
        holdDays = holdText->toInt(&ok);
        if (!ok || holdDays < 1 || holdDays > 90)
            return ctx.usage(CliContext::tr("--hold-days takes a number between 1 and 90."));
    }
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto placed = PlacementService(vault.value()->database())
                      .place(*caseId, *shelterId, holdDays, overrideReason.value_or(QString()), options);
    if (!placed)
        return ctx.fail(placed.error());
    if (ctx.json) {
        ctx.printJson(placementJson(placed.value()));
    } else if (holdDays > 0) {
        ctx.print(CliContext::tr("Bed held at %1 until %2 (placement %3).")
                      .arg(placed->shelterId, placed->holdUntil.toString(Qt::ISODate), placed->id));
    } else {
        ctx.print(CliContext::tr("Placed at %1 (placement %2).").arg(placed->shelterId, placed->id));
    }
    return ExitOk;
}

int runPlacementEnd(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    const auto placementId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!placementId)
        return ctx.usage(CliContext::tr("placement end needs a PLACEMENT_ID."));
    if (!reason || reason->trimmed().isEmpty())
        return ctx.usage(CliContext::tr("placement end needs --reason TEXT."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    PlacementRepository repo(vault.value()->database());
    auto ended = repo.end(*placementId, reason->trimmed());
    if (!ended)
        return ctx.fail(ended.error());
    if (ctx.json)
        ctx.printJson(placementJson(ended.value()));
    else
        ctx.print(CliContext::tr("Placement %1 ended; its bed is free again.").arg(ended->id));
    return ExitOk;
}

int runPlacementRequest(CliContext &ctx, Args &args)
{
    const bool waitList = args.takeFlag(QStringLiteral("wait-list"));
    const auto reason = args.take(QStringLiteral("reason"));
    const auto caseId = args.takePositional();
    const auto shelterId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseId || !shelterId)
        return ctx.usage(CliContext::tr("placement request needs a CASE_ID and a SHELTER_ID."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto requested
        = PlacementService(vault.value()->database()).request(*caseId, *shelterId, waitList, reason.value_or(QString()));
    if (!requested)
        return ctx.fail(requested.error());
    if (ctx.json)
        ctx.printJson(placementJson(requested.value()));
    else if (waitList)
        ctx.print(CliContext::tr("On the wait list of %1 (placement %2).").arg(requested->shelterId, requested->id));
    else
        ctx.print(CliContext::tr("Bed requested at %1 (placement %2).").arg(requested->shelterId, requested->id));
    return ExitOk;
}

int runPlacementSet(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    const auto placementId = args.takePositional();
    const auto status = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!placementId || !status)
        return ctx.usage(CliContext::tr("placement set needs a PLACEMENT_ID and a status (placed, wait_list, refused, ended)."));
    const QStringList settable
        = { QStringLiteral("placed"), QStringLiteral("wait_list"), QStringLiteral("refused"), QStringLiteral("ended") };
    if (!settable.contains(*status))
        return ctx.usage(CliContext::tr("Unknown status \"%1\"; allowed: %2.").arg(*status, settable.join(QStringLiteral(", "))));
    if ((*status == QLatin1String("refused") || *status == QLatin1String("ended")) && (!reason || reason->trimmed().isEmpty()))
        return ctx.usage(CliContext::tr("A refused or ended placement needs --reason TEXT."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto moved
        = PlacementRepository(vault.value()->database()).transition(*placementId, *status, reason.value_or(QString()).trimmed());
    if (!moved)
        return ctx.fail(moved.error());
    if (ctx.json)
        ctx.printJson(placementJson(moved.value()));
    else
        ctx.print(CliContext::tr("Placement %1 is now: %2.")
                      .arg(moved->id, ShelterCodes::label(ShelterCodeKind::PlacementStatus, moved->status)));
    return ExitOk;
}

int runPlacementList(CliContext &ctx, Args &args)
{
    const auto caseId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseId)
        return ctx.usage(CliContext::tr("placement list needs a CASE_ID."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto list = PlacementService(vault.value()->database()).placements(*caseId);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray out;
        for (const Placement &p : list.value())
            out.append(placementJson(p));
        ctx.printJson(out);
        return ExitOk;
    }
    if (list->isEmpty())
        ctx.print(CliContext::tr("No placements for this case."));
    for (const Placement &p : list.value())
        printPlacement(ctx, p);
    return ExitOk;
}

int runSecurityLevel(CliContext &ctx, Args &args)
{
    const auto overrideLevel = args.take(QStringLiteral("override"));
    const auto reason = args.take(QStringLiteral("reason"));
    const bool clear = args.takeFlag(QStringLiteral("clear-override"));
    const auto caseId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseId)
        return ctx.usage(CliContext::tr("security-level needs a CASE_ID."));
    std::optional<int> level;
    if (overrideLevel) {
        level = ShelterCodes::parseLevel(*overrideLevel);
        if (!level)
            return ctx.usage(CliContext::tr("--override takes S0, S1, S2, S3 or S4."));
        if (!reason || reason->trimmed().isEmpty())
            return ctx.usage(CliContext::tr("Setting the security level by hand needs --reason TEXT."));
        if (clear)
            return ctx.usage(CliContext::tr("--override and --clear-override exclude each other."));
    } else if (reason) {
        return ctx.usage(CliContext::tr("--reason goes with --override."));
    }
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    PlacementService service(vault.value()->database());
    if (level)
        if (auto st = service.setOverride(*caseId, *level, reason->trimmed()); !st)
            return ctx.fail(st.error());
    if (clear)
        if (auto st = service.clearOverride(*caseId); !st)
            return ctx.fail(st.error());
    auto required = service.requiredLevel(*caseId);
    if (!required)
        return ctx.fail(required.error());
    if (ctx.json) {
        ctx.printJson(levelJson(required.value()));
        return ExitOk;
    }
    ctx.print(CliContext::tr("Required security level: %1").arg(ShelterCodes::levelLabel(required->level)));
    for (const QString &r : required->reasons)
        ctx.print(QStringLiteral("  - ") + r);
    return ExitOk;
}

} // namespace

void addPlacementCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("suggest"), QStringLiteral("CASE_ID [--limit N] [--show-excluded] [--judge-authorisation]"),
        QT_TRANSLATE_NOOP("cli", "ranked shelter suggestions for a case, each with its reasons; why others are excluded"),
        &runSuggest });
    table.push_back({ QStringLiteral("place"), QStringLiteral("CASE_ID SHELTER_ID [--hold-days N] [--override-reason TEXT]"),
        QT_TRANSLATE_NOOP("cli", "place a case in a shelter, or hold a bed for N days"), &runPlace });
    table.push_back({ QStringLiteral("placement end"), QStringLiteral("PLACEMENT_ID --reason TEXT"),
        QT_TRANSLATE_NOOP("cli", "end a placement (or release a held bed); the bed becomes free"), &runPlacementEnd });
    table.push_back({ QStringLiteral("placement request"), QStringLiteral("CASE_ID SHELTER_ID [--wait-list] [--reason TEXT]"),
        QT_TRANSLATE_NOOP("cli", "ask a shelter for a bed, or put the case on its wait list (takes no bed)"),
        &runPlacementRequest });
    table.push_back({ QStringLiteral("placement set"),
        QStringLiteral("PLACEMENT_ID placed|wait_list|refused|ended [--reason TEXT]"),
        QT_TRANSLATE_NOOP("cli", "move a placement on; free beds follow (refused and ended need a reason)"), &runPlacementSet });
    table.push_back({ QStringLiteral("placement list"), QStringLiteral("CASE_ID"),
        QT_TRANSLATE_NOOP("cli", "a case's placements with their history"), &runPlacementList });
    table.push_back(
        { QStringLiteral("security-level"), QStringLiteral("CASE_ID [--override S3 --reason TEXT | --clear-override]"),
            QT_TRANSLATE_NOOP("cli", "a case's required security level and how it was reached; set it by hand with a reason"),
            &runSecurityLevel });
}

} // namespace vangnet::cli
