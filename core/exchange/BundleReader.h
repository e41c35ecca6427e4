#pragma once

#include "common/Result.h"
#include "crypto/IdentityKeys.h"
#include "exchange/BundleFormat.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace vangnet {

struct OpenedBundle
{
    QByteArray signerKey; // the sender's Ed25519 public key (verified signature)
    QList<QByteArray> recipientKeys; // X25519 keys the sender addressed
    QList<BundleEntry> entries;

    const BundleEntry *entry(const QString &name) const;
};

// Opens a version 1 bundle with the vault's own keys. Errors:
//  - CannotUnlock: not addressed to these keys;
//  - Integrity: not a bundle, damaged, truncated, reordered, or the signature does not verify.
// Whether the signer is a known, verified contact is for the caller to decide.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<OpenedBundle> open(const QString &path, const IdentityKeys &me, const Progress &progress = {});
    static Result<OpenedBundle> openFromMemory(const QByteArray &bytes, const IdentityKeys &me);
};

} // namespace vangnet
