#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "cases/Deadlines.h"
#include "domain/Codes.h"
#include "domain/InputLimits.h"
#include "shelters/ShelterCodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The case commands of vangnet-cli (docs/CLI.md): case add/show/list/update/close/phase/reopen/
// history/duplicates, note add, attach and deadlines.
namespace vangnet::cli {
namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray duplicatesJson(const QVector<DuplicateHint> &hints)
{
    QJsonArray out;
    for (const DuplicateHint &h : hints)
        out.append(QJsonObject {
            { QStringLiteral("id"), h.caseId }, { QStringLiteral("number"), h.number }, { QStringLiteral("reason"), h.reason } });
    return out;
}

QJsonObject attachmentJson(const AttachmentInfo &a)
{
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("fileName"), a.fileName },
        { QStringLiteral("mediaType"), a.mediaType }, { QStringLiteral("size"), a.size },
        { QStringLiteral("addedAt"), a.addedAt.toString(Qt::ISODateWithMs) }, { QStringLiteral("addedBy"), a.addedBy } };
}

QJsonObject summaryJson(const CaseSummary &s)
{
    return QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("number"), s.number },
        { QStringLiteral("givenName"), textOrNull(s.givenName) }, { QStringLiteral("familyName"), textOrNull(s.familyName) },
        { QStringLiteral("phase"), s.phase }, { QStringLiteral("region"), textOrNull(s.region) },
        { QStringLiteral("coordinator"), textOrNull(s.coordinator) }, { QStringLiteral("birthDate"), dateOrNull(s.birthDate) },
        { QStringLiteral("reflectionEnd"), dateOrNull(s.reflectionEnd) },
        { QStringLiteral("exploitationForms"), QJsonArray::fromStringList(s.exploitationForms) },
        { QStringLiteral("threat"), QJsonObject { { QStringLiteral("code"), textOrNull(s.threatCode) } } },
        { QStringLiteral("requiredLevel"), ShelterCodes::levelCode(s.requiredLevel) },
        { QStringLiteral("updatedAt"), s.updatedAt.toString(Qt::ISODateWithMs) } };
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

Result<int> numberOption(Args &args, const QString &name, int min, int max, int fallback)
{
    const auto value = args.take(name);
    if (!value)
        return fallback;
    bool ok = false;
    const int n = value->toInt(&ok);
    if (!ok || n < min || n > max)
        return Error(ErrorCode::InvalidInput, CliContext::tr("--%1 takes a number from %2 to %3.").arg(name).arg(min).arg(max));
    return n;
}

Result<QJsonObject> readCaseFile(CliContext &ctx, Args &args)
{
    const auto file = args.take(QStringLiteral("file"));
    if (!file)
        return Error(
            ErrorCode::InvalidInput, CliContext::tr("Give the case data with --file FILE (\"-\" reads standard input)."));
    auto doc = ctx.readJsonDocument(*file);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error(ErrorCode::InvalidInput, CliContext::tr("The case data must be a JSON object."));
    return doc->object();
}

int runAdd(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    auto input = readCaseFile(ctx, args);
    if (!input)
        return args.error().isEmpty() ? ctx.fail(input.error()) : ctx.rejectLeftovers(args);
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto created = CaseRepository(vault.value()->database()).createFromJson(input.value(), reason.value_or(QString()));
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("id"), created->id }, { QStringLiteral("number"), created->number },
            { QStringLiteral("possibleDuplicates"), duplicatesJson(created->possibleDuplicates) } });
    } else {
        ctx.print(CliContext::tr("Created case %1 (%2).").arg(created->number, created->id));
        for (const DuplicateHint &h : created->possibleDuplicates)
            ctx.print(CliContext::tr("Possible duplicate: %1 (%2).").arg(h.number, h.caseId));
    }
    return ExitOk;
}

int runShow(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    if (!id)
        return ctx.usage(CliContext::tr("Name the case: an id or a case number such as VN-2026-0042."));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    CaseRepository repo(db);
    auto c = repo.load(*id);
    if (!c)
        return ctx.fail(c.error());
    auto duplicates = repo.possibleDuplicates(c->id);
    if (!duplicates)
        return ctx.fail(duplicates.error());
    auto attachments = Attachments(db).list(c->id);
    if (!attachments)
        return ctx.fail(attachments.error());
    QJsonObject o = CaseJson::toJson(c.value());
    o.insert(QStringLiteral("possibleDuplicates"), duplicatesJson(duplicates.value()));
    QJsonArray files;
    for (const AttachmentInfo &a : attachments.value())
        files.append(attachmentJson(a));
    o.insert(QStringLiteral("attachments"), files);
    if (ctx.json) {
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.print(CliContext::tr("Case %1 (%2)").arg(c->number, c->id));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key() != QLatin1String("notes") && it.key() != QLatin1String("id") && it.key() != QLatin1String("number"))
            ctx.print(QStringLiteral("  %1: %2").arg(it.key(), compact(it.value())));
    for (const CaseNote &n : c->notes)
        ctx.print(CliContext::tr("  note %1 (%2): %3").arg(n.at.toString(Qt::ISODate), n.author, n.text));
    return ExitOk;
}

int runList(CliContext &ctx, Args &args)
{
    CaseFilter filter;
    filter.text = args.take(QStringLiteral("query")).value_or(QString());
    // A search for a name is case data too: --query-file keeps it out of the process list.
    if (const auto queryFile = args.take(QStringLiteral("query-file"))) {
        if (!filter.text.isEmpty())
            return ctx.usage(CliContext::tr("Give either --query or --query-file."));
        auto bytes = ctx.readInputFile(*queryFile);
        if (!bytes)
            return ctx.fail(bytes.error());
        filter.text = QString::fromUtf8(bytes.value()).section(QLatin1Char('\n'), 0, 0).trimmed();
        if (filter.text.size() > InputLimits::MaxSingleLineChars || !InputLimits::isSingleLine(filter.text))
            return ctx.usage(CliContext::tr("--query-file holds one line of at most %1 characters, without control characters.")
                                 .arg(InputLimits::MaxSingleLineChars));
    }
    filter.phase = args.take(QStringLiteral("phase")).value_or(QString());
    filter.exploitationForm = args.take(QStringLiteral("form")).value_or(QString());
    filter.region = args.take(QStringLiteral("region")).value_or(QString());
    filter.coordinator = args.take(QStringLiteral("coordinator")).value_or(QString());
    filter.threatCode = args.take(QStringLiteral("threat")).value_or(QString());
    if (const auto level = args.take(QStringLiteral("min-level"))) {
        const auto parsed = ShelterCodes::parseLevel(*level);
        if (!parsed)
            return ctx.usage(CliContext::tr("--min-level takes S0, S1, S2, S3 or S4."));
        filter.minRequiredLevel = *parsed;
    }
    filter.overdueTasks = args.takeFlag(QStringLiteral("overdue"));
    filter.waitingForBed = args.takeFlag(QStringLiteral("waiting-for-bed"));
    filter.withoutPlacementConsent = args.takeFlag(QStringLiteral("without-placement-consent"));
    auto days = numberOption(args, QStringLiteral("reflection-ending-days"), 0, 3650, -1);
    auto limit = numberOption(args, QStringLiteral("limit"), 0, 100000, 50);
    auto offset = numberOption(args, QStringLiteral("offset"), 0, 100000000, 0);
    for (const auto *r : { &days, &limit, &offset })
        if (!*r)
            return ctx.fail(r->error());
    if (days.value() >= 0)
        filter.reflectionEndingWithinDays = days.value();
    const auto sortName = args.take(QStringLiteral("sort")).value_or(QStringLiteral("number-desc"));
    CaseSort sort = CaseSort::NumberDesc;
    if (sortName == QLatin1String("number-asc"))
        sort = CaseSort::NumberAsc;
    else if (sortName == QLatin1String("updated"))
        sort = CaseSort::UpdatedDesc;
    else if (sortName == QLatin1String("family-name"))
        sort = CaseSort::FamilyNameAsc;
    else if (sortName == QLatin1String("reflection-end"))
        sort = CaseSort::ReflectionEndAsc;
    else if (sortName == QLatin1String("threat"))
        sort = CaseSort::ThreatDesc;
    else if (sortName == QLatin1String("required-level"))
        sort = CaseSort::RequiredLevelDesc;
    else if (sortName != QLatin1String("number-desc"))
        return ctx.usage(CliContext::tr(
            "--sort takes number-desc, number-asc, updated, family-name, reflection-end, threat or required-level."));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    CaseSearch search(vault.value()->database());
    auto rows = search.find(filter, sort, offset.value(), limit.value());
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json) {
        QJsonArray out;
        for (const CaseSummary &s : rows.value())
            out.append(summaryJson(s));
        ctx.printJson(out);
        return ExitOk;
    }
    for (const CaseSummary &s : rows.value()) {
        QString line
            = QStringLiteral("%1  %2  %3, %4  %5").arg(s.number, s.phase.leftJustified(10), s.familyName, s.givenName, s.region);
        // Danger at a glance here too: the threat assessment in words, when there is one.
        if (Codes::isValid(CodeKind::ThreatCode, s.threatCode))
            line += QStringLiteral("  ") + CliContext::tr("threat: %1").arg(Codes::label(CodeKind::ThreatCode, s.threatCode));
        line += QStringLiteral("  ") + CliContext::tr("required level: %1").arg(ShelterCodes::levelCode(s.requiredLevel));
        ctx.print(line);
    }
    auto total = search.count(filter);
    if (total)
        ctx.print(CliContext::tr("%1 of %2 cases shown.").arg(rows->size()).arg(total.value()));
    return ExitOk;
}

int runUpdate(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    auto patch = readCaseFile(ctx, args);
    const auto id = args.takePositional();
    if (!patch)
        return args.error().isEmpty() ? ctx.fail(patch.error()) : ctx.rejectLeftovers(args);
    if (!id)
        return ctx.usage(CliContext::tr("Name the case: an id or a case number such as VN-2026-0042."));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    CaseRepository repo(vault.value()->database());
    if (auto st = repo.updateFromJson(*id, patch.value(), reason.value_or(QString())); !st)
        return ctx.fail(st.error());
    auto c = repo.load(*id);
    if (!c)
        return ctx.fail(c.error());
    if (ctx.json)
        ctx.printJson(CaseJson::toJson(c.value()));
    else
        ctx.print(CliContext::tr("Updated case %1.").arg(c->number));
    return ExitOk;
}

int changePhase(CliContext &ctx, const QString &id, const QString &phase, const QString &reason, bool reopen)
{
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    CaseRepository repo(vault.value()->database());
    if (auto st = reopen ? repo.reopen(id, reason) : repo.changePhase(id, phase, reason); !st)
        return ctx.fail(st.error());
    auto c = repo.load(id);
    if (!c)
        return ctx.fail(c.error());
    if (ctx.json)
        ctx.printJson(QJsonObject {
            { QStringLiteral("id"), c->id }, { QStringLiteral("number"), c->number }, { QStringLiteral("phase"), c->phase } });
    else
        ctx.print(CliContext::tr("Case %1 is now in phase %2.").arg(c->number, c->phase));
    return ExitOk;
}

int runClose(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    const auto id = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("Name the case: an id or a case number such as VN-2026-0042."));
    if (!reason || reason->trimmed().isEmpty())
        return ctx.fail(Error(ErrorCode::InvalidInput, CliContext::tr("Closing a case requires a reason: --reason TEXT.")));
    return changePhase(ctx, *id, QStringLiteral("closed"), *reason, false);
}

int runReopen(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    const auto id = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("Name the case: an id or a case number such as VN-2026-0042."));
    return changePhase(ctx, *id, QString(), reason.value_or(QString()), true);
}

int runPhase(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    const auto id = args.takePositional();
    const auto phase = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id || !phase)
        return ctx.usage(CliContext::tr("Name the case and the new phase: case phase ID PHASE [--reason TEXT]."));
    return changePhase(ctx, *id, *phase, reason.value_or(QString()), false);
}

int runHistory(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("Name the case: an id or a case number such as VN-2026-0042."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto entries = CaseRepository(vault.value()->database()).history(*id);
    if (!entries)
        return ctx.fail(entries.error());
    QJsonArray out;
    for (const HistoryEntry &e : entries.value()) {
        if (ctx.json)
            out.append(QJsonObject { { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
                { QStringLiteral("actor"), e.actor }, { QStringLiteral("field"), e.field }, { QStringLiteral("old"), e.oldValue },
                { QStringLiteral("new"), e.newValue }, { QStringLiteral("changeId"), e.changeId } });
        else
            ctx.print(QStringLiteral("%1  %2  %3: %4 -> %5")
                          .arg(e.at.toString(Qt::ISODate), e.actor, e.field, compact(e.oldValue), compact(e.newValue)));
    }
    if (ctx.json)
        ctx.printJson(out);
    return ExitOk;
}

int runDuplicates(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("Name the case: an id or a case number such as VN-2026-0042."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto hints = CaseRepository(vault.value()->database()).possibleDuplicates(*id);
    if (!hints)
        return ctx.fail(hints.error());
    if (ctx.json)
        ctx.printJson(duplicatesJson(hints.value()));
    for (const DuplicateHint &h : hints.value())
        ctx.print(QStringLiteral("%1  %2  %3").arg(h.number, h.caseId, h.reason));
    return ExitOk;
}

int runNoteAdd(CliContext &ctx, Args &args)
{
    // A note is case data: on the command line every local user could read it in the process list
    // while the key is derived. It comes from a file or standard input only.
    if (args.take(QStringLiteral("text")) || !args.error().isEmpty())
        return ctx.usage(CliContext::tr("A note is never taken from the command line (other users can see it in the process "
                                        "list). Write it to a file and use --file FILE, or --file - to read standard input."));
    const auto file = args.take(QStringLiteral("file"));
    const auto id = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id || !file)
        return ctx.usage(CliContext::tr("Usage: note add ID --file FILE (\"-\" reads standard input)."));
    auto bytes = ctx.readInputFile(*file);
    if (!bytes)
        return ctx.fail(bytes.error());
    // Checked before the vault is opened (the key derivation takes seconds); the repository checks again.
    const Result<QString> body(QString::fromUtf8(bytes.value()));
    if (auto st = CaseRepository::checkNoteText(body.value()); !st)
        return ctx.fail(st.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto note = CaseRepository(vault.value()->database()).addNote(*id, body.value());
    if (!note)
        return ctx.fail(note.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("id"), note->id }, { QStringLiteral("text"), note->text },
            { QStringLiteral("at"), note->at.toString(Qt::ISODateWithMs) }, { QStringLiteral("author"), note->author } });
    else
        ctx.print(CliContext::tr("Note added."));
    return ExitOk;
}

int runAttach(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    const auto file = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id || !file)
        return ctx.usage(CliContext::tr("Usage: attach ID FILE."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto info = Attachments(vault.value()->database()).addFile(*id, *file);
    if (!info)
        return ctx.fail(info.error());
    if (ctx.json)
        ctx.printJson(attachmentJson(info.value()));
    else
        ctx.print(CliContext::tr("Attached %1 (%2, %3 bytes) as %4.")
                      .arg(info->fileName, info->mediaType)
                      .arg(info->size)
                      .arg(info->id));
    return ExitOk;
}

int runDeadlines(CliContext &ctx, Args &args)
{
    auto days = numberOption(args, QStringLiteral("days"), 0, 3650, 14);
    if (!days)
        return ctx.fail(days.error());
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto rows = Deadlines::upcoming(vault.value()->database(), days.value());
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray out;
    for (const Deadline &d : rows.value()) {
        if (ctx.json)
            out.append(QJsonObject { { QStringLiteral("kind"), Deadlines::kindCode(d.kind) },
                { QStringLiteral("date"), d.date.toString(Qt::ISODate) }, { QStringLiteral("caseId"), d.caseId },
                { QStringLiteral("caseNumber"), d.caseNumber }, { QStringLiteral("taskKind"), textOrNull(d.taskKind) },
                { QStringLiteral("overdue"), d.overdue }, { QStringLiteral("daysLeft"), d.daysLeft } });
        else
            ctx.print(QStringLiteral("%1  %2  %3 %4%5")
                          .arg(d.date.toString(Qt::ISODate), d.caseNumber, Deadlines::kindCode(d.kind), d.taskKind,
                              d.overdue ? CliContext::tr(" (overdue)") : QString()));
    }
    if (ctx.json)
        ctx.printJson(out);
    return ExitOk;
}

} // namespace

void addCaseCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("case add"), QStringLiteral("--file FILE|- [--reason TEXT]"),
        QT_TRANSLATE_NOOP("cli", "Create a case from JSON"), &runAdd });
    table.push_back({ QStringLiteral("case show"), QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("cli", "Show a case (id or case number)"), &runShow });
    table.push_back({ QStringLiteral("case list"),
        QStringLiteral("[--query TEXT | --query-file FILE|-] [--phase P] [--form F] [--region R] [--coordinator C] "
                       "[--threat T] [--min-level L] [--reflection-ending-days N] "
                       "[--overdue] [--waiting-for-bed] [--without-placement-consent] [--sort S] [--limit N] [--offset N]"),
        QT_TRANSLATE_NOOP("cli", "Search and list cases"), &runList });
    table.push_back({ QStringLiteral("case update"), QStringLiteral("ID --file FILE|- [--reason TEXT]"),
        QT_TRANSLATE_NOOP("cli", "Change the fields given in JSON"), &runUpdate });
    table.push_back({ QStringLiteral("case close"), QStringLiteral("ID --reason TEXT"), QT_TRANSLATE_NOOP("cli", "Close a case"),
        &runClose });
    table.push_back({ QStringLiteral("case reopen"), QStringLiteral("ID --reason TEXT"),
        QT_TRANSLATE_NOOP("cli", "Reopen a closed case"), &runReopen });
    table.push_back({ QStringLiteral("case phase"), QStringLiteral("ID PHASE [--reason TEXT]"),
        QT_TRANSLATE_NOOP("cli", "Move a case to another phase"), &runPhase });
    table.push_back({ QStringLiteral("case history"), QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("cli", "Show the field-level history of a case"), &runHistory });
    table.push_back({ QStringLiteral("case duplicates"), QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("cli", "List possible duplicates of a case"), &runDuplicates });
    table.push_back({ QStringLiteral("note add"), QStringLiteral("ID --file FILE|-"),
        QT_TRANSLATE_NOOP("cli", "Add a note to a case"), &runNoteAdd });
    table.push_back({ QStringLiteral("attach"), QStringLiteral("ID FILE"),
        QT_TRANSLATE_NOOP("cli", "Store a scan (PDF, PNG, JPEG, TIFF) in a case"), &runAttach });
    table.push_back({ QStringLiteral("deadlines"), QStringLiteral("[--days N]"),
        QT_TRANSLATE_NOOP("cli", "Reflection ends, tasks and threat reviews due"), &runDeadlines });
}

} // namespace vangnet::cli
