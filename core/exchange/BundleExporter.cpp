#include "exchange/BundleExporter.h"

#include "audit/AuditLog.h"
#include "cases/Attachments.h"
#include "consent/DisclosureRegister.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExchangeFolder.h"
#include "exchange/IdentityStore.h"
#include "exchange/Receipt.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vangnet {

Result<Manifest> BundleExporter::manifestFor(
    const Contact &recipient, const QString &kind, const QString &purpose, const QString &purposeText) const
{
    auto own = IdentityStore(m_db).ownIdentity();
    if (!own)
        return own.error();
    Manifest m;
    m.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.kind = kind;
    m.sender = { own->name, own->organisation, own->publicIdentity.encryptionKey, own->publicIdentity.signingKey };
    m.recipients = { { recipient.name, recipient.organisation, recipient.encPublicKey, {} } };
    m.purpose = purpose;
    m.purposeText = purposeText;
    m.legalBasis = Manifest::legalBasisFor(kind);
    return m;
}

Result<PreparedExport> BundleExporter::prepare(const ExportPlan &plan) const
{
    if (plan.isEmpty())
        return Error(ErrorCode::Refused,
            tr("Nothing may be exported to %1 for this purpose: no selected case has a valid consent. No file was written.")
                .arg(plan.recipient.name));
    auto manifest = manifestFor(plan.recipient, plan.kind, plan.purpose, plan.purposeText);
    if (!manifest)
        return manifest.error();
    PreparedExport out;
    out.plan = plan;
    out.recipient = plan.recipient;
    out.manifest = manifest.value();

    QJsonArray records;
    QList<BundleEntry> attachmentEntries;
    Attachments attachments(m_db);
    for (const PlannedCase &c : plan.included) {
        out.manifest.cases.append({ c.caseId, c.number, c.consentId, c.scopes });
        if (plan.kind == QLatin1String("team")) {
            records.append(QJsonObject { { QStringLiteral("case"), c.data }, { QStringLiteral("history"), c.history },
                { QStringLiteral("attachments"), c.attachments } });
            for (const QString &id : c.attachmentIds) {
                auto bytes = attachments.content(id);
                if (!bytes)
                    return bytes.error();
                attachmentEntries.append({ attachmentPrefix() + id, bytes.value() });
            }
        } else {
            records.append(c.data);
        }
    }
    out.entries.append({ Manifest::entryName(), out.manifest.toBytes() });
    out.entries.append({ recordsEntryName(), QJsonDocument(records).toJson(QJsonDocument::Compact) });
    out.entries += attachmentEntries;

    auto own = IdentityStore(m_db).ownIdentity();
    if (!own)
        return own.error();
    out.recipients = { PublicIdentity { plan.recipient.encPublicKey, plan.recipient.signPublicKey }, own->publicIdentity };
    return out;
}

Result<PreparedExport> BundleExporter::prepareStatistics(const QString &contactKey, const QJsonObject &statistics) const
{
    auto contact = ContactRepository(m_db).findByIdOrName(contactKey);
    if (!contact)
        return contact.error();
    if (!contact->verified)
        return Error(ErrorCode::Refused,
            tr("The contact %1 is not verified: compare the fingerprint with them by phone first, then mark the contact as "
               "verified.")
                .arg(contact->name));
    auto manifest = manifestFor(contact.value(), QStringLiteral("statistics"), QStringLiteral("statistics"), QString());
    if (!manifest)
        return manifest.error();
    auto own = IdentityStore(m_db).ownIdentity();
    if (!own)
        return own.error();
    PreparedExport out;
    out.manifest = manifest.value();
    out.recipient = contact.value();
    out.plan.recipient = contact.value();
    out.plan.kind = QStringLiteral("statistics");
    out.plan.purpose = QStringLiteral("statistics");
    out.entries.append({ Manifest::entryName(), out.manifest.toBytes() });
    out.entries.append({ statisticsEntryName(), QJsonDocument(statistics).toJson(QJsonDocument::Compact) });
    out.recipients = { PublicIdentity { contact->encPublicKey, contact->signPublicKey }, own->publicIdentity };
    return out;
}

Status BundleExporter::writeFile(
    const PreparedExport &prepared, const IdentityKeys &keys, AtomicFile &file, const BundleWriter::Progress &progress)
{
    return BundleWriter::write(file, keys, prepared.recipients, prepared.entries, progress);
}

Status BundleExporter::record(const PreparedExport &prepared, AtomicFile *file)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    const Manifest &m = prepared.manifest;
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO exported_bundles(bundle_id, at, recipient_contact_id, kind, purpose, "
                                              "case_count) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, m.bundleId).bind(2, m.createdAt).bind(3, prepared.recipient.id).bind(4, m.kind).bind(5, m.purpose);
    insert->bind(6, qint64(m.cases.size()));
    if (auto st = insert->run(); !st)
        return st;
    if (m.kind == QLatin1String("external")) {
        DisclosureRegister disclosures(m_db);
        for (const PlannedCase &c : prepared.plan.included) {
            Disclosure d;
            d.caseId = c.caseId;
            d.at = m.createdAt;
            d.recipientId = prepared.recipient.id;
            d.purpose = m.purpose;
            d.scopes = c.scopes;
            d.bundleId = m.bundleId;
            d.consentId = c.consentId;
            if (auto id = disclosures.recordDisclosure(d); !id)
                return id.error();
        }
    }
    if (!prepared.mailboxFileName.isEmpty()) {
        auto sent = m_db.prepare(QStringLiteral(
            "INSERT INTO exchange_sent(bundle_id, contact_id, file_name, bundle_hash, sent_at) VALUES (?, ?, ?, ?, ?)"));
        if (!sent)
            return sent.error();
        sent->bind(1, m.bundleId).bind(2, prepared.recipient.id).bind(3, prepared.mailboxFileName);
        sent->bind(4, prepared.bundleHash).bind(5, m.createdAt);
        if (auto st = sent->run(); !st)
            return st;
    }
    AuditLog audit(m_db);
    if (auto st = audit.append(QStringLiteral("bundle.exported"), m.bundleId,
            QStringLiteral("kind=%1 recipient=%2 purpose=%3 cases=%4")
                .arg(m.kind, prepared.recipient.id, m.purpose)
                .arg(m.cases.size()));
        !st)
        return st;
    if (file) {
        crashPoint("bundle-before-commit");
        file->keepPreviousUntilDone();
        if (auto st = file->commit(); !st && !file->replaced())
            return st; // the transaction rolls back: nothing recorded, no file
    }
    if (auto st = tx.commit(); !st) {
        if (file)
            file->revertCommit(); // the new bundle is not recorded: the previous file comes back
        return st;
    }
    return {};
}

Result<ExportResult> BundleExporter::write(
    const PreparedExport &prepared, const QString &path, const BundleWriter::Progress &progress)
{
    auto keys = IdentityStore(m_db).keys();
    if (!keys)
        return keys.error();
    AtomicFile file(path);
    if (auto st = writeFile(prepared, keys.value(), file, progress); !st)
        return st.error();
    if (auto st = record(prepared, &file); !st)
        return st.error();
    return ExportResult { prepared.manifest.bundleId, path, int(prepared.manifest.cases.size()) };
}

Result<ExportResult> BundleExporter::sendToMailbox(PreparedExport prepared, const BundleWriter::Progress &progress)
{
    auto mailbox = ExchangeFolder::contactMailbox(m_db, prepared.recipient.encPublicKey, prepared.recipient.name);
    if (!mailbox)
        return mailbox.error();
    auto keys = IdentityStore(m_db).keys();
    if (!keys)
        return keys.error();
    prepared.mailboxFileName = ExchangeFolder::newBundleFileName();
    const QString path = QDir(mailbox.value()).filePath(prepared.mailboxFileName);
    // Written under a temporary name (which a receiver skips), fsynced, then renamed into place.
    AtomicFile file(path);
    if (auto st = writeFile(prepared, keys.value(), file, progress); !st)
        return st.error();
    auto hash = Receipt::hashFile(file.temporaryPath());
    if (!hash)
        return hash.error();
    prepared.bundleHash = hash.value();
    if (auto st = record(prepared, &file); !st)
        return st.error();
    return ExportResult { prepared.manifest.bundleId, path, int(prepared.manifest.cases.size()) };
}

Result<ExportResult> BundleExporter::exportPlan(
    const ExportPlan &plan, const QString &path, const BundleWriter::Progress &progress)
{
    auto prepared = prepare(plan);
    if (!prepared)
        return prepared.error();
    return write(prepared.value(), path, progress);
}

} // namespace vangnet
