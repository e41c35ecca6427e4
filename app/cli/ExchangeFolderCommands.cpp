#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "exchange/ExchangeStatus.h"
#include "exchange/ExchangeSync.h"

#include <QJsonArray>
#include <QJsonObject>

// The exchange folder commands of vangnet-cli (docs/CLI.md): exchange sync and exchange status.
namespace vangnet::cli {
namespace {

int runExchangeSync(CliContext &ctx, Args &args)
{
    const auto settleText = args.take(QStringLiteral("settle-seconds"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    int settle = 2;
    if (settleText) {
        bool ok = false;
        settle = settleText->toInt(&ok);
        if (!ok || settle < 0 || settle > 3600)
            return ctx.usage(CliContext::tr("--settle-seconds takes a number from 0 to 3600."));
    }
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto report = ExchangeSync(vault.value()->database(), settle).run();
    if (!report)
        return ctx.fail(report.error());
    const SyncReport &r = report.value();
    if (!r.warning.isEmpty())
        ctx.warn(r.warning);
    if (ctx.json) {
        QJsonArray imported, receipts, delivered, skipped;
        for (const SyncImported &i : r.imported)
            imported.append(QJsonObject { { QStringLiteral("bundleId"), i.bundleId }, { QStringLiteral("from"), i.from },
                { QStringLiteral("cases"), i.cases } });
        for (const SyncParty &p : r.receipts)
            receipts.append(QJsonObject { { QStringLiteral("bundleId"), p.bundleId }, { QStringLiteral("to"), p.contact } });
        for (const SyncParty &p : r.delivered)
            delivered.append(QJsonObject { { QStringLiteral("bundleId"), p.bundleId }, { QStringLiteral("to"), p.contact } });
        for (const SyncSkipped &s : r.skipped)
            skipped.append(QJsonObject { { QStringLiteral("file"), s.file }, { QStringLiteral("reason"), s.reason } });
        ctx.printJson(QJsonObject { { QStringLiteral("imported"), imported }, { QStringLiteral("receipts"), receipts },
            { QStringLiteral("delivered"), delivered }, { QStringLiteral("skipped"), skipped },
            { QStringLiteral("removed"), r.removedBundles + r.removedReceipts }, { QStringLiteral("reachable"), r.reachable },
            { QStringLiteral("warning"), r.warning.isEmpty() ? QJsonValue() : QJsonValue(r.warning) } });
        return ExitOk;
    }
    for (const SyncImported &i : r.imported)
        ctx.print(CliContext::tr("Imported %1 from %2 (%n cases).", nullptr, i.cases).arg(i.bundleId, i.from));
    for (const SyncParty &p : r.receipts)
        ctx.print(CliContext::tr("Receipt for %1 sent to %2.").arg(p.bundleId, p.contact));
    for (const SyncParty &p : r.delivered)
        ctx.print(CliContext::tr("Delivered: %1 to %2.").arg(p.bundleId, p.contact));
    for (const SyncSkipped &s : r.skipped)
        ctx.print(CliContext::tr("Skipped %1: %2").arg(s.file, s.reason));
    if (r.reachable && r.imported.isEmpty() && r.receipts.isEmpty() && r.delivered.isEmpty() && r.skipped.isEmpty())
        ctx.print(CliContext::tr("Nothing new in the exchange folder."));
    return ExitOk;
}

int runExchangeStatus(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto status = ExchangeStatus(vault.value()->database()).perContact();
    if (!status)
        return ctx.fail(status.error());
    if (ctx.json) {
        QJsonArray out;
        for (const ContactExchangeStatus &c : status.value())
            out.append(QJsonObject { { QStringLiteral("contactId"), c.contactId }, { QStringLiteral("name"), c.name },
                { QStringLiteral("sent"), c.sent }, { QStringLiteral("delivered"), c.delivered },
                { QStringLiteral("waiting"), c.waiting() } });
        ctx.printJson(QJsonObject { { QStringLiteral("contacts"), out } });
        return ExitOk;
    }
    for (const ContactExchangeStatus &c : status.value())
        ctx.print(
            CliContext::tr("%1: %2 sent, %3 delivered, %4 waiting").arg(c.name).arg(c.sent).arg(c.delivered).arg(c.waiting()));
    if (status->isEmpty())
        ctx.print(CliContext::tr("Nothing was sent through the exchange folder yet."));
    return ExitOk;
}

} // namespace

void addExchangeFolderCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("exchange sync"), QStringLiteral("[--settle-seconds N]"),
        QT_TRANSLATE_NOOP("cli", "Receive bundles and receipts from the exchange folder, send receipts"), &runExchangeSync });
    table.push_back({ QStringLiteral("exchange status"), QString(),
        QT_TRANSLATE_NOOP("cli", "Per contact: bundles sent through the exchange folder, delivered, waiting"),
        &runExchangeStatus });
}

} // namespace vangnet::cli
