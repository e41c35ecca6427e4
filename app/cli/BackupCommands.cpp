#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "audit/AuditLog.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupPruner.h"
#include "backup/BackupReader.h"
#include "backup/BackupRecords.h"
#include "backup/BackupRestorer.h"
#include "backup/BackupSource.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "safety/SystemClock.h"
#include "vault/VaultConfig.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace vangnet::cli {
namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// --to / --in, or the vault setting backup.folder.
Result<QString> backupFolder(Vault &vault, const std::optional<QString> &given, const QString &option)
{
    if (given)
        return QFileInfo(*given).absoluteFilePath();
    auto folder = VaultConfig(vault.database()).value(VaultConfig::BackupFolder);
    if (!folder)
        return folder.error();
    if (folder->isEmpty())
        return Error(ErrorCode::InvalidInput,
            CliContext::tr("No backup folder: give %1 DIR, or set one with \"config set backup.folder DIR\".").arg(option));
    return folder.value();
}

// The master key of a backup: with --recovery-key-file (or VANGNET_RECOVERY_KEY) the recovery key,
// otherwise the passphrase that was valid when the backup was made.
Result<SecureBuffer> unlockBackup(CliContext &ctx, const BackupReader &reader, const std::optional<QString> &recoveryFile)
{
    if (recoveryFile || qEnvironmentVariableIsSet("VANGNET_RECOVERY_KEY")) {
        auto key = ctx.secret("VANGNET_RECOVERY_KEY", recoveryFile, CliContext::tr("Recovery key: "), false);
        if (!key)
            return key.error();
        return reader.unlockWithRecoveryKey(key.value());
    }
    auto pass = ctx.passphrase(CliContext::tr("Passphrase of the backup: "));
    if (!pass)
        return pass.error();
    return reader.unlockWithPassphrase(pass.value());
}

int runCreate(CliContext &ctx, Args &args)
{
    const auto to = args.take(QStringLiteral("to"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto folder = backupFolder(*vault.value(), to, QStringLiteral("--to"));
    if (!folder)
        return ctx.fail(folder.error());
    auto source = BackupSource::take(*vault.value());
    if (!source)
        return ctx.fail(source.error());
    auto created = BackupWriter::create(source.value(), folder.value(), SystemClock::instance().now());
    if (!created)
        return ctx.fail(created.error());
    Database &db = vault.value()->database();
    if (auto st = BackupRecords(db).recordCreated(created->fileName, created->createdAt, created->bytes); !st)
        return ctx.fail(st.error());
    (void)AuditLog(db).append(QStringLiteral("backup.created"), {}, created->fileName);
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("file"), created->path }, { QStringLiteral("bytes"), created->bytes },
            { QStringLiteral("cases"), created->cases }, { QStringLiteral("createdAt"), iso(created->createdAt) } });
    } else {
        ctx.print(CliContext::tr("Backup written: %1 (%2, %n case(s)).", nullptr, static_cast<int>(created->cases))
                      .arg(created->path, QLocale().formattedDataSize(created->bytes)));
        ctx.print(CliContext::tr("Check it with \"backup verify FILE\"."));
    }
    return ExitOk;
}

int runVerify(CliContext &ctx, Args &args)
{
    const auto recoveryFile = args.take(QStringLiteral("recovery-key-file"));
    const auto file = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!file)
        return ctx.usage(CliContext::tr("Name the backup file to verify."));
    auto reader = BackupReader::open(*file);
    if (!reader)
        return ctx.fail(reader.error());

    // This vault's own backup is checked with the vault's key and the result recorded in it.
    // Otherwise (another vault, no vault here, an older passphrase) the backup's own key file is used.
    std::unique_ptr<Vault> vault;
    SecureBuffer masterKey;
    if (!recoveryFile && !qEnvironmentVariableIsSet("VANGNET_RECOVERY_KEY") && Vault::exists(ctx.vaultFolder)) {
        auto opened = ctx.openVault();
        if (!opened && opened.error().code() != ErrorCode::CannotUnlock && opened.error().code() != ErrorCode::InUse)
            return ctx.fail(opened.error());
        if (opened && opened.value()->vaultId() == reader->vaultId()) {
            vault = std::move(opened.value());
            masterKey = vault->copyMasterKey();
        }
    }
    if (masterKey.isEmpty()) {
        auto key = unlockBackup(ctx, reader.value(), recoveryFile);
        if (!key)
            return ctx.fail(key.error());
        masterKey = std::move(key.value());
    }
    auto manifest = BackupVerifier::verify(reader.value(), masterKey);
    masterKey.wipe();
    if (!manifest)
        return ctx.fail(manifest.error());
    bool recorded = false;
    if (vault) {
        const QFileInfo info(*file);
        if (auto st = BackupRecords(vault->database())
                          .recordVerified(info.fileName(), manifest->createdAt, info.size(), SystemClock::instance().now());
            !st)
            return ctx.fail(st.error());
        (void)AuditLog(vault->database()).append(QStringLiteral("backup.verified"), {}, info.fileName());
        recorded = true;
    }
    if (ctx.json) {
        ctx.printJson(
            QJsonObject { { QStringLiteral("file"), QFileInfo(*file).absoluteFilePath() }, { QStringLiteral("intact"), true },
                { QStringLiteral("createdAt"), iso(manifest->createdAt) }, { QStringLiteral("cases"), manifest->cases },
                { QStringLiteral("attachments"), manifest->attachments.size() }, { QStringLiteral("recorded"), recorded } });
    } else {
        ctx.print(CliContext::tr("The backup is intact: every block, page, attachment and the audit log check out."));
        ctx.print(CliContext::tr("Made %1; %n case(s).", nullptr, static_cast<int>(manifest->cases))
                      .arg(QLocale().toString(manifest->createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    return ExitOk;
}

int runRestore(CliContext &ctx, Args &args)
{
    const auto recoveryFile = args.take(QStringLiteral("recovery-key-file"));
    const auto to = args.take(QStringLiteral("to"));
    const auto file = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!file || !to)
        return ctx.usage(CliContext::tr("Usage: backup restore FILE --to DIR."));
    const QString folder = QFileInfo(*to).absoluteFilePath();
    if (auto st = BackupRestorer::checkTarget(folder); !st)
        return ctx.fail(st.error());
    auto reader = BackupReader::open(*file);
    if (!reader)
        return ctx.fail(reader.error());
    auto key = unlockBackup(ctx, reader.value(), recoveryFile);
    if (!key)
        return ctx.fail(key.error());
    auto manifest = BackupRestorer::restore(reader.value(), key.value(), folder);
    if (!manifest)
        return ctx.fail(manifest.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("folder"), folder },
            { QStringLiteral("createdAt"), iso(manifest->createdAt) }, { QStringLiteral("cases"), manifest->cases } });
    } else {
        ctx.print(
            CliContext::tr("Restored the vault into %1 (%n case(s)).", nullptr, static_cast<int>(manifest->cases)).arg(folder));
        ctx.print(CliContext::tr("Open it with the passphrase that was valid when the backup was made, or the recovery key."));
    }
    return ExitOk;
}

Result<QList<BackupFileInfo>> listWithRecords(Vault &vault, const QString &folder)
{
    auto files = BackupCatalog::list(folder);
    if (!files)
        return files.error();
    auto records = BackupRecords(vault.database()).all();
    if (!records)
        return records.error();
    for (BackupFileInfo &f : files.value())
        for (const BackupRecord &r : records.value())
            if (r.fileName == f.fileName && r.bytes == f.bytes && r.verifiedAt.isValid())
                f.verified = true;
    return files;
}

int runList(CliContext &ctx, Args &args)
{
    const auto in = args.take(QStringLiteral("in"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto folder = backupFolder(*vault.value(), in, QStringLiteral("--in"));
    if (!folder)
        return ctx.fail(folder.error());
    auto files = listWithRecords(*vault.value(), folder.value());
    if (!files)
        return ctx.fail(files.error());
    if (ctx.json) {
        QJsonArray out;
        for (const BackupFileInfo &f : files.value())
            out.append(QJsonObject { { QStringLiteral("file"), f.path }, { QStringLiteral("createdAt"), iso(f.createdAt) },
                { QStringLiteral("bytes"), f.bytes }, { QStringLiteral("verified"), f.verified } });
        ctx.printJson(out);
        return ExitOk;
    }
    if (files->isEmpty())
        ctx.print(CliContext::tr("No backups in %1.").arg(folder.value()));
    for (const BackupFileInfo &f : files.value())
        ctx.print(QStringLiteral("%1  %2  %3  %4")
                      .arg(f.fileName, QLocale().toString(f.createdAt.toLocalTime(), QLocale::ShortFormat),
                          QLocale().formattedDataSize(f.bytes),
                          f.verified ? CliContext::tr("verified") : CliContext::tr("not verified")));
    return ExitOk;
}

Result<int> keepOption(Args &args, const QString &name, Vault &vault, const QString &configKey)
{
    auto def = VaultConfig::definition(configKey);
    if (!def)
        return def.error();
    if (const auto given = args.take(name)) {
        auto normal = VaultConfig::normalise(def.value(), *given);
        if (!normal)
            return Error(ErrorCode::InvalidInput,
                CliContext::tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(def->minimum).arg(def->maximum));
        return normal->toInt();
    }
    auto stored = VaultConfig(vault.database()).integer(configKey);
    if (!stored)
        return stored.error();
    return static_cast<int>(stored.value());
}

int runPrune(CliContext &ctx, Args &args)
{
    const auto in = args.take(QStringLiteral("in"));
    const bool dryRun = args.takeFlag(QStringLiteral("dry-run"));
    const QString dailyName = QStringLiteral("keep-daily");
    const QString weeklyName = QStringLiteral("keep-weekly");
    const QString monthlyName = QStringLiteral("keep-monthly");
    // Validated before the vault opens, so that a typo costs no passphrase.
    Args check = args;
    for (const QString &name : { dailyName, weeklyName, monthlyName })
        (void)check.take(name);
    (void)check.take(QStringLiteral("in"));
    if (int rc = ctx.rejectLeftovers(check))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    PrunePolicy policy;
    auto daily = keepOption(args, dailyName, *vault.value(), VaultConfig::BackupKeepDaily);
    auto weekly = keepOption(args, weeklyName, *vault.value(), VaultConfig::BackupKeepWeekly);
    auto monthly = keepOption(args, monthlyName, *vault.value(), VaultConfig::BackupKeepMonthly);
    for (const auto *r : { &daily, &weekly, &monthly })
        if (!*r)
            return ctx.fail(r->error());
    policy.keepDaily = daily.value();
    policy.keepWeekly = weekly.value();
    policy.keepMonthly = monthly.value();
    if (policy.keepDaily + policy.keepWeekly + policy.keepMonthly == 0)
        return ctx.usage(
            CliContext::tr("A policy that keeps nothing is refused: keep at least one daily, weekly or monthly backup."));
    auto folder = backupFolder(*vault.value(), in, QStringLiteral("--in"));
    if (!folder)
        return ctx.fail(folder.error());
    auto files = listWithRecords(*vault.value(), folder.value());
    if (!files)
        return ctx.fail(files.error());
    QString newestVerified;
    for (const BackupFileInfo &f : files.value())
        if (f.verified) {
            newestVerified = f.fileName;
            break;
        }
    const PruneDecision decision = BackupPruner::decide(files.value(), policy, newestVerified);

    QJsonArray removed;
    for (const BackupFileInfo &f : decision.remove) {
        if (!dryRun) {
            if (!QFile::remove(f.path))
                return ctx.fail(Error(ErrorCode::Runtime,
                    CliContext::tr("The backup %1 could not be deleted: check the folder's permissions.").arg(f.fileName)));
            (void)BackupRecords(vault.value()->database()).forget(f.fileName);
        }
        removed.append(f.path);
    }
    if (!dryRun && !decision.remove.isEmpty())
        (void)AuditLog(vault.value()->database())
            .append(QStringLiteral("backup.pruned"), {}, QString::number(decision.remove.size()));
    if (ctx.json) {
        QJsonArray kept;
        for (const PruneDecision::Kept &k : decision.keep)
            kept.append(QJsonObject {
                { QStringLiteral("file"), k.file.path }, { QStringLiteral("reasons"), QJsonArray::fromStringList(k.reasons) } });
        ctx.printJson(QJsonObject {
            { QStringLiteral("kept"), kept }, { QStringLiteral("removed"), removed }, { QStringLiteral("dryRun"), dryRun } });
        return ExitOk;
    }
    for (const PruneDecision::Kept &k : decision.keep)
        ctx.print(CliContext::tr("keep    %1 (%2)").arg(k.file.fileName, k.reasons.join(QStringLiteral(", "))));
    for (const BackupFileInfo &f : decision.remove)
        ctx.print((dryRun ? CliContext::tr("would delete %1") : CliContext::tr("deleted %1")).arg(f.fileName));
    return ExitOk;
}

} // namespace

void addBackupCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("backup create"), QStringLiteral("[--to DIR]"),
        QT_TRANSLATE_NOOP("cli", "write an encrypted backup of the whole vault (default folder: backup.folder)"), &runCreate });
    table.push_back({ QStringLiteral("backup verify"), QStringLiteral("FILE [--recovery-key-file FILE]"),
        QT_TRANSLATE_NOOP("cli", "check a backup completely: 0 intact, 3 wrong secret, 5 damaged"), &runVerify });
    table.push_back({ QStringLiteral("backup restore"), QStringLiteral("FILE --to DIR [--recovery-key-file FILE]"),
        QT_TRANSLATE_NOOP("cli", "restore a backup into a new, empty folder (never over a vault)"), &runRestore });
    table.push_back({ QStringLiteral("backup list"), QStringLiteral("[--in DIR]"),
        QT_TRANSLATE_NOOP("cli", "the backups in the backup folder, newest first, and whether each was verified"), &runList });
    table.push_back({ QStringLiteral("backup prune"),
        QStringLiteral("[--in DIR] [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--dry-run]"),
        QT_TRANSLATE_NOOP("cli", "delete old backups by a daily/weekly/monthly policy; keeps the newest verified one"),
        &runPrune });
}

} // namespace vangnet::cli
