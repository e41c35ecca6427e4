#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "consent/ConsentScopes.h"
#include "exchange/BundleExporter.h"
#include "exchange/BundleImporter.h"
#include "exchange/ContactCard.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExportPlanner.h"
#include "exchange/IdentityStore.h"
#include "exchange/MergeConflicts.h"
#include "exchange/ReceivedRecords.h"
#include "exchange/StatisticsExport.h"
#include "platform/AtomicFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The exchange commands of vangnet-cli (docs/CLI.md): identity, contact add, export,
// export-stats, inspect, import, conflict list/resolve and received list.
namespace vangnet::cli {
namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString compact(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isString())
        return v.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Positional argument or usage error; returns nullopt after reporting.
std::optional<QString> requirePositional(CliContext &ctx, Args &args, const QString &what, int &rc)
{
    const auto value = args.takePositional();
    if (!value)
        rc = ctx.usage(CliContext::tr("Missing %1.").arg(what));
    return value;
}

int runIdentityShow(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto own = IdentityStore(vault.value()->database()).ownIdentity();
    if (!own)
        return ctx.fail(own.error());
    const QString fingerprint = own->publicIdentity.fingerprint();
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("name"), own->name }, { QStringLiteral("organisation"), own->organisation },
            { QStringLiteral("fingerprint"), fingerprint },
            { QStringLiteral("encryptionKey"), b64(own->publicIdentity.encryptionKey) },
            { QStringLiteral("signingKey"), b64(own->publicIdentity.signingKey) } });
    } else {
        ctx.print(CliContext::tr("Name:         %1")
                      .arg(own->name.isEmpty() ? CliContext::tr("(not set; use identity set-name)") : own->name));
        ctx.print(CliContext::tr("Organisation: %1").arg(own->organisation));
        ctx.print(CliContext::tr("Fingerprint:  %1").arg(fingerprint));
    }
    return ExitOk;
}

int runIdentitySetName(CliContext &ctx, Args &args)
{
    const auto organisation = args.take(QStringLiteral("organisation"));
    int rc = 0;
    const auto name = requirePositional(ctx, args, CliContext::tr("NAME"), rc);
    if (!name)
        return rc;
    if ((rc = ctx.rejectLeftovers(args)))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    IdentityStore store(vault.value()->database());
    auto own = store.ownIdentity();
    if (!own)
        return ctx.fail(own.error());
    if (auto st = store.setName(*name, organisation.value_or(own->organisation)); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("name"), name->trimmed() },
            { QStringLiteral("organisation"), organisation.value_or(own->organisation) } });
    else
        ctx.print(CliContext::tr("The vault's identity is now called %1.").arg(name->trimmed()));
    return ExitOk;
}

int runIdentityExportCard(CliContext &ctx, Args &args)
{
    const auto out = args.take(QStringLiteral("out"));
    if (!out)
        return args.error().isEmpty() ? ctx.usage(CliContext::tr("Give the card's file with --out FILE."))
                                      : ctx.rejectLeftovers(args);
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    IdentityStore store(vault.value()->database());
    auto own = store.ownIdentity();
    if (!own)
        return ctx.fail(own.error());
    if (own->name.trimmed().isEmpty())
        return ctx.fail(Error(ErrorCode::InvalidInput,
            CliContext::tr("Give this vault a name first: identity set-name NAME [--organisation ORG].")));
    auto keys = store.keys();
    if (!keys)
        return ctx.fail(keys.error());
    const QString card = ContactCard::write(own->name, own->organisation, keys.value());
    if (auto st = AtomicFile::writeAll(*out, card.toUtf8()); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject {
            { QStringLiteral("file"), *out }, { QStringLiteral("fingerprint"), own->publicIdentity.fingerprint() } });
    else
        ctx.print(CliContext::tr("Contact card written. Fingerprint to read aloud: %1").arg(own->publicIdentity.fingerprint()));
    return ExitOk;
}

int runContactAdd(CliContext &ctx, Args &args)
{
    const auto name = args.take(QStringLiteral("name"));
    const bool team = args.takeFlag(QStringLiteral("team"));
    int rc = 0;
    const auto cardPath = requirePositional(ctx, args, CliContext::tr("CARD file"), rc);
    if (!cardPath)
        return rc;
    if ((rc = ctx.rejectLeftovers(args)))
        return rc;
    QFile file(*cardPath);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error(ErrorCode::InvalidInput, CliContext::tr("The card file cannot be read."), file.errorString()));
    auto card = ContactCard::parse(QString::fromUtf8(file.read(64 * 1024)));
    if (!card)
        return ctx.fail(card.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Contact contact;
    contact.name = name && !name->trimmed().isEmpty() ? name->trimmed() : card->name;
    contact.organisation = card->organisation;
    contact.kind = team ? QStringLiteral("team") : QStringLiteral("external");
    contact.encPublicKey = card->identity.encryptionKey;
    contact.signPublicKey = card->identity.signingKey;
    contact.fingerprint = card->identity.fingerprint();
    auto added = ContactRepository(vault.value()->database()).add(contact);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("id"), added->id }, { QStringLiteral("name"), added->name },
            { QStringLiteral("cardName"), card->name }, { QStringLiteral("organisation"), added->organisation },
            { QStringLiteral("kind"), added->kind }, { QStringLiteral("fingerprint"), added->fingerprint },
            { QStringLiteral("verified"), added->verified } });
    } else {
        ctx.print(CliContext::tr("Added contact %1 (%2), the card's own name: %3.").arg(added->name, added->id, card->name));
        ctx.print(CliContext::tr("Fingerprint: %1").arg(added->fingerprint));
        ctx.print(CliContext::tr("Not verified: compare the fingerprint with them by phone, then run \"contact verify %1\".")
                      .arg(added->id));
    }
    return ExitOk;
}

void printPlan(CliContext &ctx, const ExportPlan &plan)
{
    ctx.print(CliContext::tr("To %1 (%2), purpose %3:").arg(plan.recipient.name, plan.kind, plan.purpose));
    for (const PlannedCase &c : plan.included) {
        if (plan.kind == QLatin1String("team"))
            ctx.print(
                CliContext::tr("  leaves   %1  the whole case, %n history entries", nullptr, int(c.history.size())).arg(c.number)
                + (c.attachmentIds.isEmpty() ? QString()
                                             : CliContext::tr(", %n attachments", nullptr, int(c.attachmentIds.size()))));
        else
            ctx.print(CliContext::tr("  leaves   %1  scopes %2; fields %3")
                          .arg(c.number, c.scopes.join(QLatin1Char(',')), c.data.keys().join(QLatin1Char(','))));
        for (const QString &note : c.notes)
            ctx.print(QStringLiteral("           ") + note);
    }
    for (const HeldBackCase &h : plan.heldBack)
        ctx.print(CliContext::tr("  held back %1  %2").arg(h.number, h.reason));
}

QJsonObject planJson(const ExportPlan &plan, const QString &bundleId)
{
    QJsonArray included;
    for (const PlannedCase &c : plan.included)
        included.append(QJsonObject { { QStringLiteral("id"), c.caseId }, { QStringLiteral("number"), c.number },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes) },
            { QStringLiteral("fields"), QJsonArray::fromStringList(c.data.keys()) } });
    QJsonArray heldBack;
    for (const HeldBackCase &h : plan.heldBack)
        heldBack.append(QJsonObject {
            { QStringLiteral("id"), h.caseId }, { QStringLiteral("number"), h.number }, { QStringLiteral("reason"), h.reason } });
    return QJsonObject { { QStringLiteral("bundleId"), bundleId.isEmpty() ? QJsonValue() : QJsonValue(bundleId) },
        { QStringLiteral("kind"), plan.kind }, { QStringLiteral("purpose"), plan.purpose },
        { QStringLiteral("included"), included }, { QStringLiteral("heldBack"), heldBack } };
}

int runExport(CliContext &ctx, Args &args)
{
    const auto to = args.take(QStringLiteral("to"));
    const auto purpose = args.take(QStringLiteral("purpose"));
    const auto purposeText = args.take(QStringLiteral("purpose-text"));
    const auto caseList = args.take(QStringLiteral("cases"));
    const auto out = args.take(QStringLiteral("out"));
    const bool dryRun = args.takeFlag(QStringLiteral("dry-run"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!to)
        return ctx.usage(CliContext::tr("Name the recipient with --to CONTACT."));
    QStringList cases;
    if (caseList)
        for (const QString &c : caseList->split(QLatin1Char(','), Qt::SkipEmptyParts))
            cases.append(c.trimmed());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    auto plan
        = ExportPlanner(db).plan(*to, purpose.value_or(QString()), cases, QDate::currentDate(), purposeText.value_or(QString()));
    if (!plan)
        return ctx.fail(plan.error());
    if (dryRun || plan->isEmpty()) {
        if (ctx.json)
            ctx.printJson(planJson(plan.value(), QString()));
        else
            printPlan(ctx, plan.value());
        if (plan->isEmpty())
            return ctx.fail(Error(ErrorCode::Refused,
                CliContext::tr("Nothing may be exported to %1 for this purpose; no file was written.")
                    .arg(plan->recipient.name)));
        return ExitOk;
    }
    // Without --out the bundle goes into the contact's mailbox in the exchange folder.
    BundleExporter exporter(db);
    auto prepared = exporter.prepare(plan.value());
    if (!prepared)
        return ctx.fail(prepared.error());
    auto written = out ? exporter.write(prepared.value(), *out) : exporter.sendToMailbox(prepared.value());
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json) {
        ctx.printJson(planJson(plan.value(), written->bundleId));
    } else {
        printPlan(ctx, plan.value());
        ctx.print(CliContext::tr("Bundle %1 written with %n cases.", nullptr, written->caseCount).arg(written->bundleId));
        if (!out)
            ctx.print(CliContext::tr("It waits in %1's mailbox in the exchange folder.").arg(plan->recipient.name));
    }
    return ExitOk;
}

int runExportStats(CliContext &ctx, Args &args)
{
    const auto to = args.take(QStringLiteral("to"));
    const auto out = args.take(QStringLiteral("out"));
    const auto thresholdText = args.take(QStringLiteral("threshold"));
    const bool dryRun = args.takeFlag(QStringLiteral("dry-run"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!to)
        return ctx.usage(CliContext::tr("Name the recipient with --to CONTACT."));
    if (!out && !dryRun)
        return ctx.usage(CliContext::tr("Give the bundle's file with --out FILE (or --dry-run)."));
    int threshold = 0;
    if (thresholdText) {
        bool ok = false;
        threshold = thresholdText->toInt(&ok);
        if (!ok || threshold < StatisticsExport::MinimumThreshold)
            return ctx.usage(
                CliContext::tr("--threshold takes a number of at least %1.").arg(StatisticsExport::MinimumThreshold));
    }
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    auto table = StatisticsExport(db).compute(threshold);
    if (!table)
        return ctx.fail(table.error());
    // Shown before it is written.
    if (!ctx.json) {
        ctx.print(CliContext::tr("Counts below %1 are suppressed.").arg(table->threshold));
        for (const StatisticsCell &c : table->cells)
            ctx.print(QStringLiteral("  %1  %2  %3")
                          .arg(c.dimension.leftJustified(18), c.value.leftJustified(24), table->displayCount(c)));
    }
    auto prepared = BundleExporter(db).prepareStatistics(*to, table->toJson());
    if (!prepared)
        return ctx.fail(prepared.error());
    QString bundleId;
    if (!dryRun) {
        auto written = BundleExporter(db).write(prepared.value(), *out);
        if (!written)
            return ctx.fail(written.error());
        bundleId = written->bundleId;
        if (!ctx.json)
            ctx.print(CliContext::tr("Statistics bundle %1 written.").arg(bundleId));
    }
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("bundleId"), bundleId.isEmpty() ? QJsonValue() : QJsonValue(bundleId) },
            { QStringLiteral("statistics"), table->toJson() } });
    return ExitOk;
}

// inspect shows a forged bundle in full, then fails: the sender it names did not sign it.
int forgedSender(CliContext &ctx, const BundleInspection &in)
{
    if (in.senderMatchesSigner)
        return ExitOk;
    return ctx.fail(
        Error(ErrorCode::Integrity, BundleImporter::tr("The sender named in the bundle did not sign it: the bundle is forged.")));
}

int runInspect(CliContext &ctx, Args &args)
{
    int rc = 0;
    const auto path = requirePositional(ctx, args, CliContext::tr("bundle FILE"), rc);
    if (!path)
        return rc;
    if ((rc = ctx.rejectLeftovers(args)))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto inspection = BundleImporter(vault.value()->database()).inspect(*path);
    if (!inspection)
        return ctx.fail(inspection.error());
    const BundleInspection &in = inspection.value();
    QString reason;
    const bool importable = in.canImport(&reason);
    if (ctx.json) {
        QJsonObject o { { QStringLiteral("manifest"), in.manifest.toJson() }, { QStringLiteral("records"), in.records },
            { QStringLiteral("sender"),
                QJsonObject { { QStringLiteral("known"), in.senderKnown }, { QStringLiteral("verified"), in.senderVerified },
                    { QStringLiteral("name"), in.senderKnown ? QJsonValue(in.sender.name) : QJsonValue() },
                    { QStringLiteral("contactId"), in.senderKnown ? QJsonValue(in.sender.id) : QJsonValue() },
                    { QStringLiteral("matchesSigner"), in.senderMatchesSigner },
                    { QStringLiteral("thisVault"), in.fromThisVault } } },
            { QStringLiteral("signatureValid"), in.signatureValid }, { QStringLiteral("alreadyImported"), in.alreadyImported },
            { QStringLiteral("importable"), importable },
            { QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason) },
            { QStringLiteral("attachments"), QJsonArray::fromStringList(in.attachmentIds) } };
        if (!in.statistics.isEmpty())
            o.insert(QStringLiteral("statistics"), in.statistics);
        ctx.printJson(o);
        return forgedSender(ctx, in);
    }
    ctx.print(CliContext::tr("Signature: valid; addressed to this vault."));
    ctx.print(CliContext::tr("Bundle %1, %2, made %3")
                  .arg(in.manifest.bundleId, in.manifest.kind, in.manifest.createdAt.toString(Qt::ISODate)));
    ctx.print(CliContext::tr("Sender: %1 (%2), fingerprint %3")
                  .arg(in.manifest.sender.name, in.manifest.sender.organisation,
                      PublicIdentity { in.manifest.sender.encryptionKey, in.manifest.sender.signingKey }.fingerprint()));
    if (!in.senderMatchesSigner)
        ctx.print(CliContext::tr("  FORGED: the named sender did not sign this bundle."));
    else if (in.fromThisVault)
        ctx.print(CliContext::tr("  made by this vault"));
    else if (!in.senderKnown)
        ctx.print(CliContext::tr("  unknown sender: not among your contacts"));
    else
        ctx.print(in.senderVerified ? CliContext::tr("  contact %1, verified").arg(in.sender.name)
                                    : CliContext::tr("  contact %1, NOT verified").arg(in.sender.name));
    ctx.print(CliContext::tr("Purpose: %1 %2; legal basis: %3")
                  .arg(in.manifest.purpose, in.manifest.purposeText, in.manifest.legalBasis));
    for (const ManifestCase &c : in.manifest.cases)
        ctx.print(
            CliContext::tr("  case %1 %2 scopes %3")
                .arg(c.number, c.id, c.scopes.isEmpty() ? CliContext::tr("(whole case)") : c.scopes.join(QLatin1Char(','))));
    for (const QJsonValue &r : in.records) {
        const QJsonObject data = r.toObject().contains(QStringLiteral("case"))
            ? r.toObject().value(QStringLiteral("case")).toObject()
            : r.toObject();
        ctx.print(CliContext::tr("Record %1:").arg(data.value(QStringLiteral("number")).toString()));
        for (auto it = data.constBegin(); it != data.constEnd(); ++it)
            ctx.print(QStringLiteral("  %1: %2").arg(it.key(), compact(it.value())));
    }
    if (!in.statistics.isEmpty())
        for (const QJsonValue &row : in.statistics.value(QStringLiteral("rows")).toArray())
            ctx.print(QStringLiteral("  %1  %2  %3")
                          .arg(row[QStringLiteral("dimension")].toString(), row[QStringLiteral("value")].toString(),
                              compact(row[QStringLiteral("count")])));
    if (in.alreadyImported)
        ctx.print(CliContext::tr("This bundle was imported before."));
    else if (!importable)
        ctx.print(CliContext::tr("Cannot be imported yet: %1").arg(reason));
    return forgedSender(ctx, in);
}

int runImport(CliContext &ctx, Args &args)
{
    int rc = 0;
    const auto path = requirePositional(ctx, args, CliContext::tr("bundle FILE"), rc);
    if (!path)
        return rc;
    if ((rc = ctx.rejectLeftovers(args)))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto result = BundleImporter(vault.value()->database()).importBundle(*path);
    if (!result)
        return ctx.fail(result.error());
    const ImportResult &r = result.value();
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("bundleId"), r.bundleId }, { QStringLiteral("kind"), r.kind },
            { QStringLiteral("created"), r.created }, { QStringLiteral("updated"), r.updated },
            { QStringLiteral("conflicts"), r.conflicts }, { QStringLiteral("received"), r.received },
            { QStringLiteral("alreadyImported"), r.alreadyImported } });
    } else if (r.alreadyImported) {
        ctx.print(CliContext::tr("Bundle %1 was imported before; nothing changed.").arg(r.bundleId));
    } else {
        ctx.print(CliContext::tr("Bundle %1 imported: %2 cases created, %3 updated, %4 conflicts, %5 records received.")
                      .arg(r.bundleId)
                      .arg(r.created)
                      .arg(r.updated)
                      .arg(r.conflicts)
                      .arg(r.received));
        if (r.conflicts > 0)
            ctx.print(
                CliContext::tr("Resolve the conflicts with \"conflict list\" and \"conflict resolve ID --take local|remote\"."));
    }
    return ExitOk;
}

int runConflictList(CliContext &ctx, Args &args)
{
    const bool all = args.takeFlag(QStringLiteral("all"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto conflicts = MergeConflicts(vault.value()->database()).list(all);
    if (!conflicts)
        return ctx.fail(conflicts.error());
    QJsonArray out;
    for (const MergeConflict &c : conflicts.value()) {
        if (ctx.json)
            out.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("caseId"), c.caseId },
                { QStringLiteral("caseNumber"), c.caseNumber }, { QStringLiteral("field"), c.field },
                { QStringLiteral("local"), c.localValue }, { QStringLiteral("remote"), c.remoteValue },
                { QStringLiteral("bundleId"), c.bundleId },
                { QStringLiteral("detectedAt"), c.detectedAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("resolution"), c.resolution.isEmpty() ? QJsonValue() : QJsonValue(c.resolution) } });
        else
            ctx.print(CliContext::tr("%1  %2  %3: mine %4, theirs %5%6")
                          .arg(c.id, c.caseNumber, c.field, compact(c.localValue), compact(c.remoteValue),
                              c.resolution.isEmpty() ? QString() : CliContext::tr(" (resolved: %1)").arg(c.resolution)));
    }
    if (ctx.json)
        ctx.printJson(out);
    else if (conflicts->isEmpty())
        ctx.print(CliContext::tr("No open conflicts."));
    return ExitOk;
}

int runConflictResolve(CliContext &ctx, Args &args)
{
    const auto take = args.take(QStringLiteral("take"));
    int rc = 0;
    const auto id = requirePositional(ctx, args, CliContext::tr("conflict ID"), rc);
    if (!id)
        return rc;
    if ((rc = ctx.rejectLeftovers(args)))
        return rc;
    if (!take || (*take != QLatin1String("local") && *take != QLatin1String("remote")))
        return ctx.usage(CliContext::tr("Choose --take local (keep mine) or --take remote (take theirs)."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    if (auto st = MergeConflicts(vault.value()->database()).resolve(*id, *take == QLatin1String("remote")); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("id"), *id }, { QStringLiteral("resolution"), *take } });
    else
        ctx.print(*take == QLatin1String("remote") ? CliContext::tr("Resolved: their value was taken.")
                                                   : CliContext::tr("Resolved: your value was kept."));
    return ExitOk;
}

int runReceivedList(CliContext &ctx, Args &args)
{
    const auto purpose = args.take(QStringLiteral("purpose"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto records = ReceivedRecords(vault.value()->database()).list(purpose.value_or(QString()));
    if (!records)
        return ctx.fail(records.error());
    QJsonArray out;
    for (const ReceivedRecord &r : records.value()) {
        if (ctx.json) {
            out.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("bundleId"), r.bundleId },
                { QStringLiteral("sender"), r.senderName }, { QStringLiteral("senderContactId"), r.senderContactId },
                { QStringLiteral("caseId"), r.caseId }, { QStringLiteral("number"), r.number },
                { QStringLiteral("purpose"), r.purpose }, { QStringLiteral("scopes"), QJsonArray::fromStringList(r.scopes) },
                { QStringLiteral("receivedAt"), r.receivedAt.toString(Qt::ISODateWithMs) }, { QStringLiteral("data"), r.data } });
        } else {
            ctx.print(CliContext::tr("%1  from %2  %3  %4  scopes %5")
                          .arg(r.receivedAt.toString(Qt::ISODate), r.senderName,
                              r.number.isEmpty() ? CliContext::tr("(statistics)") : r.number, r.purpose,
                              r.scopes.join(QLatin1Char(','))));
            for (auto it = r.data.constBegin(); it != r.data.constEnd(); ++it)
                if (it.key() != QLatin1String("rows"))
                    ctx.print(QStringLiteral("    %1: %2").arg(it.key(), compact(it.value())));
        }
    }
    if (ctx.json)
        ctx.printJson(out);
    else if (records->isEmpty())
        ctx.print(CliContext::tr("Nothing received."));
    return ExitOk;
}

} // namespace

void addExchangeCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("identity show"), QString(),
        QT_TRANSLATE_NOOP("cli", "Show this vault's name, organisation and fingerprint"), &runIdentityShow });
    table.push_back({ QStringLiteral("identity set-name"), QStringLiteral("NAME [--organisation ORG]"),
        QT_TRANSLATE_NOOP("cli", "Set the name on this vault's contact card"), &runIdentitySetName });
    table.push_back({ QStringLiteral("identity export-card"), QStringLiteral("--out FILE"),
        QT_TRANSLATE_NOOP("cli", "Write this vault's contact card"), &runIdentityExportCard });
    table.push_back({ QStringLiteral("contact add"), QStringLiteral("CARD [--name NAME] [--team]"),
        QT_TRANSLATE_NOOP("cli", "Add a contact from a contact card (unverified)"), &runContactAdd });
    table.push_back({ QStringLiteral("export"),
        QStringLiteral("--to CONTACT [--purpose P] [--purpose-text T] [--cases ID,...] [--out FILE] [--dry-run]"),
        QT_TRANSLATE_NOOP("cli", "Export cases to a contact (consent enforced for external contacts)"), &runExport });
    table.push_back({ QStringLiteral("export-stats"), QStringLiteral("--to CONTACT --out FILE [--threshold N] [--dry-run]"),
        QT_TRANSLATE_NOOP("cli", "Export aggregate statistics with small counts suppressed"), &runExportStats });
    table.push_back({ QStringLiteral("inspect"), QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("cli", "Verify and show a bundle without importing it"), &runInspect });
    table.push_back({ QStringLiteral("import"), QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("cli", "Import a bundle from a verified contact"), &runImport });
    table.push_back({ QStringLiteral("conflict list"), QStringLiteral("[--all]"),
        QT_TRANSLATE_NOOP("cli", "List merge conflicts"), &runConflictList });
    table.push_back({ QStringLiteral("conflict resolve"), QStringLiteral("ID --take local|remote"),
        QT_TRANSLATE_NOOP("cli", "Resolve a merge conflict"), &runConflictResolve });
    table.push_back({ QStringLiteral("received list"), QStringLiteral("[--purpose P]"),
        QT_TRANSLATE_NOOP("cli", "List records received from external senders"), &runReceivedList });
}

} // namespace vangnet::cli
