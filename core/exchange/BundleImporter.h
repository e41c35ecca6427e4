#pragma once

#include "common/Result.h"
#include "exchange/BundleReader.h"
#include "exchange/Contact.h"
#include "exchange/Manifest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <memory>

namespace vangnet {

class CaseImporter;
class Database;
class IdentityKeys;
class Transaction;

// What a bundle holds and who sent it, before anything is merged.
struct BundleInspection
{
    Manifest manifest;
    QByteArray signerKey; // verified Ed25519 key of the signature
    bool signatureValid = false; // always true when inspect succeeded (a bad one is an error)
    bool senderMatchesSigner = false; // manifest.sender.signingKey == signerKey; false: forged sender
    bool fromThisVault = false; // signed by this vault's own identity (its own export)
    bool senderKnown = false; // a contact with the signing key exists
    bool senderVerified = false;
    Contact sender; // when known
    bool alreadyImported = false;
    QJsonArray records; // records.json as decrypted
    QJsonObject statistics; // statistics.json (statistics bundles)
    QStringList attachmentIds;

    // Whether import() would merge it; otherwise `reason` says why not (translated).
    bool canImport(QString *reason = nullptr) const;
};

// A bundle decrypted, verified and parsed (BundleImporter::read), before the vault was asked
// anything: the inspection's manifest, signer, records, statistics and attachment ids are filled in,
// its vault half (fromThisVault, sender*, alreadyImported) is not yet (checkAgainstVault).
struct ReadBundle
{
    BundleInspection inspection;
    QHash<QString, QByteArray> attachments; // the attachments/<id> entries by id
};

struct ImportResult
{
    QString bundleId;
    QString kind;
    int created = 0;
    int updated = 0;
    int conflicts = 0;
    int received = 0;
    bool alreadyImported = false;
};

// Inspects and imports bundles with the vault's own identity.
//  inspect: verifies and decrypts (CannotUnlock: not addressed to this vault; Integrity: damaged,
//  altered or a signature that does not verify) and shows the manifest and the records.
//  import: refuses (Integrity) a forged sender (manifest sender ≠ signer), an unknown or unverified
//  sender ("inspect it, verify the sender's fingerprint, then import"); Refused for a team bundle
//  from a contact that is not a team contact. A bundle id imported before changes nothing.
//  team → CaseImporter merge; external → received registrations; statistics → one received record.
//  Everything in one transaction.
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)

public:
    explicit BundleImporter(Database &db)
        : m_db(db)
    { }

    Result<BundleInspection> inspect(const QString &path, const BundleReader::Progress &progress = {}) const;
    Result<ImportResult> importBundle(const QString &path);

    // inspect() in two halves, for a desktop that must stay responsive. read() decrypts, verifies and
    // parses without any database (a worker thread may run it; the progress callback may cancel:
    // Cancelled). checkAgainstVault() then fills in the vault's half of the inspection: a few indexed
    // queries on the vault's connection.
    static Result<ReadBundle> read(const QString &path, const IdentityKeys &keys, const BundleReader::Progress &progress = {});
    Status checkAgainstVault(BundleInspection &inspection) const;
    // The database-free half of read(): manifest, records.json and statistics of an opened bundle
    // (public for the bundle fuzz target).
    static Result<BundleInspection> parseOpened(const OpenedBundle &opened);

private:
    Result<BundleInspection> inspectOpened(const OpenedBundle &opened) const;
    Database &m_db;
};

// importBundle() in steps, for a caller that must stay responsive: the desktop applies one step per
// turn of its event loop, on the thread that owns the vault's connection (never on a worker: the
// connection serves one thread, and the window's lazy lists read through it). start() checks the
// bundle against the vault again and refuses it as importBundle() would, then opens the one
// transaction; apply() merges records until its deadline; finish() records the bundle, appends the
// audit entry and commits. Destroying it before finish() committed rolls everything back: the vault
// is exactly as before (Cancel, Lock, closing the window). After an error it is rolled back already.
class BundleImport
{
public:
    enum Scope {
        OwnTransaction, // start() opens one (a savepoint inside an open transaction); finish() commits it
        // The caller holds a transaction open and rolls it back after any error (ExchangeSync, many
        // bundles in one transaction): no savepoint, since in SQLite each savepoint makes the
        // full-text index write out the terms it holds. After an error the caller's transaction
        // holds a half-applied bundle; only a rollback may follow.
        InCallersTransaction,
    };
    static Result<std::unique_ptr<BundleImport>> start(Database &db, const ReadBundle &bundle, Scope scope = OwnTransaction);
    ~BundleImport();
    BundleImport(const BundleImport &) = delete;
    BundleImport &operator=(const BundleImport &) = delete;

    // The steps: one per record (team, external) or one (statistics); none when imported before.
    int total() const { return m_total; }
    int done() const { return m_next; }
    bool atEnd() const { return m_next >= m_total; }
    const BundleInspection &inspection() const { return m_in; }

    // Applies at least one step and goes on until the deadline has passed, maxSteps were applied or
    // all are done. An error rolls the transaction back.
    Status apply(const QDeadlineTimer &deadline, int maxSteps = std::numeric_limits<int>::max());
    // After the last step: the imported_bundles row, the audit entry and the commit.
    Result<ImportResult> finish();

private:
    BundleImport(Database &db, const ReadBundle &bundle);
    Status applyOne();

    Database &m_db;
    BundleInspection m_in;
    QHash<QString, QByteArray> m_attachments;
    std::unique_ptr<Transaction> m_tx;
    std::unique_ptr<CaseImporter> m_cases;
    ImportResult m_result;
    QHash<QString, QStringList> m_scopes; // external: the manifest's scopes by case id
    QDateTime m_now;
    int m_total = 0;
    int m_next = 0;
    bool m_failed = false;
};

} // namespace vangnet
