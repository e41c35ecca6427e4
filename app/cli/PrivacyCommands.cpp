// Retention, legal holds, erasure and the audit log (issue 16; docs/PRIVACY.md).
#include "CliContext.h"
#include "CommandTable.h"
#include "ExitCode.h"
#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "domain/InputLimits.h"
#include "i18n/DateText.h"
#include "privacy/CaseEraser.h"
#include "privacy/LegalHolds.h"
#include "privacy/Retention.h"
#include "safety/SystemClock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {
namespace {

QString regimeCode(RetentionRegime regime)
{
    return regime == RetentionRegime::Minor ? QStringLiteral("minor") : QStringLiteral("adult");
}

QJsonObject retentionJson(const RetentionStatus &s)
{
    return { { QStringLiteral("number"), s.number }, { QStringLiteral("id"), s.caseId },
        { QStringLiteral("closedOn"), s.closedOn.toString(Qt::ISODate) }, { QStringLiteral("regime"), regimeCode(s.regime) },
        { QStringLiteral("years"), s.years }, { QStringLiteral("endsOn"), s.endsOn.toString(Qt::ISODate) },
        { QStringLiteral("legalHold"), s.held } };
}

QJsonObject tombstoneJson(const Tombstone &t)
{
    return { { QStringLiteral("number"), t.number }, { QStringLiteral("erasedAt"), t.erasedAt.toString(Qt::ISODate) },
        { QStringLiteral("reason"), t.reason }, { QStringLiteral("erasedBy"), t.erasedBy } };
}

QString retentionLine(const RetentionStatus &s)
{
    QString line = CliContext::tr("%1  closed %2, %3, kept %n year(s): until %4", nullptr, s.years)
                       .arg(s.number, DateText::date(s.closedOn), Retention::regimeLabel(s.regime), DateText::date(s.endsOn));
    if (s.held)
        line += CliContext::tr("  [legal hold: kept]");
    return line;
}

int runRetentionList(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto due = Retention(vault.value()->database(), SystemClock::instance()).due();
    if (!due)
        return ctx.fail(due.error());
    if (ctx.json) {
        QJsonArray out;
        for (const RetentionStatus &s : due.value())
            out.append(retentionJson(s));
        ctx.printJson(out);
        return ExitOk;
    }
    if (due->isEmpty())
        ctx.print(CliContext::tr("No closed case is past its retention period."));
    for (const RetentionStatus &s : due.value())
        ctx.print(retentionLine(s));
    return ExitOk;
}

int runRetentionPurge(CliContext &ctx, Args &args)
{
    const bool yes = args.takeFlag(QStringLiteral("yes"));
    const auto reasonArg = args.take(QStringLiteral("reason"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    const QString reason = reasonArg ? *reasonArg : CliContext::tr("Retention period ended");
    if (auto st = CaseEraser::checkReason(reason); !st)
        return ctx.fail(st.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    auto due = Retention(db, SystemClock::instance()).due();
    if (!due)
        return ctx.fail(due.error());
    QStringList erasable;
    QJsonArray held;
    for (const RetentionStatus &s : due.value()) {
        if (s.held)
            held.append(s.number);
        else
            erasable.append(s.caseId);
    }
    if (!yes) {
        // The preview: nothing is erased without --yes.
        if (ctx.json) {
            QJsonArray cases;
            for (const RetentionStatus &s : due.value())
                if (!s.held)
                    cases.append(retentionJson(s));
            ctx.printJson(QJsonObject {
                { QStringLiteral("wouldErase"), cases }, { QStringLiteral("held"), held }, { QStringLiteral("erased"), false } });
            return ExitOk;
        }
        if (due->isEmpty()) {
            ctx.print(CliContext::tr("No closed case is past its retention period."));
            return ExitOk;
        }
        ctx.print(CliContext::tr("These cases would be erased, with everything they hold:"));
        for (const RetentionStatus &s : due.value())
            ctx.print(QStringLiteral("  ") + retentionLine(s));
        if (!erasable.isEmpty())
            ctx.print(CliContext::tr(
                "Nothing was erased. Run again with --yes to erase %n case(s).", nullptr, static_cast<int>(erasable.size())));
        return ExitOk;
    }
    CaseEraser eraser(db, SystemClock::instance());
    auto erased = eraser.eraseAll(erasable, reason);
    if (!erased)
        return ctx.fail(erased.error());
    if (ctx.json) {
        QJsonArray out;
        for (const Tombstone &t : erased.value())
            out.append(tombstoneJson(t));
        ctx.printJson(QJsonObject { { QStringLiteral("erased"), out }, { QStringLiteral("held"), held } });
        return ExitOk;
    }
    for (const Tombstone &t : erased.value())
        ctx.print(CliContext::tr("Erased %1.").arg(t.number));
    if (!held.isEmpty())
        ctx.print(CliContext::tr("Kept under a legal hold: %n case(s).", nullptr, static_cast<int>(held.size())));
    if (erased->isEmpty())
        ctx.print(CliContext::tr("No case was erased."));
    return ExitOk;
}

int runLegalHoldSet(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    const auto caseArg = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseArg || !reason)
        return ctx.usage(CliContext::tr("Usage: legal-hold set CASE --reason TEXT."));
    if (auto st = LegalHolds::checkReason(*reason); !st)
        return ctx.fail(st.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    if (auto st = LegalHolds(vault.value()->database()).set(*caseArg, *reason); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("case"), *caseArg }, { QStringLiteral("legalHold"), true } });
    else
        ctx.print(CliContext::tr("Legal hold set: the case cannot be erased until it is lifted."));
    return ExitOk;
}

int runLegalHoldLift(CliContext &ctx, Args &args)
{
    const auto caseArg = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseArg)
        return ctx.usage(CliContext::tr("Usage: legal-hold lift CASE."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    if (auto st = LegalHolds(vault.value()->database()).lift(*caseArg); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("case"), *caseArg }, { QStringLiteral("legalHold"), false } });
    else
        ctx.print(CliContext::tr("Legal hold lifted."));
    return ExitOk;
}

int runCaseErase(CliContext &ctx, Args &args)
{
    const auto reason = args.take(QStringLiteral("reason"));
    const auto caseArg = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseArg || !reason)
        return ctx.usage(CliContext::tr("Usage: case erase CASE --reason TEXT."));
    if (auto st = CaseEraser::checkReason(*reason); !st)
        return ctx.fail(st.error());
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    CaseEraser eraser(vault.value()->database(), SystemClock::instance());
    auto tomb = eraser.erase(*caseArg, *reason);
    if (!tomb)
        return ctx.fail(tomb.error());
    if (ctx.json)
        ctx.printJson(tombstoneJson(tomb.value()));
    else
        ctx.print(CliContext::tr("Case %1 was erased. Only its number, the date, the reason and who erased it remain.")
                      .arg(tomb->number));
    return ExitOk;
}

int runAuditList(CliContext &ctx, Args &args)
{
    const auto since = args.take(QStringLiteral("since"));
    const auto until = args.take(QStringLiteral("until"));
    const auto kind = args.take(QStringLiteral("kind"));
    const auto limit = args.take(QStringLiteral("limit"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    AuditQuery query;
    const auto parseDate = [](const std::optional<QString> &value, QDate &target) {
        if (value)
            target = QDate::fromString(*value, Qt::ISODate);
        return !value || target.isValid();
    };
    if (!parseDate(since, query.since))
        return ctx.usage(CliContext::tr("%1 takes a date as YYYY-MM-DD.").arg(QStringLiteral("--since")));
    if (!parseDate(until, query.until))
        return ctx.usage(CliContext::tr("%1 takes a date as YYYY-MM-DD.").arg(QStringLiteral("--until")));
    if (kind) {
        const auto k = AuditActions::kindFromCode(*kind);
        if (!k) {
            QStringList codes;
            for (AuditKind each : AuditActions::kinds())
                codes.append(AuditActions::kindCode(each));
            return ctx.usage(CliContext::tr("--kind takes one of: %1.").arg(codes.join(QStringLiteral(", "))));
        }
        query.kind = *k;
    }
    if (limit) {
        bool ok = false;
        query.limit = limit->toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000000)
            return ctx.usage(CliContext::tr("--limit takes a whole number from 1 to 1000000."));
    }
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto entries = AuditLog(vault.value()->database()).list(query);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json) {
        QJsonArray out;
        for (const AuditEntry &e : entries.value())
            out.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
                { QStringLiteral("actor"), e.actor }, { QStringLiteral("action"), e.action },
                { QStringLiteral("kind"), AuditActions::kindCode(AuditActions::kindOf(e.action)) },
                { QStringLiteral("description"), AuditActions::describe(e.action) }, { QStringLiteral("subject"), e.subject },
                { QStringLiteral("case"), e.caseNumber.isEmpty() ? QJsonValue() : QJsonValue(e.caseNumber) } });
        ctx.printJson(out);
        return ExitOk;
    }
    if (entries->isEmpty())
        ctx.print(CliContext::tr("No audit entries match."));
    for (const AuditEntry &e : entries.value()) {
        QString line
            = QStringLiteral("%1  %2  %3")
                  .arg(DateText::dateTime(e.at), InputLimits::printable(e.actor, false), AuditActions::describe(e.action));
        if (!e.caseNumber.isEmpty())
            line += QStringLiteral("  ") + e.caseNumber;
        ctx.print(line);
    }
    return ExitOk;
}

int runAuditVerify(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    if (auto st = AuditLog(vault.value()->database()).verify(); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("intact"), true } });
    else
        ctx.print(CliContext::tr("The audit log is intact: every entry follows from the one before it."));
    return ExitOk;
}

} // namespace

void addPrivacyCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("retention list"), QString(),
        QT_TRANSLATE_NOOP("cli", "closed cases past their retention period"), &runRetentionList });
    table.push_back({ QStringLiteral("retention purge"), QStringLiteral("[--yes] [--reason TEXT]"),
        QT_TRANSLATE_NOOP("cli", "preview, then with --yes erase the cases past retention"), &runRetentionPurge });
    table.push_back({ QStringLiteral("legal-hold set"), QStringLiteral("CASE --reason TEXT"),
        QT_TRANSLATE_NOOP("cli", "keep a case from erasure, with the reason"), &runLegalHoldSet });
    table.push_back({ QStringLiteral("legal-hold lift"), QStringLiteral("CASE"),
        QT_TRANSLATE_NOOP("cli", "lift a case's legal hold"), &runLegalHoldLift });
    table.push_back({ QStringLiteral("case erase"), QStringLiteral("CASE --reason TEXT"),
        QT_TRANSLATE_NOOP("cli", "erase a case everywhere; a tombstone remains"), &runCaseErase });
    table.push_back({ QStringLiteral("audit list"), QStringLiteral("[--since DATE] [--until DATE] [--kind KIND] [--limit N]"),
        QT_TRANSLATE_NOOP("cli", "the audit log in plain words, newest first"), &runAuditList });
    table.push_back({ QStringLiteral("audit verify"), QString(), QT_TRANSLATE_NOOP("cli", "check the audit log's hash chain"),
        &runAuditVerify });
}

} // namespace vangnet::cli
