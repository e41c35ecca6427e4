#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "audit/AuditLog.h"
#include "crypto/KdfParameters.h"
#include "i18n/DateText.h"
#include "vault/RecordKinds.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace vangnet::cli {
namespace {

// Argon2id parameters for init and passwd: the defaults, or --kdf-memory MIB / --kdf-passes N
// (used by tests and for older laptops; weaker than the defaults prints a warning).
Result<KdfParameters> kdfFromArgs(CliContext &ctx, Args &args)
{
    KdfParameters kdf = KdfParameters::defaults();
    const auto memory = args.take(QStringLiteral("kdf-memory"));
    const auto passes = args.take(QStringLiteral("kdf-passes"));
    bool ok = true;
    if (memory) {
        const qulonglong mib = memory->toULongLong(&ok);
        if (!ok || mib < 8 || mib > 1024)
            return Error(ErrorCode::InvalidInput, CliContext::tr("--kdf-memory takes a number of MiB between 8 and 1024."));
        kdf.memLimit = mib * 1024 * 1024;
    }
    if (passes) {
        const qulonglong n = passes->toULongLong(&ok);
        if (!ok || n < 1 || n > 16)
            return Error(ErrorCode::InvalidInput, CliContext::tr("--kdf-passes takes a number between 1 and 16."));
        kdf.opsLimit = n;
    }
    if (kdf.isWeakerThanDefaults())
        ctx.warn(CliContext::tr("the key-derivation parameters are weaker than the defaults (256 MiB, 3 passes)."));
    return kdf;
}

int runInit(CliContext &ctx, Args &args)
{
    auto kdf = kdfFromArgs(ctx, args);
    if (!kdf)
        return ctx.fail(kdf.error());
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (Vault::exists(ctx.vaultFolder))
        return ctx.fail(Error(ErrorCode::AlreadyExists,
            CliContext::tr("There is already a vault at %1. Vangnet never overwrites a vault.").arg(ctx.vaultFolder)));
    auto pass = ctx.secret("VANGNET_PASSPHRASE",
        ctx.passphraseFile.isEmpty() ? std::nullopt : std::optional<QString>(ctx.passphraseFile),
        CliContext::tr("New passphrase: "), true);
    if (!pass)
        return ctx.fail(pass.error());
    auto created = Vault::create(ctx.vaultFolder, pass.value(), kdf.value());
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("folder"), created->vault->paths().folder },
            { QStringLiteral("vaultId"), created->vault->vaultId() }, { QStringLiteral("recoveryKey"), created->recoveryKey } });
    } else {
        ctx.print(CliContext::tr("Created the vault in %1.").arg(created->vault->paths().folder));
        ctx.print(CliContext::tr("To move it to another computer, copy this whole folder."));
        ctx.print(QString());
        ctx.print(CliContext::tr("Recovery key (shown only now; store it in your organisation's safe):"));
        ctx.print(QStringLiteral("    ") + created->recoveryKey);
    }
    return ExitOk;
}

QJsonObject infoToJson(const VaultInfo &info)
{
    QJsonObject counts;
    for (const auto &[table, rows] : info.recordCounts)
        counts.insert(table, rows);
    return QJsonObject {
        { QStringLiteral("folder"), info.folder },
        { QStringLiteral("vaultId"), info.vaultId },
        { QStringLiteral("format"), info.keyFileFormat },
        { QStringLiteral("cipher"),
            QJsonObject { { QStringLiteral("library"), QString(QStringLiteral("SQLCipher ") + info.cipherLibraryVersion) },
                { QStringLiteral("algorithm"), info.cipher }, { QStringLiteral("pageSize"), info.cipherPageSize } } },
        { QStringLiteral("kdf"),
            QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("argon2id") },
                { QStringLiteral("memoryBytes"), static_cast<qint64>(info.kdf.memLimit) },
                { QStringLiteral("passes"), static_cast<qint64>(info.kdf.opsLimit) } } },
        { QStringLiteral("schemaVersion"), info.schemaVersion },
        { QStringLiteral("createdAt"), info.createdAt.toString(Qt::ISODate) },
        { QStringLiteral("databaseBytes"), info.databaseBytes },
        { QStringLiteral("records"), counts },
    };
}

int runInfo(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto info = vault.value()->info();
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json) {
        ctx.printJson(infoToJson(info.value()));
        return ExitOk;
    }
    const VaultInfo &i = info.value();
    ctx.print(CliContext::tr("Vault:            %1 (copy this folder to move the vault)").arg(i.folder));
    ctx.print(CliContext::tr("Vault id:         %1").arg(i.vaultId));
    ctx.print(CliContext::tr("Format:           key file %1, schema %2").arg(i.keyFileFormat).arg(i.schemaVersion));
    ctx.print(CliContext::tr("Cipher:           SQLCipher %1, %2, page size %3")
                  .arg(i.cipherLibraryVersion, i.cipher)
                  .arg(i.cipherPageSize));
    ctx.print(
        CliContext::tr("Key derivation:   Argon2id, %1 MiB, %2 passes").arg(i.kdf.memLimit / (1024 * 1024)).arg(i.kdf.opsLimit));
    ctx.print(CliContext::tr("Created:          %1").arg(DateText::dateTime(i.createdAt)));
    ctx.print(CliContext::tr("Database size:    %1").arg(QLocale().formattedDataSize(i.databaseBytes)));
    ctx.print(CliContext::tr("Records:"));
    for (const auto &[kind, rows] : RecordKinds::labelled(i.recordCounts))
        ctx.print(QStringLiteral("  %1 %2").arg(kind.leftJustified(30)).arg(rows));
    return ExitOk;
}

int runPasswd(CliContext &ctx, Args &args)
{
    const auto newFile = args.take(QStringLiteral("new-passphrase-file"));
    auto kdf = kdfFromArgs(ctx, args);
    if (!kdf)
        return ctx.fail(kdf.error());
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto next = ctx.secret("VANGNET_NEW_PASSPHRASE", newFile, CliContext::tr("New passphrase: "), true);
    if (!next)
        return ctx.fail(next.error());
    if (auto st = vault.value()->changePassphrase(next.value(), kdf.value()); !st)
        return ctx.fail(st.error());
    const KeyFile::SlotState recovery = vault.value()->recoverySlotState();
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("changed"), true },
            { QStringLiteral("recoveryKeyValid"),
                recovery == KeyFile::SlotState::Damaged ? QJsonValue(false) : QJsonValue(true) } });
    else if (recovery == KeyFile::SlotState::Damaged)
        ctx.print(CliContext::tr("The passphrase was changed."));
    else
        ctx.print(CliContext::tr("The passphrase was changed. The recovery key stays valid."));
    if (recovery == KeyFile::SlotState::Damaged)
        ctx.warn(
            CliContext::tr("the key file's recovery slot is damaged: the recovery key no longer opens this vault. Make a new "
                           "one now with: vangnet-cli recovery-key new"));
    return ExitOk;
}

int runRecoveryKeyNew(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto key = vault.value()->replaceRecoveryKey();
    if (!key)
        return ctx.fail(key.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("recoveryKey"), key.value() } });
    } else {
        ctx.print(CliContext::tr("The vault has a new recovery key; the old one no longer opens it."));
        ctx.print(QString());
        ctx.print(CliContext::tr("Recovery key (shown only now; store it in your organisation's safe):"));
        ctx.print(QStringLiteral("    ") + key.value());
    }
    return ExitOk;
}

int runRecover(CliContext &ctx, Args &args)
{
    const auto keyFile = args.take(QStringLiteral("recovery-key-file"));
    const auto newFile = args.take(QStringLiteral("new-passphrase-file"));
    auto kdf = kdfFromArgs(ctx, args);
    if (!kdf)
        return ctx.fail(kdf.error());
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!Vault::exists(ctx.vaultFolder))
        return ctx.fail(Error(ErrorCode::CannotUnlock, CliContext::tr("There is no vault at %1.").arg(ctx.vaultFolder)));
    auto recoveryKey = ctx.secret("VANGNET_RECOVERY_KEY", keyFile, CliContext::tr("Recovery key: "), false);
    if (!recoveryKey)
        return ctx.fail(recoveryKey.error());
    auto vault = Vault::openWithRecoveryKey(ctx.vaultFolder, recoveryKey.value());
    if (!vault)
        return ctx.fail(vault.error());
    auto next = ctx.secret("VANGNET_NEW_PASSPHRASE", newFile, CliContext::tr("New passphrase: "), true);
    if (!next)
        return ctx.fail(next.error());
    if (auto st = vault.value()->changePassphrase(next.value(), kdf.value()); !st)
        return ctx.fail(st.error());
    (void)AuditLog(vault.value()->database()).append(QStringLiteral("vault.recovered"));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("recovered"), true } });
    else
        ctx.print(CliContext::tr("The vault was unlocked with the recovery key and has a new passphrase."));
    return ExitOk;
}

int runVerify(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    if (auto st = vault.value()->verifyIntegrity(); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("intact"), true } });
    else
        ctx.print(CliContext::tr("The vault is intact: every page, the audit log and the key file check out."));
    return ExitOk;
}

int runMasterKey(CliContext &ctx, Args &args)
{
    const bool reveal = args.takeFlag(QStringLiteral("reveal"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!reveal)
        return ctx.usage(CliContext::tr(
            "The master key opens every case in the vault. Add --reveal if you really need it (see docs/SECURITY.md)."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    const QString hex = vault.value()->revealMasterKeyHex();
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("masterKey"), hex } });
    else
        ctx.print(hex);
    return ExitOk;
}

} // namespace

void addVaultCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("init"), QStringLiteral("[--kdf-memory MIB] [--kdf-passes N]"),
        QT_TRANSLATE_NOOP("cli", "create a new vault (never overwrites one) and show its recovery key"), &runInit });
    table.push_back({ QStringLiteral("info"), QString(),
        QT_TRANSLATE_NOOP("cli", "format, cipher and key-derivation parameters, schema version, record counts"), &runInfo });
    table.push_back({ QStringLiteral("passwd"), QStringLiteral("[--new-passphrase-file FILE]"),
        QT_TRANSLATE_NOOP("cli", "change the passphrase (new one from VANGNET_NEW_PASSPHRASE, the file or a prompt)"),
        &runPasswd });
    table.push_back({ QStringLiteral("recover"), QStringLiteral("[--recovery-key-file FILE] [--new-passphrase-file FILE]"),
        QT_TRANSLATE_NOOP("cli", "unlock with the recovery key (or VANGNET_RECOVERY_KEY) and set a new passphrase"),
        &runRecover });
    table.push_back({ QStringLiteral("recovery-key new"), QString(),
        QT_TRANSLATE_NOOP("cli", "make a new recovery key (shown once); the old one stops working"), &runRecoveryKeyNew });
    table.push_back({ QStringLiteral("verify"), QString(),
        QT_TRANSLATE_NOOP("cli", "check every page of the database, the audit log and the key file for damage or tampering"),
        &runVerify });
    table.push_back({ QStringLiteral("master-key"), QStringLiteral("--reveal"),
        QT_TRANSLATE_NOOP("cli", "print the database's raw key for the stock sqlcipher shell (audited)"), &runMasterKey });
}

} // namespace vangnet::cli
