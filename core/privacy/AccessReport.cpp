#include "privacy/AccessReport.h"

#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentRegister.h"
#include "consent/DisclosureRegister.h"
#include "consent/ScopedFieldsText.h"
#include "exchange/ContactRepository.h"
#include "i18n/DateText.h"
#include "privacy/DocumentDisclosure.h"
#include "privacy/Retention.h"
#include "safety/SystemClock.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QJsonArray>

namespace vangnet {
namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// The bundles the case came from: the importer writes `case.imported` (detail: the bundle id) and
// `case.merged` (detail: "bundle=ID conflicts=N") with the case as subject; imported_bundles says
// who sent each bundle, when, and for what.
Result<QVector<AccessReportSource>> sourcesOf(Database &db, const QString &caseId)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT action, detail, at FROM audit_log WHERE subject = ? AND action IN ('case.imported', 'case.merged') ORDER BY id"));
    if (!q)
        return q.error();
    q->bind(1, caseId);
    QVector<AccessReportSource> out;
    QStringList seen;
    while (true) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        AccessReportSource s;
        s.created = q->text(0) == QLatin1String("case.imported");
        const QString detail = q->text(1);
        s.bundleId = s.created ? detail : detail.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 1);
        s.at = QDateTime::fromString(q->text(2), Qt::ISODateWithMs);
        if (s.bundleId.isEmpty() || seen.contains(s.bundleId))
            continue;
        seen.append(s.bundleId);
        out.append(s);
    }
    auto bundle = db.prepare(QStringLiteral("SELECT at, sender_contact_id, purpose FROM imported_bundles WHERE bundle_id = ?"));
    if (!bundle)
        return bundle.error();
    ContactRepository contacts(db);
    for (AccessReportSource &s : out) {
        bundle->reset();
        bundle->bind(1, s.bundleId);
        auto row = bundle->step();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        const QDateTime at = QDateTime::fromString(bundle->text(0), Qt::ISODateWithMs);
        if (at.isValid())
            s.at = at;
        if (auto sender = contacts.find(bundle->text(1)))
            s.senderName = sender->name;
        s.purposeLabel = ConsentPurposes::label(bundle->text(2));
    }
    return out;
}

} // namespace

QString AccessReport::retentionText() const
{
    if (retentionUntil && retentionUntil->isValid())
        return tr("The data of this case is kept until %1 and then erased.").arg(DateText::date(*retentionUntil));
    return tr("No retention date is set while the case is open.");
}

Result<AccessReport> AccessReport::collect(Database &db, const QString &caseIdOrNumber, const QDate &today)
{
    auto loaded = CaseRepository(db).load(caseIdOrNumber);
    if (!loaded)
        return loaded.error();
    const Case &c = loaded.value();
    AccessReport report;
    report.caseId = c.id;
    report.caseNumber = c.number;
    report.madeOn = today;
    report.fields = CaseInWords::fields(c, today);
    report.notes = CaseInWords::notes(c);
    auto attachments = CaseInWords::attachmentNames(db, c.id);
    if (!attachments)
        return attachments.error();
    report.attachments = attachments.value();

    auto sources = sourcesOf(db, c.id);
    if (!sources)
        return sources.error();
    report.sources = sources.value();

    // The retention end of a closed case (none while it is open).
    auto retention = Retention(db, SystemClock::instance()).forCase(c.id);
    if (!retention)
        return retention.error();
    if (retention.value())
        report.retentionUntil = retention.value()->endsOn;

    ContactRepository contacts(db);
    QHash<QString, Contact> contactCache;
    auto contact = [&](const QString &id) {
        if (!contactCache.contains(id)) {
            auto found = contacts.find(id);
            contactCache.insert(id, found ? found.value() : Contact());
        }
        return contactCache.value(id);
    };

    auto consents = ConsentRegister(db).forCase(c.id);
    if (!consents)
        return consents.error();
    QHash<QString, Consent> consentById;
    for (const Consent &k : consents.value()) {
        consentById.insert(k.id, k);
        AccessReportConsent line;
        line.id = k.id;
        line.recipientName = contact(k.recipientId).name;
        line.purposeLabel = ConsentPurposes::label(k.purpose);
        line.scopeNames = ScopedFieldsText::scopeNames(k.scopes);
        line.validFrom = k.validFrom;
        line.expires = k.expires;
        line.withdrawnAt = k.withdrawnAt;
        line.statusLabel = ConsentPolicy::statusLabel(ConsentPolicy::statusCode(k, today));
        line.signerLabel = ConsentRegister::signerLabel(k.signer);
        line.methodLabel = ConsentRegister::methodLabel(k.method);
        line.paperFormKept = !k.paperFormSha256.isEmpty();
        report.consents.append(line);
    }

    auto disclosures = DisclosureRegister(db).forCase(c.id);
    if (!disclosures)
        return disclosures.error();
    for (const Disclosure &d : disclosures.value()) {
        AccessReportDisclosure line;
        line.at = d.at;
        const Contact recipient = contact(d.recipientId);
        line.recipientName = recipient.name;
        line.recipientOrganisation = recipient.organisation;
        line.purpose = d.purpose;
        line.purposeLabel = ConsentPurposes::label(d.purpose);
        line.scopes = d.scopes;
        line.scopeNames = ScopedFieldsText::scopeNames(d.scopes);
        line.consentId = d.consentId;
        if (consentById.contains(d.consentId)) {
            const Consent &k = consentById[d.consentId];
            line.consentText
                = tr("consent of %1, signed by: %2").arg(DateText::date(k.validFrom), ConsentRegister::signerLabel(k.signer));
        }
        line.bundleId = d.bundleId;
        line.onPaper = DocumentDisclosure::isDocumentId(d.bundleId);
        report.disclosures.append(line);
    }
    return report;
}

Status AccessReport::recordMade(Database &db, const QString &caseId)
{
    return AuditLog(db).append(QStringLiteral("privacy.access_report"), caseId);
}

QJsonObject AccessReport::toJson() const
{
    QJsonArray notesJson;
    for (const LabelledValue &n : notes)
        notesJson.append(QJsonObject { { QStringLiteral("written"), n.label }, { QStringLiteral("text"), n.value } });
    QJsonArray sourcesJson;
    for (const AccessReportSource &s : sources)
        sourcesJson.append(QJsonObject { { QStringLiteral("at"), dateTimeOrNull(s.at) },
            { QStringLiteral("senderName"), s.senderName }, { QStringLiteral("purpose"), s.purposeLabel },
            { QStringLiteral("bundleId"), s.bundleId }, { QStringLiteral("createdCase"), s.created } });
    QJsonArray disclosuresJson;
    for (const AccessReportDisclosure &d : disclosures)
        disclosuresJson.append(QJsonObject { { QStringLiteral("at"), dateTimeOrNull(d.at) },
            { QStringLiteral("recipientName"), d.recipientName },
            { QStringLiteral("recipientOrganisation"), d.recipientOrganisation }, { QStringLiteral("purpose"), d.purpose },
            { QStringLiteral("purposeLabel"), d.purposeLabel },
            { QStringLiteral("scopes"), QJsonArray::fromStringList(d.scopes) }, { QStringLiteral("scopeNames"), d.scopeNames },
            { QStringLiteral("consentId"), d.consentId }, { QStringLiteral("consent"), d.consentText },
            { QStringLiteral("bundleId"), d.bundleId }, { QStringLiteral("onPaper"), d.onPaper } });
    QJsonArray consentsJson;
    for (const AccessReportConsent &k : consents)
        consentsJson.append(QJsonObject { { QStringLiteral("id"), k.id }, { QStringLiteral("recipientName"), k.recipientName },
            { QStringLiteral("purpose"), k.purposeLabel }, { QStringLiteral("scopeNames"), k.scopeNames },
            { QStringLiteral("validFrom"), dateOrNull(k.validFrom) }, { QStringLiteral("expires"), dateOrNull(k.expires) },
            { QStringLiteral("withdrawnAt"), dateTimeOrNull(k.withdrawnAt) }, { QStringLiteral("status"), k.statusLabel },
            { QStringLiteral("signer"), k.signerLabel }, { QStringLiteral("method"), k.methodLabel },
            { QStringLiteral("paperFormKept"), k.paperFormKept } });
    return QJsonObject { { QStringLiteral("caseId"), caseId }, { QStringLiteral("caseNumber"), caseNumber },
        { QStringLiteral("madeOn"), dateOrNull(madeOn) }, { QStringLiteral("fields"), CaseInWords::toJson(fields) },
        { QStringLiteral("notes"), notesJson }, { QStringLiteral("attachments"), QJsonArray::fromStringList(attachments) },
        { QStringLiteral("sources"), sourcesJson }, { QStringLiteral("disclosures"), disclosuresJson },
        { QStringLiteral("consents"), consentsJson },
        { QStringLiteral("retentionUntil"), retentionUntil ? dateOrNull(*retentionUntil) : QJsonValue() },
        { QStringLiteral("retention"), retentionText() } };
}

} // namespace vangnet
