#pragma once

#include "common/Result.h"
#include "crypto/IdentityKeys.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vangnet {

class AtomicFile;

// A receipt: the receiver's signed word that it imported a bundle (docs/BUNDLE-FORMAT.md,
// "Receipts"). It travels in the bundle container, sealed to the bundle's sender only and signed by
// the receiver, with one entry, receipt.json.
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    QString bundleId;
    QByteArray bundleHash; // BLAKE2b-256 of the bundle file as received
    QDateTime at; // UTC
    QString outcome = QStringLiteral("imported");
    QByteArray signerKey; // filled in by read(): the verified Ed25519 key of the receiver

    static QString entryName() { return QStringLiteral("receipt.json"); }
    QByteArray toJson() const;

    // Writes the receipt for `to` (the bundle's sender), signed with `me`, atomically to `path`.
    Status write(const QString &path, const IdentityKeys &me, const PublicIdentity &to) const;
    // The same into `file` (not yet opened), so that the caller can set its options first
    // (AtomicFile::deferFolderSync, nameIsFresh).
    Status write(AtomicFile &file, const IdentityKeys &me, const PublicIdentity &to) const;
    // Opens, verifies and parses a receipt file. CannotUnlock: not for this vault; Integrity: damaged,
    // altered or not a receipt.
    static Result<Receipt> read(const QString &path, const IdentityKeys &me);
    static Result<Receipt> fromOpened(const QByteArray &signerKey, const QByteArray &json);

    // BLAKE2b-256 of a file's bytes. Runtime error when it cannot be read.
    static Result<QByteArray> hashFile(const QString &path);
};

} // namespace vangnet
