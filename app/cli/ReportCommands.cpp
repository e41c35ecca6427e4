#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "PdfDocument.h"
#include "PeriodReportDocument.h"
#include "domain/Codes.h"
#include "domain/Phase.h"
#include "platform/AtomicFile.h"
#include "reports/CaseloadFigures.h"
#include "reports/PeriodReport.h"
#include "safety/SecurityLevel.h"

#include <QTextDocument>

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
    ctx.print(CliContext::tr("Waiting for a bed without a valid placement consent: %1").arg(f.waitingWithoutPlacementConsent));
    ctx.print(CliContext::tr("Open incidents against staff: %1").arg(f.openIncidents));
    ctx.print(CliContext::tr("Cases per phase:"));
    for (const QString &phase : Phase::order()) // in the order of the life cycle
        ctx.print(QStringLiteral("  %1: %2").arg(Codes::label(CodeKind::Phase, phase)).arg(f.byPhase.value(phase)));
    ctx.print(CliContext::tr("Open cases by required security level:"));
    for (auto it = f.byRequiredLevel.cbegin(); it != f.byRequiredLevel.cend(); ++it)
        ctx.print(QStringLiteral("  %1: %2").arg(SecurityLevels::code(SecurityLevel(it.key()))).arg(it.value()));
    return ExitOk;
}

Result<QDate> periodDay(Args &args, const QString &name)
{
    const auto text = args.take(name);
    if (!text)
        return Error(ErrorCode::InvalidInput, CliContext::tr("report period needs --%1 DATE (YYYY-MM-DD).").arg(name));
    const QDate day = QDate::fromString(text->trimmed(), Qt::ISODate);
    if (!day.isValid())
        return Error(ErrorCode::InvalidInput, CliContext::tr("--%1 takes a date as YYYY-MM-DD.").arg(name));
    return day;
}

// The periodic report over a period, as a PDF with charts or as CSV; --json without --out: the data.
int runPeriod(CliContext &ctx, Args &args)
{
    auto from = periodDay(args, QStringLiteral("from"));
    auto to = periodDay(args, QStringLiteral("to"));
    const auto out = args.take(QStringLiteral("out"));
    const QString format = args.take(QStringLiteral("format")).value_or(QStringLiteral("pdf"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!from)
        return ctx.usage(from.error().message());
    if (!to)
        return ctx.usage(to.error().message());
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return ctx.usage(CliContext::tr("--format takes pdf or csv."));
    if (!out && !ctx.json)
        return ctx.usage(CliContext::tr("report period needs --out FILE, or --json for the data."));
    if (auto st = PeriodReport::checkPeriod(from.value(), to.value()); !st)
        return ctx.usage(st.error().message());

    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto report = PeriodReport::compute(vault.value()->database(), from.value(), to.value());
    if (!report)
        return ctx.fail(report.error());
    if (!out) {
        ctx.printJson(report->toJson());
        return ExitOk;
    }
    ctx.warn(CliContext::tr("%1 is NOT encrypted. It holds only counts (small ones hidden), no names or case numbers; "
                            "only your user account can open it on this computer.")
                 .arg(*out));
    if (format == QLatin1String("csv")) {
        if (auto st = AtomicFile::writeAll(*out, report->toCsv()); !st)
            return ctx.fail(st.error());
    } else {
        const auto document = PeriodReportDocument::build(report.value());
        if (auto st = PdfDocument::write(*document, PeriodReportDocument::neutralTitle(), *out); !st)
            return ctx.fail(st.error());
    }
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("file"), *out }, { QStringLiteral("format"), format },
            { QStringLiteral("from"), report->from.toString(Qt::ISODate) },
            { QStringLiteral("to"), report->to.toString(Qt::ISODate) }, { QStringLiteral("threshold"), report->threshold } });
    else
        ctx.print(CliContext::tr("Wrote %1.").arg(*out));
    return ExitOk;
}

} // namespace

void addReportCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("report caseload"), QString(),
        QT_TRANSLATE_NOOP("cli", "The overview's figures: cases per phase and by required level, deadlines, waiting"),
        &runCaseload });
    table.push_back(
        { QStringLiteral("report period"), QStringLiteral("--from DATE --to DATE --out FILE [--format pdf|csv] [--lang nl|en]"),
            QT_TRANSLATE_NOOP("cli",
                "the periodic report (signals, intakes, placements, outflow, forms, ages, regions; small counts hidden) as PDF "
                "or CSV"),
            &runPeriod, true });
}

} // namespace vangnet::cli
