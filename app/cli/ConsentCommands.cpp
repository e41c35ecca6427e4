#include "CliContext.h"
#include "CommandTable.h"
#include "ConsentOptions.h"
#include "ExitCode.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentRegister.h"
#include "consent/DisclosureRegister.h"
#include "consent/ScopedFieldsText.h"
#include "exchange/ContactRepository.h"
#include "exchange/Manifest.h"
#include "i18n/DateText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue dateTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// --name DATE as an ISO day; an empty optional when the option is absent.

QString contactName(Database &db, const QString &contactId)
{
    auto c = ContactRepository(db).find(contactId);
    return c ? c->name : QString();
}

int runConsentAdd(CliContext &ctx, Args &args)
{
    auto options = ConsentOptions::take(args);
    if (!options)
        return ctx.fail(options.error());
    const auto method = args.take(QStringLiteral("method"));
    const auto told = args.take(QStringLiteral("told"));
    const auto scan = args.take(QStringLiteral("scan"));
    const auto paperForm = args.take(QStringLiteral("paper-form"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!options->caseKey)
        return ctx.usage(CliContext::tr(
            "Name the case: consent add CASE_ID --recipient CONTACT --purpose PURPOSE --scopes SCOPES --method METHOD."));
    if (!options->recipient)
        return ctx.usage(CliContext::tr("Name the recipient with --recipient CONTACT (a contact's id or name)."));

    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    auto contact = ContactRepository(db).findByIdOrName(*options->recipient);
    if (!contact)
        return ctx.fail(contact.error());

    Consent c = options->toConsent(contact->id);
    if (paperForm) {
        // The form as printed (consent form --out FILE): its fingerprint proves which text was signed.
        auto form = ctx.readInputFile(*paperForm);
        if (!form)
            return ctx.fail(form.error());
        if (form->isEmpty())
            return ctx.fail(Error(ErrorCode::InvalidInput, CliContext::tr("The paper form %1 is empty.").arg(*paperForm)));
        c.paperFormSha256 = QString::fromLatin1(QCryptographicHash::hash(form.value(), QCryptographicHash::Sha256).toHex());
    }
    c.method = method.value_or(QString());
    c.told = told.value_or(QString());
    c.scanAttachmentId = scan.value_or(QString());
    auto added = ConsentRegister(db).add(c);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("id"), added->id } });
    } else {
        ctx.print(CliContext::tr("Recorded consent %1: %2 for \"%3\" (%4), valid from %5 until %6 (exclusive).")
                      .arg(added->id, contact->name, ConsentPurposes::label(added->purpose),
                          ScopedFieldsText::scopeNames(added->scopes), DateText::date(added->validFrom),
                          DateText::date(added->expires)));
    }
    return ExitOk;
}

int runConsentWithdraw(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    const auto note = args.take(QStringLiteral("note"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("Name the consent: consent withdraw ID [--note TEXT]."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto done = ConsentRegister(vault.value()->database()).withdraw(*id, note.value_or(QString()));
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json) {
        QJsonArray inform;
        for (const DisclosureRecipient &r : done->informRecipients)
            inform.append(QJsonObject { { QStringLiteral("contactId"), r.contactId }, { QStringLiteral("name"), r.name },
                { QStringLiteral("disclosedAt"), dateTimeOrNull(r.disclosedAt) }, { QStringLiteral("bundleId"), r.bundleId } });
        ctx.printJson(QJsonObject { { QStringLiteral("id"), done->consent.id },
            { QStringLiteral("withdrawnAt"), dateTimeOrNull(done->consent.withdrawnAt) },
            { QStringLiteral("informRecipients"), inform } });
        return ExitOk;
    }
    ctx.print(CliContext::tr("Consent %1 is withdrawn: no further export relies on it.").arg(done->consent.id));
    if (done->informRecipients.isEmpty()) {
        ctx.print(CliContext::tr("No data was disclosed under this consent; nobody needs to be informed."));
    } else {
        ctx.print(CliContext::tr("Withdrawal cannot undo an earlier lawful export. Inform these recipients:"));
        for (const DisclosureRecipient &r : done->informRecipients)
            ctx.print(CliContext::tr("  %1 (%2): received bundle %3 on %4")
                          .arg(r.name, r.contactId, r.bundleId, DateText::dateTime(r.disclosedAt)));
    }
    return ExitOk;
}

Result<QString> resolveCase(Database &db, const QString &key)
{
    return CaseRepository(db).resolve(key);
}

int runConsentList(CliContext &ctx, Args &args)
{
    const auto caseKey = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseKey)
        return ctx.usage(CliContext::tr("Name the case: consent list CASE_ID."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    auto caseId = resolveCase(db, *caseKey);
    if (!caseId)
        return ctx.fail(caseId.error());
    auto consents = ConsentRegister(db).forCase(caseId.value());
    if (!consents)
        return ctx.fail(consents.error());
    const QDate today = QDate::currentDate();
    QJsonArray rows;
    for (const Consent &c : consents.value()) {
        const QString name = contactName(db, c.recipientId);
        const QString status = ConsentPolicy::statusCode(c, today);
        if (ctx.json) {
            rows.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("recipient"), c.recipientId },
                { QStringLiteral("recipientName"), name }, { QStringLiteral("purpose"), c.purpose },
                { QStringLiteral("purposeText"), textOrNull(c.purposeText) },
                { QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes) }, { QStringLiteral("signer"), c.signer },
                { QStringLiteral("method"), c.method }, { QStringLiteral("language"), c.language },
                { QStringLiteral("interpreter"), c.interpreterUsed },
                { QStringLiteral("validFrom"), c.validFrom.toString(Qt::ISODate) },
                { QStringLiteral("expires"), c.expires.toString(Qt::ISODate) },
                { QStringLiteral("withdrawnAt"), dateTimeOrNull(c.withdrawnAt) },
                { QStringLiteral("scanAttachmentId"), textOrNull(c.scanAttachmentId) },
                { QStringLiteral("paperFormSha256"), textOrNull(c.paperFormSha256) }, { QStringLiteral("status"), status } });
        } else {
            ctx.print(
                QStringLiteral("%1  %2  %3  %4  %5  %6..%7")
                    .arg(c.id, ConsentPolicy::statusLabel(status).leftJustified(13), ConsentPurposes::label(c.purpose), name,
                        ScopedFieldsText::scopeNames(c.scopes), DateText::date(c.validFrom), DateText::date(c.expires)));
        }
    }
    if (ctx.json)
        ctx.printJson(rows);
    else if (consents->isEmpty())
        ctx.print(CliContext::tr("No consent is recorded for this case: nothing may leave."));
    return ExitOk;
}

int runConsentOverview(CliContext &ctx, Args &args)
{
    const auto caseKey = args.takePositional();
    auto day = dateOption(args, QStringLiteral("date"));
    if (!day)
        return ctx.fail(day.error());
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseKey)
        return ctx.usage(CliContext::tr("Name the case: consent overview CASE_ID [--date DATE]."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    const QDate today = day->isValid() ? day.value() : QDate::currentDate();
    auto lines = ConsentPolicy(vault.value()->database()).overview(*caseKey, today);
    if (!lines)
        return ctx.fail(lines.error());
    QJsonArray rows;
    for (const RecipientOverview &o : lines.value()) {
        if (ctx.json) {
            rows.append(
                QJsonObject { { QStringLiteral("recipient"), o.contactId }, { QStringLiteral("recipientName"), o.contactName },
                    { QStringLiteral("recipientVerified"), o.contactVerified }, { QStringLiteral("purpose"), o.purpose },
                    { QStringLiteral("allowed"), o.decision.allowed }, { QStringLiteral("status"), o.decision.status },
                    { QStringLiteral("consentId"), textOrNull(o.decision.consentId) },
                    { QStringLiteral("scopes"), QJsonArray::fromStringList(o.decision.scopes) },
                    { QStringLiteral("fields"), QJsonArray::fromStringList(o.decision.keys) },
                    { QStringLiteral("reason"), textOrNull(o.decision.reason) } });
        } else if (o.decision.allowed) {
            ctx.print(
                CliContext::tr("%1, %2: may receive %3")
                    .arg(o.contactName, ConsentPurposes::label(o.purpose), ScopedFieldsText::scopeNames(o.decision.scopes)));
        } else {
            ctx.print(
                CliContext::tr("%1, %2: nothing (%3)").arg(o.contactName, ConsentPurposes::label(o.purpose), o.decision.reason));
        }
    }
    if (ctx.json)
        ctx.printJson(rows);
    else if (lines->isEmpty())
        ctx.print(CliContext::tr("No consent is recorded for this case: nothing may leave."));
    return ExitOk;
}

int runDisclosures(CliContext &ctx, Args &args)
{
    const auto caseKey = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseKey)
        return ctx.usage(CliContext::tr("Name the case: disclosures CASE_ID."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    auto caseId = resolveCase(db, *caseKey);
    if (!caseId)
        return ctx.fail(caseId.error());
    auto rows = DisclosureRegister(db).forCase(caseId.value());
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray out;
    for (const Disclosure &d : rows.value()) {
        const QString name = contactName(db, d.recipientId);
        if (ctx.json)
            out.append(QJsonObject { { QStringLiteral("at"), dateTimeOrNull(d.at) },
                { QStringLiteral("recipient"), d.recipientId }, { QStringLiteral("recipientName"), name },
                { QStringLiteral("purpose"), d.purpose }, { QStringLiteral("scopes"), QJsonArray::fromStringList(d.scopes) },
                { QStringLiteral("bundleId"), d.bundleId }, { QStringLiteral("consentId"), d.consentId } });
        else
            ctx.print(QStringLiteral("%1  %2  %3  %4  %5")
                          .arg(DateText::dateTime(d.at), name, ConsentPurposes::label(d.purpose),
                              ScopedFieldsText::scopeNames(d.scopes), d.bundleId));
    }
    if (ctx.json)
        ctx.printJson(out);
    else if (rows->isEmpty())
        ctx.print(CliContext::tr("Nothing of this case was disclosed."));
    return ExitOk;
}

int runContactList(CliContext &ctx, Args &args)
{
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    auto contacts = ContactRepository(vault.value()->database()).list();
    if (!contacts)
        return ctx.fail(contacts.error());
    QJsonArray out;
    for (const Contact &c : contacts.value()) {
        if (ctx.json)
            out.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
                { QStringLiteral("organisation"), c.organisation }, { QStringLiteral("kind"), c.kind },
                { QStringLiteral("fingerprint"), c.fingerprint }, { QStringLiteral("verified"), c.verified },
                { QStringLiteral("addedAt"), dateTimeOrNull(c.addedAt) } });
        else
            ctx.print(QStringLiteral("%1  %2  %3  %4  %5")
                          .arg(c.id, c.kind.leftJustified(8),
                              (c.verified ? CliContext::tr("verified") : CliContext::tr("NOT verified")).leftJustified(12),
                              c.name, c.fingerprint));
    }
    if (ctx.json)
        ctx.printJson(out);
    else if (contacts->isEmpty())
        ctx.print(CliContext::tr("No contacts yet."));
    return ExitOk;
}

int runContactVerify(CliContext &ctx, Args &args)
{
    const auto id = args.takePositional();
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!id)
        return ctx.usage(CliContext::tr("Name the contact: contact verify ID."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    ContactRepository contacts(vault.value()->database());
    auto contact = contacts.findByIdOrName(*id);
    if (!contact)
        return ctx.fail(contact.error());
    if (auto st = contacts.verify(contact->id); !st)
        return ctx.fail(st.error());
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("id"), contact->id }, { QStringLiteral("verified"), true } });
    else
        ctx.print(
            CliContext::tr("%1 is marked as verified. This is only right if you compared the fingerprint %2 with them by phone.")
                .arg(contact->name, contact->fingerprint));
    return ExitOk;
}

} // namespace

void addConsentCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("consent add"),
        QStringLiteral(
            "CASE_ID --recipient CONTACT --purpose P --scopes A,B --method M [--signer S] [--language LL] "
            "[--interpreter] [--told TEXT] [--purpose-text TEXT] [--valid-from DATE] [--expires DATE] [--scan ATTACHMENT_ID] "
            "[--paper-form FILE]"),
        QT_TRANSLATE_NOOP("cli", "record a victim's consent for one recipient, one purpose and named scopes"), &runConsentAdd });
    table.push_back({ QStringLiteral("consent withdraw"), QStringLiteral("ID [--note TEXT]"),
        QT_TRANSLATE_NOOP("cli", "withdraw a consent and list the recipients to inform"), &runConsentWithdraw });
    table.push_back({ QStringLiteral("consent list"), QStringLiteral("CASE_ID"),
        QT_TRANSLATE_NOOP("cli", "a case's consents with their status today"), &runConsentList });
    table.push_back({ QStringLiteral("consent overview"), QStringLiteral("CASE_ID [--date DATE]"),
        QT_TRANSLATE_NOOP("cli", "what may be shared now with whom, and why"), &runConsentOverview });
    table.push_back({ QStringLiteral("disclosures"), QStringLiteral("CASE_ID"),
        QT_TRANSLATE_NOOP("cli", "the disclosure register of a case: what went to whom, when and why"), &runDisclosures });
    table.push_back({ QStringLiteral("contact list"), QString(),
        QT_TRANSLATE_NOOP("cli", "the contacts with their fingerprints and whether they are verified"), &runContactList });
    table.push_back({ QStringLiteral("contact verify"), QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("cli", "mark a contact as verified after comparing the fingerprint by phone"), &runContactVerify });
}

} // namespace vangnet::cli
