#pragma once

#include "common/Result.h"
#include "exchange/BundleWriter.h"
#include "exchange/ExportPlan.h"
#include "exchange/Manifest.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vangnet {

class AtomicFile;
class Database;

// Everything a bundle write needs, gathered from the vault beforehand so that the write itself
// touches no database and can run on a worker thread (the desktop's progress page).
struct PreparedExport
{
    Manifest manifest;
    QList<BundleEntry> entries;
    QList<PublicIdentity> recipients; // the contact and the vault itself
    ExportPlan plan; // empty included for a statistics export
    Contact recipient;
    // Set when the bundle goes into the recipient's mailbox in the exchange folder (sendToMailbox):
    // the file's name there and the hash of its bytes, recorded in exchange_sent with the export.
    QString mailboxFileName;
    QByteArray bundleHash;
};

struct ExportResult
{
    QString bundleId;
    QString path;
    int caseCount = 0;
};

// Writes a bundle from an ExportPlan: manifest.json, records.json and (team) attachments/<id>,
// sealed to the contact and to the vault itself (so the sender can re-read its own export), signed
// with the vault's identity. The file is written first (complete or not at all); then one
// transaction records the bundle (exported_bundles), one Disclosure per external case and the
// audit entry, and puts the file in place (AtomicFile::commit) just before it commits: if the file
// cannot be put in place nothing is recorded, and if the transaction then fails the previous file is
// put back (AtomicFile::revertCommit).
// No disclosure is ever recorded for a file that does not exist, no file exists that is not
// recorded, and a file of the same name stays as it was unless the export succeeds.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)

public:
    explicit BundleExporter(Database &db)
        : m_db(db)
    { }

    // Refused when the plan includes nothing ("nothing is consented").
    Result<PreparedExport> prepare(const ExportPlan &plan) const;
    // A statistics bundle (entry statistics.json) to a verified contact.
    Result<PreparedExport> prepareStatistics(const QString &contact, const QJsonObject &statistics) const;

    // Opens the file and writes the bundle into its temporary file, not committed. No database
    // access: safe on a worker thread. Cancelled when the progress callback says so.
    static Status writeFile(
        const PreparedExport &prepared, const IdentityKeys &keys, AtomicFile &file, const BundleWriter::Progress &progress = {});
    // The transaction after the file is written; commits the file (when given) inside it.
    Status record(const PreparedExport &prepared, AtomicFile *file = nullptr);

    // prepare (done by the caller), writeFile and record.
    Result<ExportResult> write(const PreparedExport &prepared, const QString &path, const BundleWriter::Progress &progress = {});
    // plan → prepare → write.
    Result<ExportResult> exportPlan(const ExportPlan &plan, const QString &path, const BundleWriter::Progress &progress = {});
    // write() into the recipient's mailbox in the exchange folder under a random name (NotFound when
    // the folder is not set, cannot be reached or holds no mailbox for the recipient).
    Result<ExportResult> sendToMailbox(PreparedExport prepared, const BundleWriter::Progress &progress = {});

    static QString recordsEntryName() { return QStringLiteral("records.json"); }
    static QString statisticsEntryName() { return QStringLiteral("statistics.json"); }
    static QString attachmentPrefix() { return QStringLiteral("attachments/"); }

private:
    Result<Manifest> manifestFor(
        const Contact &recipient, const QString &kind, const QString &purpose, const QString &purposeText) const;
    Database &m_db;
};

} // namespace vangnet
