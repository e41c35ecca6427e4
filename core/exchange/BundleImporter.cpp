#include "exchange/BundleImporter.h"

#include "audit/AuditLog.h"
#include "exchange/BundleExporter.h"
#include "exchange/CaseImporter.h"
#include "exchange/IdentityStore.h"
#include "exchange/ReceivedRecords.h"
#include "storage/Database.h"
#include "storage/SqlCipher.h"
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

Result<BundleInspection> BundleImporter::parseOpened(const OpenedBundle &opened)
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
    // The manifest's recipients are the signed list without the sender's own key (a sender seals
    // every bundle to itself as well); anything else was named to mislead the reader.
    QList<QByteArray> named;
    for (const ManifestParty &r : std::as_const(manifest->recipients))
        named.append(r.encryptionKey);
    bool recipientsMatch = !named.isEmpty();
    for (const QByteArray &key : std::as_const(named))
        recipientsMatch = recipientsMatch && opened.recipientKeys.contains(key);
    for (const QByteArray &key : opened.recipientKeys)
        recipientsMatch = recipientsMatch && (named.contains(key) || key == manifest->sender.encryptionKey);
    if (!recipientsMatch)
        return Error(ErrorCode::Integrity,
            tr("The recipients named in the bundle are not the ones it was signed for; the bundle is damaged or forged."));

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

Status BundleImporter::checkAgainstVault(BundleInspection &out) const
{
    auto own = IdentityStore(m_db).ownIdentity();
    if (!own)
        return own.error();
    out.fromThisVault = own->publicIdentity.signingKey == out.signerKey;

    out.senderKnown = false;
    out.senderVerified = false;
    out.sender = Contact();
    auto contact = m_db.prepareCached(QStringLiteral("SELECT id FROM contacts WHERE sign_public_key = ?"));
    if (!contact)
        return contact.error();
    contact->bind(1, out.signerKey);
    auto row = contact->step();
    if (!row)
        return row.error();
    if (row.value()) {
        const QString id = contact->text(0);
        auto q = m_db.prepareCached(QStringLiteral("SELECT id, name, organisation, kind, verified FROM contacts WHERE id = ?"));
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
        out.sender.signPublicKey = out.signerKey;
        out.senderVerified = out.sender.verified;
    }

    auto seen = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM imported_bundles WHERE bundle_id = ?"));
    if (!seen)
        return seen.error();
    seen->bind(1, out.manifest.bundleId);
    if (auto r = seen->step(); !r)
        return r.error();
    out.alreadyImported = seen->integer(0) > 0;
    return {};
}

Result<BundleInspection> BundleImporter::inspectOpened(const OpenedBundle &opened) const
{
    auto out = parseOpened(opened);
    if (!out)
        return out.error();
    if (auto st = checkAgainstVault(out.value()); !st)
        return st.error();
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

Result<ReadBundle> BundleImporter::read(const QString &path, const IdentityKeys &keys, const BundleReader::Progress &progress)
{
    auto opened = BundleReader::open(path, keys, progress);
    if (!opened)
        return opened.error();
    auto inspection = parseOpened(opened.value());
    if (!inspection)
        return inspection.error();
    ReadBundle out;
    out.inspection = std::move(inspection.value());
    for (const BundleEntry &e : opened->entries)
        if (e.name.startsWith(BundleExporter::attachmentPrefix()))
            out.attachments.insert(e.name.mid(BundleExporter::attachmentPrefix().size()), e.data);
    return out;
}

Result<ImportResult> BundleImporter::importBundle(const QString &path)
{
    auto keys = IdentityStore(m_db).keys();
    if (!keys)
        return keys.error();
    auto bundle = read(path, keys.value());
    if (!bundle)
        return bundle.error();
    auto import = BundleImport::start(m_db, bundle.value());
    if (!import)
        return import.error();
    if (auto st = import.value()->apply(QDeadlineTimer(QDeadlineTimer::Forever)); !st)
        return st.error();
    return import.value()->finish();
}

BundleImport::BundleImport(Database &db, const ReadBundle &bundle)
    : m_db(db)
    , m_in(bundle.inspection)
    , m_attachments(bundle.attachments)
{ }

// Out of line: Transaction and CaseImporter are complete here. An unfinished transaction rolls back.
BundleImport::~BundleImport() = default;

Result<std::unique_ptr<BundleImport>> BundleImport::start(Database &db, const ReadBundle &bundle, Scope scope)
{
    std::unique_ptr<BundleImport> import(new BundleImport(db, bundle));
    BundleInspection &in = import->m_in;
    // Again, on the vault as it is now: the sender may have been verified (or not) since inspecting.
    if (auto st = BundleImporter(db).checkAgainstVault(in); !st)
        return st.error();
    import->m_result.bundleId = in.manifest.bundleId;
    import->m_result.kind = in.manifest.kind;
    if (!in.senderMatchesSigner)
        return Error(ErrorCode::Integrity,
            BundleImporter::tr("The sender named in the bundle did not sign it: the bundle is forged. Nothing was imported."));
    if (in.alreadyImported) {
        import->m_result.alreadyImported = true;
        return import; // no steps, nothing to commit
    }
    QString reason;
    if (!in.canImport(&reason))
        return Error(in.fromThisVault ? ErrorCode::InvalidInput
                : in.senderVerified   ? ErrorCode::Refused
                                      : ErrorCode::Integrity,
            reason);

    if (scope == InCallersTransaction) {
        if (sqlite3_get_autocommit(db.handle()) != 0)
            return Error(ErrorCode::Runtime, BundleImporter::tr("The import was not completed; nothing was imported."),
                QStringLiteral("BundleImport::InCallersTransaction without an open transaction"));
    } else {
        import->m_tx = std::make_unique<Transaction>(db);
        if (!import->m_tx->began())
            return import->m_tx->began().error();
    }
    const QString &kind = in.manifest.kind;
    if (kind == QLatin1String("team")) {
        import->m_cases = std::make_unique<CaseImporter>(db, in.manifest.bundleId);
        import->m_total = int(in.records.size());
    } else if (kind == QLatin1String("statistics")) {
        import->m_total = 1;
    } else {
        import->m_total = int(in.records.size());
        // By case id (the last entry for an id counts), not a scan of the manifest per record.
        import->m_scopes.reserve(in.manifest.cases.size());
        for (const ManifestCase &c : in.manifest.cases)
            import->m_scopes.insert(c.id, c.scopes);
    }
    import->m_now = QDateTime::currentDateTimeUtc();
    return import;
}

Status BundleImport::applyOne()
{
    const QString &kind = m_in.manifest.kind;
    if (kind == QLatin1String("team")) {
        auto outcome = m_cases->merge(m_in.records.at(m_next).toObject(), m_attachments);
        if (!outcome)
            return outcome.error();
        m_result.created += outcome->created ? 1 : 0;
        m_result.updated += outcome->updated ? 1 : 0;
        m_result.conflicts += outcome->conflicts;
        return {};
    }
    ReceivedRecord r;
    r.bundleId = m_in.manifest.bundleId;
    r.senderContactId = m_in.sender.id;
    r.purpose = m_in.manifest.purpose;
    r.receivedAt = m_now;
    if (kind == QLatin1String("statistics")) {
        r.data = m_in.statistics;
    } else {
        const QJsonObject data = m_in.records.at(m_next).toObject();
        r.caseId = data.value(QStringLiteral("id")).toString();
        r.number = data.value(QStringLiteral("number")).toString();
        r.scopes = m_scopes.value(r.caseId);
        r.data = data;
    }
    if (auto st = ReceivedRecords(m_db).add(r); !st)
        return st;
    ++m_result.received;
    return {};
}

Status BundleImport::apply(const QDeadlineTimer &deadline, int maxSteps)
{
    if (m_failed)
        return Error(ErrorCode::Runtime, BundleImporter::tr("The import was stopped by an error; nothing was imported."));
    for (int applied = 0; !atEnd() && applied < maxSteps && (applied == 0 || !deadline.hasExpired()); ++applied) {
        if (auto st = applyOne(); !st) {
            m_failed = true;
            m_tx.reset(); // roll back now, not whenever the caller lets go
            m_cases.reset();
            return st;
        }
        ++m_next;
    }
    return {};
}

Result<ImportResult> BundleImport::finish()
{
    if (m_result.alreadyImported)
        return m_result;
    if (m_failed || !atEnd())
        return Error(ErrorCode::Runtime, BundleImporter::tr("The import was not completed; nothing was imported."));
    const QString &kind = m_in.manifest.kind;
    const auto fail = [this](const Error &e) -> Result<ImportResult> {
        m_failed = true;
        m_tx.reset();
        m_cases.reset();
        return e;
    };
    auto insert = m_db.prepareCached(QStringLiteral(
        "INSERT INTO imported_bundles(bundle_id, at, sender_contact_id, kind, purpose, created, updated, conflicts, received)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return fail(insert.error());
    insert->bind(1, m_result.bundleId)
        .bind(2, QDateTime::currentDateTimeUtc())
        .bind(3, m_in.sender.id)
        .bind(4, kind)
        .bind(5, m_in.manifest.purpose);
    insert->bind(6, m_result.created).bind(7, m_result.updated).bind(8, m_result.conflicts).bind(9, m_result.received);
    if (auto st = insert->run(); !st)
        return fail(st.error());
    if (auto st = AuditLog(m_db).append(QStringLiteral("bundle.imported"), m_result.bundleId,
            QStringLiteral("kind=%1 sender=%2 created=%3 updated=%4 conflicts=%5 received=%6")
                .arg(kind, m_in.sender.id)
                .arg(m_result.created)
                .arg(m_result.updated)
                .arg(m_result.conflicts)
                .arg(m_result.received));
        !st)
        return fail(st.error());
    if (m_tx)
        if (auto st = m_tx->commit(); !st)
            return fail(st.error());
    m_tx.reset();
    m_cases.reset();
    return m_result;
}

} // namespace vangnet
