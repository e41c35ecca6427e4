#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "domain/Codes.h"
#include "domain/Phase.h"
#include "reports/CaseloadFigures.h"
#include "safety/SecurityLevel.h"

namespace vangnet::cli {
namespace {

// The overview's figures, as the desktop's first screen shows them.
int runCaseload(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto figures = CaseloadFigures::compute(vault.value()->database());
    if (!figures)
        return ctx.fail(figures.error());
    const CaseloadFigures &f = figures.value();
    if (ctx.json) {
        ctx.printJson(f.toJson());
        return ExitOk;
    }
    ctx.print(CliContext::tr("Caseload on %1").arg(f.today.toString(Qt::ISODate)));
    ctx.print(CliContext::tr("In danger (needing S3 or S4): %1").arg(f.inDanger));
    ctx.print(CliContext::tr("Reflection period ends within 14 days: %1").arg(f.reflectionEndingWithin14Days));
    ctx.print(CliContext::tr("Cases with overdue tasks: %1").arg(f.overdueTasks));
    ctx.print(CliContext::tr("Waiting for a bed: %1").arg(f.placementsWaiting));
    ctx.print(CliContext::tr("Open incidents against staff: %1").arg(f.openIncidents));
    ctx.print(CliContext::tr("Cases per phase:"));
    for (const QString &phase : Phase::order()) // in the order of the life cycle
        ctx.print(QStringLiteral("  %1: %2").arg(Codes::label(CodeKind::Phase, phase)).arg(f.byPhase.value(phase)));
    ctx.print(CliContext::tr("Open cases by required security level:"));
    for (auto it = f.byRequiredLevel.cbegin(); it != f.byRequiredLevel.cend(); ++it)
        ctx.print(QStringLiteral("  %1: %2").arg(SecurityLevels::code(SecurityLevel(it.key()))).arg(it.value()));
    return ExitOk;
}

} // namespace

void addReportCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("report caseload"), QString(),
        QT_TRANSLATE_NOOP("cli", "The overview's figures: cases per phase and by required level, deadlines, waiting"),
        &runCaseload });
}

} // namespace vangnet::cli
