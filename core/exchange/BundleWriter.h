#pragma once

#include "common/Result.h"
#include "crypto/IdentityKeys.h"
#include "exchange/BundleFormat.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace vangnet {

// Writes a version 1 bundle: a random file key sealed to each recipient, the entries under
// XChaCha20-Poly1305 secretstream in 64 KiB chunks, and the sender's Ed25519 signature over the
// header, the recipients and every entry. The file appears only complete (AtomicFile): a cancel,
// a full disk or a crash leaves no partial bundle behind and never harms a file of the same name.
class AtomicFile;

class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    // Called with bytes written so far and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Opens the file and writes the bundle into its temporary file; the caller commits (or not).
    static Status write(AtomicFile &file, const IdentityKeys &sender, const QList<PublicIdentity> &recipients,
        const QList<BundleEntry> &entries, const Progress &progress = {});
    // The same, committed.
    static Status write(const QString &path, const IdentityKeys &sender, const QList<PublicIdentity> &recipients,
        const QList<BundleEntry> &entries, const Progress &progress = {});
    // The same into memory (tests, benchmarks).
    static Result<QByteArray> writeToMemory(
        const IdentityKeys &sender, const QList<PublicIdentity> &recipients, const QList<BundleEntry> &entries);
};

} // namespace vangnet
