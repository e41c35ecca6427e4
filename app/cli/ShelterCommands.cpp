#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "platform/AtomicFile.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vangnet::cli {
namespace {

int runImport(CliContext &ctx, Args &args)
{
    const auto file = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!file)
        return ctx.usage(CliContext::tr("shelter import needs a FILE (\"-\": standard input)."));
    auto doc = ctx.readJsonDocument(*file);
    if (!doc)
        return ctx.fail(doc.error());
    if (!doc->isArray())
        return ctx.fail(Error(ErrorCode::InvalidInput, CliContext::tr("shelter import takes a JSON array of shelters.")));
    auto parsed = ShelterJson::fromJsonArray(doc->array());
    if (!parsed)
        return ctx.fail(parsed.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto ids = ShelterRepository(vault.value()->database()).importAll(parsed.value());
    if (!ids)
        return ctx.fail(ids.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("imported"), int(ids->size()) },
            { QStringLiteral("ids"), QJsonArray::fromStringList(ids.value()) } });
    else
        ctx.print(CliContext::tr("Imported %n shelter(s).", nullptr, int(ids->size())));
    return ExitOk;
}

int runAdd(CliContext &ctx, Args &args)
{
    const auto file = args.take(QStringLiteral("file"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!file)
        return ctx.usage(CliContext::tr("shelter add needs --file FILE (\"-\": standard input)."));
    auto doc = ctx.readJsonDocument(*file);
    if (!doc)
        return ctx.fail(doc.error());
    if (!doc->isObject())
        return ctx.fail(Error(ErrorCode::InvalidInput, CliContext::tr("shelter add takes one JSON object.")));
    auto parsed = ShelterJson::fromJson(doc->object());
    if (!parsed)
        return ctx.fail(parsed.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto id = ShelterRepository(vault.value()->database()).save(parsed.value());
    if (!id)
        return ctx.fail(id.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("id"), id.value() } });
    else
        ctx.print(CliContext::tr("Saved shelter %1.").arg(id.value()));
    return ExitOk;
}

int runList(CliContext &ctx, Args &args)
{
    const auto type = args.take(QStringLiteral("type"));
    const auto region = args.take(QStringLiteral("region"));
    const auto minLevel = args.take(QStringLiteral("min-level"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (type && !ShelterCodes::isValid(ShelterCodeKind::ShelterType, *type))
        return ctx.usage(CliContext::tr("Unknown shelter type %1; allowed values: %2.")
                             .arg(*type, ShelterCodes::allowedText(ShelterCodeKind::ShelterType)));
    std::optional<int> level;
    if (minLevel) {
        level = ShelterCodes::parseLevel(*minLevel);
        if (!level)
            return ctx.usage(CliContext::tr("--min-level takes S0, S1, S2, S3 or S4."));
    }
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto shelters = ShelterRepository(vault.value()->database()).list();
    if (!shelters)
        return ctx.fail(shelters.error());
    QJsonArray out;
    const QDate today = QDate::currentDate();
    for (const Shelter &s : shelters.value()) {
        if (type && s.type != *type)
            continue;
        if (region && s.region.compare(*region, Qt::CaseInsensitive) != 0)
            continue;
        if (level && s.securityLevel < *level)
            continue;
        if (ctx.json) {
            out.append(ShelterJson::toJson(s));
            continue;
        }
        const bool stale = !s.availabilityAsOf.isValid() || s.availabilityAsOf.daysTo(today) > 7;
        ctx.print(QStringLiteral("%1  %2  %3  %4  %5/%6  %7%8")
                      .arg(s.id.leftJustified(18), ShelterCodes::levelCode(s.securityLevel), s.type.leftJustified(17),
                          s.region.leftJustified(26))
                      .arg(s.freeBeds)
                      .arg(s.capacity)
                      .arg(s.availabilityAsOf.isValid() ? s.availabilityAsOf.toString(Qt::ISODate) : CliContext::tr("no date"),
                          stale ? CliContext::tr(" (stale)") : QString())
            + QStringLiteral("  ") + s.name);
    }
    if (ctx.json)
        ctx.printJson(out);
    return ExitOk;
}

int runExport(CliContext &ctx, Args &args)
{
    const auto outFile = args.take(QStringLiteral("out"));
    const bool includeAddresses = args.takeFlag(QStringLiteral("include-addresses"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!outFile)
        return ctx.usage(CliContext::tr("shelter export needs --out FILE."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto shelters = ShelterRepository(vault.value()->database()).exportAll(includeAddresses);
    if (!shelters)
        return ctx.fail(shelters.error());
    QJsonArray array;
    for (const Shelter &s : shelters.value())
        array.append(ShelterJson::toJson(s, includeAddresses));
    // Said at the moment of writing, not only in the documentation.
    if (includeAddresses)
        ctx.warn(CliContext::tr("%1 will hold the shelters' addresses and is NOT encrypted: anyone who gets hold of the "
                                "file can read it. Only your user account can open it on this computer; delete it when "
                                "it is no longer needed.")
                     .arg(*outFile));
    // All or nothing, owner-only: an export with addresses must never be left half-written or readable by others.
    if (auto st = AtomicFile::writeAll(*outFile, QJsonDocument(array).toJson(QJsonDocument::Indented)); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("exported"), int(array.size()) }, { QStringLiteral("file"), *outFile },
            { QStringLiteral("addresses"), includeAddresses } });
    else
        ctx.print(CliContext::tr("Exported %n shelter(s) to %1.", nullptr, int(array.size())).arg(*outFile));
    return ExitOk;
}

int runReveal(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    const bool confirmed = args.takeFlag(QStringLiteral("confirm"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("shelter reveal-address needs a SHELTER_ID."));
    if (!confirmed)
        return ctx.usage(
            CliContext::tr("Revealing a shelter's address is recorded in the audit log. Add --confirm to go ahead."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto address = ShelterRepository(vault.value()->database()).revealAddress(*id);
    if (!address)
        return ctx.fail(address.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("id"), *id }, { QStringLiteral("address"), address->address },
            { QStringLiteral("reference"), address->reference } });
    } else {
        ctx.print(
            CliContext::tr("Address:   %1").arg(address->address.isEmpty() ? CliContext::tr("(none stored)") : address->address));
        ctx.print(CliContext::tr("Reference: %1")
                      .arg(address->reference.isEmpty() ? CliContext::tr("(none stored)") : address->reference));
    }
    return ExitOk;
}

} // namespace

void addShelterCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("shelter import"), QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("cli", "import a JSON array of shelters (all or nothing; an existing id is updated)"), &runImport });
    table.push_back({ QStringLiteral("shelter add"), QStringLiteral("--file FILE|-"),
        QT_TRANSLATE_NOOP("cli", "add or update one shelter from JSON"), &runAdd });
    table.push_back({ QStringLiteral("shelter list"), QStringLiteral("[--type T] [--region R] [--min-level S2]"),
        QT_TRANSLATE_NOOP("cli", "list the shelter registry (never addresses)"), &runList });
    table.push_back({ QStringLiteral("shelter export"), QStringLiteral("--out FILE [--include-addresses]"),
        QT_TRANSLATE_NOOP("cli", "export the registry as JSON (addresses only when asked; audited)"), &runExport });
    table.push_back({ QStringLiteral("shelter reveal-address"), QStringLiteral("SHELTER_ID --confirm"),
        QT_TRANSLATE_NOOP("cli", "show a shelter's stored address or reference (audited)"), &runReveal });
    addPlacementCommands(table);
}

} // namespace vangnet::cli
