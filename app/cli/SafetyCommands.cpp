#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "safety/IncidentCodes.h"
#include "safety/IncidentJson.h"
#include "safety/IncidentRepository.h"
#include "safety/VisitRuleCodes.h"
#include "safety/VisitRulesRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vangnet::cli {
namespace {

// incident add --file FILE|-: one incident as JSON (docs/CLI.md). Everything is checked
// before the vault is opened, so a bad document never costs a key derivation and stores nothing.
int runIncidentAdd(CliContext &ctx, Args &args)
{
    const auto file = args.take(QStringLiteral("file"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!file)
        return ctx.usage(CliContext::tr("incident add needs --file FILE (\"-\" reads standard input)."));
    auto doc = ctx.readJsonDocument(*file);
    if (!doc)
        return ctx.fail(doc.error());
    if (!doc->isObject())
        return ctx.fail(Error(ErrorCode::InvalidInput, CliContext::tr("An incident is one JSON object.")));
    auto incident = IncidentJson::fromJson(doc->object());
    if (!incident)
        return ctx.fail(incident.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto stored = IncidentRepository(vault.value()->database()).add(std::move(incident.value()));
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json)
        ctx.printJson(IncidentJson::toJson(stored.value()));
    else
        ctx.print(CliContext::tr("Recorded incident %1.").arg(stored->id));
    return ExitOk;
}

int runIncidentList(CliContext &ctx, Args &args)
{
    const bool openOnly = args.takeFlag(QStringLiteral("open"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto incidents = IncidentRepository(vault.value()->database())
                         .list(openOnly ? IncidentRepository::Filter::OpenOnly : IncidentRepository::Filter::All);
    if (!incidents)
        return ctx.fail(incidents.error());
    if (ctx.json) {
        QJsonArray array;
        for (const Incident &i : incidents.value())
            array.append(IncidentJson::toJson(i));
        ctx.printJson(array);
        return ExitOk;
    }
    if (incidents->isEmpty()) {
        ctx.print(openOnly ? CliContext::tr("No open incidents.") : CliContext::tr("No incidents recorded."));
        return ExitOk;
    }
    for (const Incident &i : incidents.value()) {
        ctx.print(QStringLiteral("%1  %2  %3  %4  %5  %6")
                      .arg(i.id, i.date.toString(Qt::ISODate), i.status.leftJustified(6), i.type.leftJustified(23),
                          i.setting.leftJustified(10), i.source));
    }
    return ExitOk;
}

int runIncidentClose(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    const bool reopen = args.takeFlag(QStringLiteral("reopen"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("incident close needs the incident's id."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    const QString status = reopen ? QStringLiteral("open") : QStringLiteral("closed");
    if (auto st = IncidentRepository(vault.value()->database()).setStatus(*id, status); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("id"), *id }, { QStringLiteral("status"), status } });
    else
        ctx.print(reopen ? CliContext::tr("Reopened incident %1.").arg(*id) : CliContext::tr("Closed incident %1.").arg(*id));
    return ExitOk;
}

QJsonObject visitRulesToJson(const QString &caseId, const std::optional<VisitRules> &rules)
{
    QJsonObject o { { QStringLiteral("caseId"), caseId },
        { QStringLiteral("rules"), QJsonArray::fromStringList(rules ? rules->rules : QStringList()) },
        { QStringLiteral("note"), rules ? rules->note : QString() } };
    if (rules && rules->updatedAt.isValid())
        o.insert(QStringLiteral("updatedAt"), rules->updatedAt.toUTC().toString(Qt::ISODate));
    return o;
}

void printVisitRules(CliContext &ctx, const std::optional<VisitRules> &rules)
{
    if (!rules || rules->isEmpty()) {
        ctx.print(CliContext::tr("No visit rules for this case."));
        return;
    }
    ctx.print(CliContext::tr("Visit rules:"));
    for (const QString &code : rules->rules)
        ctx.print(QStringLiteral("  - %1 (%2)").arg(VisitRuleCodes::label(code), code));
    if (!rules->note.isEmpty())
        ctx.print(CliContext::tr("Note: %1").arg(rules->note));
}

// visit-rules set CASE_ID --rules a,b [--note TEXT]; an empty --rules without a note removes them.
int runVisitRulesSet(CliContext &ctx, Args &args)
{
    const auto rulesText = args.take(QStringLiteral("rules"));
    const auto note = args.take(QStringLiteral("note"));
    const auto caseId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseId || caseId->trimmed().isEmpty())
        return ctx.usage(CliContext::tr("visit-rules set needs the case id."));
    if (!rulesText)
        return ctx.usage(CliContext::tr("visit-rules set needs --rules CODE,CODE (allowed: %1; an empty list removes the rules).")
                             .arg(VisitRuleCodes::allowedText()));
    VisitRules rules;
    rules.caseId = *caseId;
    rules.rules = VisitRuleCodes::parseList(*rulesText);
    rules.note = note.value_or(QString());
    if (auto st = VisitRuleCodes::validate(rules.rules); !st)
        return ctx.fail(st.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto stored = VisitRulesRepository(vault.value()->database()).set(rules);
    if (!stored)
        return ctx.fail(stored.error());
    const std::optional<VisitRules> shown = stored->isEmpty() ? std::nullopt : std::optional<VisitRules>(stored.value());
    if (ctx.json) {
        ctx.printJson(visitRulesToJson(stored->caseId, shown));
    } else {
        ctx.print(shown ? CliContext::tr("Visit rules saved.") : CliContext::tr("Visit rules removed."));
        printVisitRules(ctx, shown);
    }
    return ExitOk;
}

int runVisitRulesShow(CliContext &ctx, Args &args)
{
    const auto caseId = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseId || caseId->trimmed().isEmpty())
        return ctx.usage(CliContext::tr("visit-rules show needs the case id."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto rules = VisitRulesRepository(vault.value()->database()).find(*caseId);
    if (!rules)
        return ctx.fail(rules.error());
    if (ctx.json)
        ctx.printJson(visitRulesToJson(caseId->trimmed(), rules.value()));
    else
        printVisitRules(ctx, rules.value());
    return ExitOk;
}

} // namespace

void addSafetyCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("incident add"), QStringLiteral("--file FILE|-"),
        QT_TRANSLATE_NOOP("cli", "Record an incident against staff (JSON)"), &runIncidentAdd });
    table.push_back({ QStringLiteral("incident list"), QStringLiteral("[--open]"),
        QT_TRANSLATE_NOOP("cli", "List staff-safety incidents, newest first"), &runIncidentList });
    table.push_back({ QStringLiteral("incident close"), QStringLiteral("ID [--reopen]"),
        QT_TRANSLATE_NOOP("cli", "Close (or reopen) an incident"), &runIncidentClose });
    table.push_back({ QStringLiteral("visit-rules set"), QStringLiteral("CASE_ID --rules CODE,... [--note TEXT]"),
        QT_TRANSLATE_NOOP("cli", "Set the visit rules of a case"), &runVisitRulesSet });
    table.push_back({ QStringLiteral("visit-rules show"), QStringLiteral("CASE_ID"),
        QT_TRANSLATE_NOOP("cli", "Show the visit rules of a case"), &runVisitRulesShow });
}

} // namespace vangnet::cli
