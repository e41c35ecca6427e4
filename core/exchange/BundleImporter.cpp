#include "exchange/BundleImporter.h"

#include "audit/AuditLog.h"
#include "exchange/BundleExporter.h"
#include "exchange/CaseImporter.h"
#include "exchange/IdentityStore.h"
#include "exchange/ReceivedRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonDocument>

namespace vangnet {

bool BundleInspection::canImport(QString *reason) const
{
    QString why;
    if (!senderMatchesSigner)
        why = BundleImporter::tr("The sender named in the bundle did not sign it: the bundle is forged.");
    else if (fromThisVault)
        why = BundleImporter::tr("This bundle was made by this vault; there is nothing to import.");
    else if (!senderKnown)
        why = BundleImporter::tr("The sender is not among your contacts. Inspect it, add the sender's contact card, verify the "
                                 "fingerprint, then import.");
    else if (!senderVerified)
        why = BundleImporter::tr(
            "The sender %1 is not verified. Inspect it, verify the sender's fingerprint by phone, then import.")
                  .arg(sender.name);
    else if (manifest.kind == QLatin1String("team") && sender.kind != QLatin1String("team"))
        why = BundleImporter::tr("Whole cases can only be received from a team contact; %1 is an external contact.")
                  .arg(sender.name);
    if (reason)
        *reason = why;
    return why.isEmpty();
}

Result<BundleInspection> BundleImporter::inspectOpened(const OpenedBundle &opened) const
{
    const BundleEntry *manifestEntry = opened.entry(Manifest::entryName());
    if (!manifestEntry || opened.entries.isEmpty() || opened.entries.first().name != Manifest::entryName())
        return Error(ErrorCode::Integrity, tr("The bundle has no manifest; it is damaged or was not made by Vangnet."));
    auto manifest = Manifest::parse(manifestEntry->data);
    if (!manifest)
        return manifest.error();
    BundleInspection out;
    out.manifest = manifest.value();
    out.signerKey = opened.signerKey;
    out.signatureValid = true;
    out.senderMatchesSigner = manifest->sender.signingKey == opened.signerKey;

    auto own = IdentityStore(m_db).ownIdentity();
    if (!own)
        return own.error();
    out.fromThisVault = own->publicIdentity.signingKey == opened.signerKey;

    auto contact = m_db.prepare(QStringLiteral("SELECT id FROM contacts WHERE sign_public_key = ?"));
    if (!contact)
        return contact.error();
    contact->bind(1, opened.signerKey);
    auto row = contact->step();
    if (!row)
        return row.error();
    if (row.value()) {
        const QString id = contact->text(0);
        auto q = m_db.prepare(QStringLiteral("SELECT id, name, organisation, kind, verified FROM contacts WHERE id = ?"));
        if (!q)
            return q.error();
        q->bind(1, id);
        if (auto r = q->step(); !r)
            return r.error();
        out.senderKnown = true;
        out.sender.id = q->text(0);
        out.sender.name = q->text(1);
        out.sender.organisation = q->text(2);
        out.sender.kind = q->text(3);
        out.sender.verified = q->integer(4) != 0;
        out.sender.signPublicKey = opened.signerKey;
        out.senderVerified = out.sender.verified;
    }

    auto seen = m_db.prepare(QStringLiteral("SELECT count(*) FROM imported_bundles WHERE bundle_id = ?"));
    if (!seen)
        return seen.error();
    seen->bind(1, out.manifest.bundleId);
    if (auto r = seen->step(); !r)
        return r.error();
    out.alreadyImported = seen->integer(0) > 0;

    if (const BundleEntry *records = opened.entry(BundleExporter::recordsEntryName())) {
        const QJsonDocument doc = QJsonDocument::fromJson(records->data);
        if (!doc.isArray())
            return Error(ErrorCode::Integrity,
                tr("The bundle's records are not valid; the bundle is damaged or was not made by Vangnet."));
        out.records = doc.array();
    }
    if (const BundleEntry *stats = opened.entry(BundleExporter::statisticsEntryName())) {
        const QJsonDocument doc = QJsonDocument::fromJson(stats->data);
        if (!doc.isObject())
            return Error(ErrorCode::Integrity,
                tr("The bundle's statistics are not valid; the bundle is damaged or was not made by Vangnet."));
        out.statistics = doc.object();
    }
    for (const BundleEntry &e : opened.entries)
        if (e.name.startsWith(BundleExporter::attachmentPrefix()))
            out.attachmentIds.append(e.name.mid(BundleExporter::attachmentPrefix().size()));
    return out;
}

Result<BundleInspection> BundleImporter::inspect(const QString &path, const BundleReader::Progress &progress) const
{
    auto keys = IdentityStore(m_db).keys();
    if (!keys)
        return keys.error();
    auto opened = BundleReader::open(path, keys.value(), progress);
    if (!opened)
        return opened.error();
    return inspectOpened(opened.value());
}

Result<ImportResult> BundleImporter::importBundle(const QString &path)
{
    auto keys = IdentityStore(m_db).keys();
    if (!keys)
        return keys.error();
    auto opened = BundleReader::open(path, keys.value());
    if (!opened)
        return opened.error();
    auto inspection = inspectOpened(opened.value());
    if (!inspection)
        return inspection.error();
    const BundleInspection &in = inspection.value();
    ImportResult result;
    result.bundleId = in.manifest.bundleId;
    result.kind = in.manifest.kind;
    if (!in.senderMatchesSigner)
        return Error(ErrorCode::Integrity,
            tr("The sender named in the bundle did not sign it: the bundle is forged. Nothing was imported."));
    if (in.alreadyImported) {
        result.alreadyImported = true;
        return result;
    }
    QString reason;
    if (!in.canImport(&reason))
        return Error(in.fromThisVault ? ErrorCode::InvalidInput
                : in.senderVerified   ? ErrorCode::Refused
                                      : ErrorCode::Integrity,
            reason);

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    const QString &kind = in.manifest.kind;
    if (kind == QLatin1String("team")) {
        QHash<QString, QByteArray> attachmentData;
        for (const BundleEntry &e : opened->entries)
            if (e.name.startsWith(BundleExporter::attachmentPrefix()))
                attachmentData.insert(e.name.mid(BundleExporter::attachmentPrefix().size()), e.data);
        CaseImporter importer(m_db, in.manifest.bundleId);
        for (const QJsonValue &v : in.records) {
            auto outcome = importer.merge(v.toObject(), attachmentData);
            if (!outcome)
                return outcome.error();
            result.created += outcome->created ? 1 : 0;
            result.updated += outcome->updated ? 1 : 0;
            result.conflicts += outcome->conflicts;
        }
    } else {
        ReceivedRecords received(m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (kind == QLatin1String("statistics")) {
            ReceivedRecord r;
            r.bundleId = in.manifest.bundleId;
            r.senderContactId = in.sender.id;
            r.purpose = in.manifest.purpose;
            r.data = in.statistics;
            r.receivedAt = now;
            if (auto st = received.add(r); !st)
                return st.error();
            ++result.received;
        } else {
            for (const QJsonValue &v : in.records) {
                const QJsonObject data = v.toObject();
                ReceivedRecord r;
                r.bundleId = in.manifest.bundleId;
                r.senderContactId = in.sender.id;
                r.caseId = data.value(QStringLiteral("id")).toString();
                r.number = data.value(QStringLiteral("number")).toString();
                r.purpose = in.manifest.purpose;
                for (const ManifestCase &c : in.manifest.cases)
                    if (c.id == r.caseId)
                        r.scopes = c.scopes;
                r.data = data;
                r.receivedAt = now;
                if (auto st = received.add(r); !st)
                    return st.error();
                ++result.received;
            }
        }
    }
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO imported_bundles(bundle_id, at, sender_contact_id, kind, purpose, created, updated, conflicts, received)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, result.bundleId)
        .bind(2, QDateTime::currentDateTimeUtc())
        .bind(3, in.sender.id)
        .bind(4, kind)
        .bind(5, in.manifest.purpose);
    insert->bind(6, result.created).bind(7, result.updated).bind(8, result.conflicts).bind(9, result.received);
    if (auto st = insert->run(); !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("bundle.imported"), result.bundleId,
            QStringLiteral("kind=%1 sender=%2 created=%3 updated=%4 conflicts=%5 received=%6")
                .arg(kind, in.sender.id)
                .arg(result.created)
                .arg(result.updated)
                .arg(result.conflicts)
                .arg(result.received));
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

} // namespace vangnet
