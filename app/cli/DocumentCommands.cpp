#include "AccessReportDocument.h"
#include "CaseSummaryDocument.h"
#include "CliContext.h"
#include "CommandTable.h"
#include "ConsentFormDocument.h"
#include "ConsentOptions.h"
#include "DocumentLanguage.h"
#include "ExitCode.h"
#include "PdfDocument.h"
#include "PlacementRequestDocument.h"
#include "exchange/ContactRepository.h"
#include "platform/AtomicFile.h"
#include "privacy/AccessReport.h"
#include "privacy/ConsentFormContent.h"
#include "privacy/DocumentDisclosure.h"
#include "privacy/HandoverSummary.h"
#include "privacy/PlacementRequestContent.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>

// The document commands of vangnet-cli (docs/CLI.md): access-report, consent form, case summary and
// placement request-letter. Each collects its data in core (core/privacy), lays it out in
// vangnet_documents and writes a PDF owner-only and atomically (PdfDocument).
namespace vangnet::cli {
namespace {

// The language asked for with the global --lang (main() has installed it when it is nl or en); an
// organisation's own form language (FormTemplates) is passed on to DocumentLanguage here.
QString requestedLanguage()
{
    const QStringList all = QCoreApplication::arguments();
    const qsizetype i = all.indexOf(QStringLiteral("--lang"));
    if (i >= 0 && i + 1 < all.size() && DocumentLanguage::available().contains(all.at(i + 1)))
        return all.at(i + 1);
    return DocumentLanguage::current();
}

void warnPlaintext(CliContext &ctx, const QString &path)
{
    ctx.warn(CliContext::tr("%1 is NOT encrypted: anyone who gets hold of the file can read it. Only your user account can "
                            "open it on this computer; delete it when it is no longer needed.")
                 .arg(path));
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Writes the document and says so; the PDF's SHA-256 goes into the --json answer.
int writePdf(CliContext &ctx, QTextDocument &document, const QString &title, const QString &path, QJsonObject json)
{
    const QByteArray bytes = PdfDocument::render(document, title);
    if (!bytes.startsWith("%PDF-"))
        return ctx.fail(Error(ErrorCode::Runtime, CliContext::tr("The document could not be laid out as a PDF.")));
    warnPlaintext(ctx, path);
    if (auto st = AtomicFile::writeAll(path, bytes); !st)
        return ctx.fail(st.error());
    if (ctx.json) {
        json.insert(QStringLiteral("file"), path);
        json.insert(QStringLiteral("sha256"), sha256Of(bytes));
        ctx.printJson(json);
    } else {
        ctx.print(CliContext::tr("Wrote %1.").arg(path));
    }
    return ExitOk;
}

int runAccessReport(CliContext &ctx, Args &args)
{
    const auto caseKey = args.takePositional();
    const auto out = args.take(QStringLiteral("out"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseKey)
        return ctx.usage(CliContext::tr("Name the case: access-report CASE_ID --out FILE (or --json for the data)."));
    if (!out && !ctx.json)
        return ctx.usage(CliContext::tr("access-report needs --out FILE for the PDF, or --json for the data."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    const DocumentLanguage language(requestedLanguage());
    auto report = AccessReport::collect(db, *caseKey);
    if (!report)
        return ctx.fail(report.error());
    if (!out) {
        if (auto st = AccessReport::recordMade(db, report->caseId); !st)
            return ctx.fail(st.error());
        ctx.printJson(report->toJson());
        return ExitOk;
    }
    const auto document = AccessReportDocument::build(report.value());
    const int rc = writePdf(ctx, *document, AccessReportDocument::neutralTitle(), *out,
        QJsonObject {
            { QStringLiteral("case"), report->caseId }, { QStringLiteral("disclosures"), int(report->disclosures.size()) } });
    if (rc != ExitOk)
        return rc;
    if (auto st = AccessReport::recordMade(db, report->caseId); !st)
        return ctx.fail(st.error());
    return ExitOk;
}

int runConsentForm(CliContext &ctx, Args &args)
{
    auto options = ConsentOptions::take(args);
    if (!options)
        return ctx.fail(options.error());
    const auto out = args.take(QStringLiteral("out"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!options->caseKey)
        return ctx.usage(CliContext::tr(
            "Name the case: consent form CASE_ID --recipient CONTACT --purpose PURPOSE --scopes SCOPES --out FILE."));
    if (!options->recipient)
        return ctx.usage(CliContext::tr("Name the recipient with --recipient CONTACT (a contact's id or name)."));
    if (!out)
        return ctx.usage(CliContext::tr("consent form needs --out FILE."));

    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    auto contact = ContactRepository(db).findByIdOrName(*options->recipient);
    if (!contact)
        return ctx.fail(contact.error());
    const Consent consent = options->toConsent(contact->id);

    const QString code = requestedLanguage();
    const DocumentLanguage language(code);
    auto form = ConsentFormContent::collect(db, consent);
    if (!form)
        return ctx.fail(form.error());
    auto document = ConsentFormDocument::build(form.value(), code);
    if (!document)
        return ctx.fail(document.error());
    const int rc = writePdf(
        ctx, *document.value(), ConsentFormDocument::neutralTitle(), *out, QJsonObject { { QStringLiteral("language"), code } });
    if (rc == ExitOk && !ctx.json)
        ctx.print(CliContext::tr("Once the form is signed, record the consent with consent add ... --paper-form %1.").arg(*out));
    return rc;
}

int runCaseSummary(CliContext &ctx, Args &args)
{
    const auto caseKey = args.takePositional();
    const auto out = args.take(QStringLiteral("out"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!caseKey)
        return ctx.usage(CliContext::tr("Name the case: case summary CASE_ID --out FILE."));
    if (!out)
        return ctx.usage(CliContext::tr("case summary needs --out FILE."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    const DocumentLanguage language(requestedLanguage());
    auto summary = HandoverSummary::collect(db, *caseKey);
    if (!summary)
        return ctx.fail(summary.error());
    const auto document = CaseSummaryDocument::build(summary.value());
    const int rc = writePdf(
        ctx, *document, CaseSummaryDocument::neutralTitle(), *out, QJsonObject { { QStringLiteral("case"), summary->caseId } });
    if (rc != ExitOk)
        return rc;
    if (auto st = HandoverSummary::recordMade(db, summary->caseId); !st)
        return ctx.fail(st.error());
    return ExitOk;
}

int runPlacementLetter(CliContext &ctx, Args &args)
{
    const auto placementId = args.takePositional();
    const auto recipient = args.take(QStringLiteral("recipient"));
    const auto out = args.take(QStringLiteral("out"));
    const bool perpetrators = args.takeFlag(QStringLiteral("with-perpetrators"));
    if (int rc = ctx.rejectLeftovers(args))
        return rc;
    if (!placementId)
        return ctx.usage(CliContext::tr(
            "Name the placement: placement request-letter PLACEMENT_ID --recipient CONTACT --out FILE [--with-perpetrators]."));
    if (!recipient)
        return ctx.usage(CliContext::tr("Name who receives the request with --recipient CONTACT (a contact's id or name)."));
    if (!out)
        return ctx.usage(CliContext::tr("placement request-letter needs --out FILE."));
    auto vault = ctx.openVault();
    if (!vault)
        return ctx.fail(vault.error());
    Database &db = vault.value()->database();
    const DocumentLanguage language(requestedLanguage());
    auto request = PlacementRequestContent::collect(db, *placementId, *recipient, perpetrators);
    if (!request)
        return ctx.fail(request.error());
    for (const QString &note : request->heldBack)
        ctx.warn(note);
    const auto document = PlacementRequestDocument::build(request.value());
    const QString documentId = DocumentDisclosure::newDocumentId();
    const int rc = writePdf(ctx, *document, PlacementRequestDocument::neutralTitle(), *out,
        QJsonObject { { QStringLiteral("case"), request->caseId }, { QStringLiteral("document"), documentId },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(request->scopes) } });
    if (rc != ExitOk)
        return rc;
    // The request has left once the file exists: without its row in the disclosure register it may not stay.
    if (auto st = request->recordDisclosure(db, documentId); !st) {
        QFile::remove(*out);
        return ctx.fail(st.error());
    }
    return ExitOk;
}

} // namespace

void addDocumentCommands(std::vector<Command> &table)
{
    table.push_back({ QStringLiteral("access-report"), QStringLiteral("CASE_ID --out FILE [--lang nl|en]"),
        QT_TRANSLATE_NOOP(
            "cli", "a PDF of everything held about the person, its sources and recipients (right of access; --json: the data)"),
        &runAccessReport, true });
    table.push_back({ QStringLiteral("consent form"),
        QStringLiteral("CASE_ID --recipient CONTACT --purpose P --scopes A,B --out FILE [--purpose-text TEXT] [--signer S] "
                       "[--language LL] [--interpreter] [--valid-from DATE] [--expires DATE] [--lang nl|en]"),
        QT_TRANSLATE_NOOP("cli", "a printable consent form to sign: who receives what, why, how long, how to withdraw"),
        &runConsentForm, true });
    table.push_back({ QStringLiteral("case summary"), QStringLiteral("CASE_ID --out FILE [--lang nl|en]"),
        QT_TRANSLATE_NOOP("cli", "a PDF summary of a case for a handover within the team"), &runCaseSummary, true });
    table.push_back({ QStringLiteral("placement request-letter"),
        QStringLiteral("PLACEMENT_ID --recipient CONTACT --out FILE [--with-perpetrators] [--lang nl|en]"),
        QT_TRANSLATE_NOOP("cli", "a PDF placement request for a shelter, within the consent; recorded as a disclosure"),
        &runPlacementLetter, true });
}

} // namespace vangnet::cli
