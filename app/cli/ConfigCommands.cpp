#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "vault/VaultConfig.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {
namespace {

QJsonObject entryToJson(const ConfigEntry &e)
{
    QJsonObject o { { QStringLiteral("key"), e.definition.key }, { QStringLiteral("default"), e.isDefault } };
    if (e.definition.type == ConfigKey::Type::Integer)
        o.insert(QStringLiteral("value"), e.value.toLongLong());
    else
        o.insert(QStringLiteral("value"), e.value.isEmpty() ? QJsonValue() : QJsonValue(e.value));
    return o;
}

// Checks the key (and the value) before asking for the passphrase.
int runSet(CliContext &ctx, Args &args)
{
    const auto key = args.takePositional();
    const auto value = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!key || !value)
        return ctx.usage(CliContext::tr("Usage: config set KEY VALUE."));
    auto def = VaultConfig::definition(*key);
    if (!def)
        return ctx.fail(def.error());
    auto normal = VaultConfig::normalise(def.value(), *value);
    if (!normal)
        return ctx.fail(normal.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    VaultConfig config(vault.value()->database());
    if (auto st = config.set(*key, normal.value()); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("key"), *key }, { QStringLiteral("value"), normal.value() } });
    else
        ctx.print(CliContext::tr("%1 = %2").arg(*key, normal.value()));
    return ExitOk;
}

int runGet(CliContext &ctx, Args &args)
{
    const auto key = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!key)
        return ctx.usage(CliContext::tr("Usage: config get KEY."));
    if (auto def = VaultConfig::definition(*key); !def)
        return ctx.fail(def.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto entries = VaultConfig(vault.value()->database()).list();
    if (!entries)
        return ctx.fail(entries.error());
    for (const ConfigEntry &e : entries.value()) {
        if (e.definition.key != *key)
            continue;
        if (ctx.json)
            ctx.printJson(entryToJson(e));
        else
            ctx.print(e.value);
    }
    return ExitOk;
}

int runList(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto entries = VaultConfig(vault.value()->database()).list();
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json) {
        QJsonArray out;
        for (const ConfigEntry &e : entries.value())
            out.append(entryToJson(e));
        ctx.printJson(out);
        return ExitOk;
    }
    for (const ConfigEntry &e : entries.value())
        ctx.print(QStringLiteral("%1 = %2%3    # %4")
                      .arg(e.definition.key, e.value.isEmpty() ? CliContext::tr("(not set)") : e.value,
                          e.isDefault && !e.value.isEmpty() ? CliContext::tr(" (default)") : QString(),
                          QCoreApplication::translate("VaultConfig", e.definition.description)));
    return ExitOk;
}

int runReset(CliContext &ctx, Args &args)
{
    const auto key = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!key)
        return ctx.usage(CliContext::tr("Usage: config reset KEY."));
    if (auto def = VaultConfig::definition(*key); !def)
        return ctx.fail(def.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    if (auto st = VaultConfig(vault.value()->database()).reset(*key); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("key"), *key }, { QStringLiteral("reset"), true } });
    else
        ctx.print(CliContext::tr("%1 is back to its default.").arg(*key));
    return ExitOk;
}

} // namespace

void addConfigCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("config set"), QStringLiteral("KEY VALUE"),
        QT_TRANSLATE_NOOP("cli", "change a vault setting (backup.folder, backup.intervalHours, ...)"), &runSet });
    table.push_back(
        { QStringLiteral("config get"), QStringLiteral("KEY"), QT_TRANSLATE_NOOP("cli", "show one vault setting"), &runGet });
    table.push_back({ QStringLiteral("config list"), QString(),
        QT_TRANSLATE_NOOP("cli", "every vault setting with its value or default"), &runList });
    table.push_back({ QStringLiteral("config reset"), QStringLiteral("KEY"),
        QT_TRANSLATE_NOOP("cli", "set a vault setting back to its default"), &runReset });
}

} // namespace vangnet::cli
