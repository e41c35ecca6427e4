#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet {

class Database;

// The exchange folder: one folder that a sync engine (Syncthing, Nextcloud, OneDrive, an SMB share)
// shares among a team. Inside, one mailbox per vault, named by an opaque id derived from the vault's
// encryption key; bundles and receipts carry random names. No name, case number or contact id ever
// appears in a file or folder name (docs/BUNDLE-FORMAT.md, "Exchange folder").
class ExchangeFolder
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFolder)

public:
    enum class FileKind {
        Bundle, // <32 hex>.vnb
        Receipt, // <32 hex>.vnr
        Temporary, // a sync engine's (or Vangnet's own) file still being written
        Conflict, // a sync engine's conflict copy
        Unknown,
    };

    // 32 lower-case hex digits: BLAKE2b-128 of the X25519 public key under the key
    // "vangnet-mailbox-v1". Anyone holding the public key finds the mailbox; the name says nothing else.
    static QString mailboxId(const QByteArray &encryptionKey);
    static QString newBundleFileName();
    static QString newReceiptFileName();
    static FileKind classify(const QString &fileName);
    // Why a file of this kind is skipped (translated).
    static QString skipReason(FileKind kind);

    // The configured folder (vault setting exchange.folder), empty when not set.
    static Result<QString> configured(Database &db);
    // <folder>/<mailbox id>.
    static QString mailboxPath(const QString &folder, const QByteArray &encryptionKey);
    // The contact's mailbox path when the exchange folder is set and the mailbox exists there; a
    // NotFound error that says what is missing otherwise.
    static Result<QString> contactMailbox(Database &db, const QByteArray &encryptionKey, const QString &contactName);
};

} // namespace vangnet
