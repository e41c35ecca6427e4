#pragma once

#include "common/Result.h"
#include "crypto/IdentityKeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHash>
#include <QList>

#include <optional>

namespace vangnet {

class Database;

struct SyncImported
{
    QString bundleId;
    QString from; // the sender's contact name
    int cases = 0;
};

struct SyncParty
{
    QString bundleId;
    QString contact; // the contact's name
};

struct SyncSkipped
{
    QString file; // the file's name in the mailbox (random, never case data)
    QString reason; // translated
};

struct SyncReport
{
    bool reachable = true; // false: the exchange folder cannot be reached; `warning` says so
    QString warning;
    QList<SyncImported> imported;
    QList<SyncParty> receipts; // receipts written for bundles imported now or earlier
    QList<SyncParty> delivered; // own bundles whose receipt was verified now
    QList<SyncSkipped> skipped;
    int removedBundles = 0; // own delivered bundles taken out of the contacts' mailboxes
    int removedReceipts = 0; // own receipts taken away once their bundle was gone
};

// One pass over the exchange folder (docs/USER-GUIDE.md, "Exchange folder"):
//  - every complete bundle in this vault's mailbox is verified and imported as `import` does
//    (team bundles merged, external ones received), once: the files looked at are remembered by
//    name, size and time, so a later pass skips them and a refusal is reported once;
//  - sync engines' temporary and conflict copies, unknown files and files changed less than
//    `settleSeconds` ago are skipped and reported, never deleted;
//  - a receipt (core/exchange/Receipt.h) goes into the sender's mailbox for each bundle imported;
//  - receipts in this vault's mailbox are verified; a valid one marks the export delivered (exchange
//    register and disclosure register), and then this vault removes its own bundle;
//  - this vault removes a receipt it wrote once the sender has removed the bundle it acknowledges.
// Only the writer of a file ever deletes it. An unreachable folder is a warning, not an error.
// In steps (begin, step per group of files, finish) so that the desktop can stay responsive; run()
// does all.
//
// Why a kill -9 (or a power cut) at any moment loses nothing and the next pass repairs the rest:
//  - step() examines a group of files in ONE transaction: the imports, the delivered marks and the
//    rows that remember the files looked at (exchange_seen) commit together or not at all. Killed
//    before the commit, nothing of the group is in the vault and no file was touched (a pass only
//    reads files until finish()), so the next pass finds the same files unseen and does the group
//    again; a bundle whose import was committed is never imported twice (imported_bundles).
//  - finish() writes the receipts that are due from the vault's own state (bundles imported and
//    not yet acknowledged): each file whole, fsynced and renamed into place (never partial), then one
//    fsync per mailbox folder, and only then the rows that record them. Killed before that commit,
//    the receipts are written again next pass (a duplicate that reached the sender is refused there
//    as a replay and changes nothing); after it, every recorded receipt is on disk.
//  - files are removed last, each after the fact that allows it was committed (a verified receipt;
//    the sender's bundle gone), and their removal is recorded afterwards: killed in between, the next
//    pass finds the file gone and records it then.
class ExchangeSync
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeSync)

public:
    explicit ExchangeSync(Database &db, int settleSeconds = 2)
        : m_db(db)
        , m_settleSeconds(settleSeconds)
    { }

    // NotFound when no exchange folder is set; an unreachable folder ends the pass with a warning.
    Status begin();
    int total() const { return int(m_files.size()); }
    int done() const { return m_next; }
    bool atEnd() const { return m_next >= m_files.size(); }
    // Examines one file and then more until `deadline` has passed, all in one transaction (a commit
    // with its fsync per group of bundles, not per bundle). The desktop passes a short deadline per
    // turn of its event loop; nothing else writes to the vault during one call. After an error the
    // files before the failing one are still imported (examined again in a group of their own) and
    // the error is returned.
    Status step(const QDeadlineTimer &deadline = QDeadlineTimer(0));
    Status finish(); // receipts, removals
    // Records files remembered outside a step (none after a completed step: a step records the
    // files it looked at in its own transaction). A pass stopped without it loses nothing: its files
    // are looked at again next time.
    Status flush();
    const SyncReport &report() const { return m_report; }

    Result<SyncReport> run();

    // The mailbox of this vault, when the folder is set (empty otherwise).
    static Result<QString> ownMailbox(Database &db);

private:
    struct Seen
    {
        qint64 size = 0;
        QString modified;
    };
    Status examineBundle(const QFileInfo &file);
    Status examineReceipt(const QFileInfo &file);
    Status examineGroup(const QDeadlineTimer &deadline, int maxFiles, bool *fileFailed);
    Status examine(const QFileInfo &file);
    void remember(const QFileInfo &file, const QString &bundleId, const QByteArray &hash, const QString &outcome);
    void skip(const QFileInfo &file, const QString &reason) { m_report.skipped.append({ file.fileName(), reason }); }
    Status writePendingReceipts();
    Status removeDeliveredBundles();
    Status removeAcknowledgedReceipts();

    Database &m_db;
    int m_settleSeconds;
    QString m_folder;
    QString m_mailbox;
    std::optional<IdentityKeys> m_keys;
    QList<QFileInfo> m_files;
    QHash<QString, Seen> m_seen;
    struct Noted
    {
        QString fileName;
        qint64 size = 0;
        QString modified;
        QString bundleId;
        QByteArray hash;
        QString outcome;
    };
    QList<Noted> m_noted; // remembered, not yet recorded (flush)
    int m_next = 0;
    SyncReport m_report;
};

} // namespace vangnet
