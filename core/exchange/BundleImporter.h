#pragma once

#include "common/Result.h"
#include "exchange/BundleReader.h"
#include "exchange/Contact.h"
#include "exchange/Manifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet {

class Database;

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

private:
    Result<BundleInspection> inspectOpened(const OpenedBundle &opened) const;
    Database &m_db;
};

} // namespace vangnet
