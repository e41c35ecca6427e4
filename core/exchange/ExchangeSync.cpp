#include "exchange/ExchangeSync.h"

#include "audit/AuditLog.h"
#include "exchange/BundleImporter.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExchangeFolder.h"
#include "exchange/IdentityStore.h"
#include "exchange/Receipt.h"
#include "platform/AtomicFile.h"
#include "platform/FileSync.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace vangnet {
namespace {

// How long run() examines files in one transaction.
constexpr int kGroupMilliseconds = 1000;

// Milliseconds since the epoch: compared for every file of every pass, so kept cheap.
QString modifiedText(const QFileInfo &file)
{
    return QString::number(file.lastModified().toMSecsSinceEpoch());
}

} // namespace

Result<QString> ExchangeSync::ownMailbox(Database &db)
{
    auto folder = ExchangeFolder::configured(db);
    if (!folder)
        return folder.error();
    if (folder->isEmpty())
        return QString();
    auto own = IdentityStore(db).ownIdentity();
    if (!own)
        return own.error();
    return ExchangeFolder::mailboxPath(folder.value(), own->publicIdentity.encryptionKey);
}

Status ExchangeSync::begin()
{
    m_report = SyncReport();
    m_files.clear();
    m_next = 0;
    auto folder = ExchangeFolder::configured(m_db);
    if (!folder)
        return folder.error();
    if (folder->isEmpty())
        return Error(ErrorCode::NotFound,
            tr("No exchange folder is set. Choose one in the Sharing section (or: config set exchange.folder FOLDER)."));
    m_folder = folder.value();
    auto mailbox = ownMailbox(m_db);
    if (!mailbox)
        return mailbox.error();
    m_mailbox = mailbox.value();
    auto keys = IdentityStore(m_db).keys();
    if (!keys)
        return keys.error();
    m_keys.emplace(std::move(keys.value()));
    if (!QFileInfo(m_folder).isDir() || !QDir().mkpath(m_mailbox)) {
        m_report.reachable = false;
        m_report.warning = tr("The exchange folder %1 cannot be reached (is the share connected?). Nothing was sent or "
                              "received; everything waits for the next try.")
                               .arg(m_folder);
        return {};
    }
    auto q = m_db.prepare(QStringLiteral("SELECT file_name, size, modified FROM exchange_seen"));
    if (!q)
        return q.error();
    m_seen.clear();
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        m_seen.insert(q->text(0), Seen { q->integer(1), q->text(2) });
    }
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-m_settleSeconds);
    for (const QFileInfo &file : QDir(m_mailbox).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        const auto kind = ExchangeFolder::classify(file.fileName());
        if (kind != ExchangeFolder::FileKind::Bundle && kind != ExchangeFolder::FileKind::Receipt) {
            skip(file, ExchangeFolder::skipReason(kind));
            continue;
        }
        const auto seen = m_seen.constFind(file.fileName());
        if (seen != m_seen.constEnd() && seen->size == file.size() && seen->modified == modifiedText(file))
            continue;
        if (m_settleSeconds > 0 && file.lastModified().toUTC() > settled) {
            skip(file, tr("still being written; it is read once it stops changing"));
            continue;
        }
        m_files.append(file);
    }
    return {};
}

Status ExchangeSync::step(const QDeadlineTimer &deadline)
{
    if (atEnd())
        return {};
    const int first = m_next;
    bool fileFailed = false;
    const Status st = examineGroup(deadline, int(m_files.size()), &fileFailed);
    if (st || !fileFailed || m_next - first <= 1)
        return st;
    // A file failed after others of its group, and the whole group was rolled back: the files before
    // it are examined again in a group of their own, so that one bad file never holds back the ones
    // before it (a file that fails each time would otherwise do so on every pass). Then the error.
    const int failed = m_next - 1;
    m_next = first;
    if (auto again = examineGroup(QDeadlineTimer(QDeadlineTimer::Forever), failed - first, &fileFailed); !again)
        return again;
    m_next = failed + 1;
    return st;
}

Status ExchangeSync::examineGroup(const QDeadlineTimer &deadline, int maxFiles, bool *fileFailed)
{
    *fileFailed = false;
    const qsizetype imported = m_report.imported.size();
    const qsizetype delivered = m_report.delivered.size();
    const qsizetype skipped = m_report.skipped.size();
    const qsizetype noted = m_noted.size();
    const auto undo = [&] {
        // Rolled back: nothing of the group is in the vault, so none of it is reported or remembered;
        // its files are looked at again (by the caller or the next pass).
        m_report.imported.resize(imported);
        m_report.delivered.resize(delivered);
        m_report.skipped.resize(skipped);
        m_noted.resize(std::min(noted, m_noted.size()));
    };
    // One transaction and no savepoint inside it: in SQLite every savepoint makes the full-text
    // index (case_fts) write out the terms it holds, a small segment per bundle to be merged later.
    Transaction group(m_db);
    if (!group.began())
        return group.began();
    for (int n = 0; n < maxFiles && !atEnd() && (n == 0 || !deadline.hasExpired()); ++n)
        if (auto st = examine(m_files.at(m_next++)); !st) {
            *fileFailed = true;
            undo();
            return st; // `group` rolls back
        }
    Status recorded = flush();
    if (recorded)
        recorded = group.commit();
    if (!recorded)
        undo();
    return recorded;
}

Status ExchangeSync::examine(const QFileInfo &file)
{
    if (ExchangeFolder::classify(file.fileName()) == ExchangeFolder::FileKind::Bundle)
        return examineBundle(file);
    return examineReceipt(file);
}

void ExchangeSync::remember(const QFileInfo &file, const QString &bundleId, const QByteArray &hash, const QString &outcome)
{
    m_noted.append({ file.fileName(), file.size(), modifiedText(file), bundleId, hash, outcome });
}

Status ExchangeSync::flush()
{
    if (m_noted.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto q = m_db.prepareCached(QStringLiteral("INSERT OR REPLACE INTO exchange_seen(file_name, size, modified, bundle_id, "
                                               "bundle_hash, outcome, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Noted &n : std::as_const(m_noted)) {
        q->bind(1, n.fileName).bind(2, n.size).bind(3, n.modified).bind(4, n.bundleId);
        if (n.hash.isEmpty())
            q->bindNull(5);
        else
            q->bind(5, n.hash);
        q->bind(6, n.outcome).bind(7, now);
        if (auto st = q->run(); !st)
            return st;
        q->reset();
    }
    if (auto st = tx.commit(); !st)
        return st;
    m_noted.clear();
    return {};
}

Status ExchangeSync::examineBundle(const QFileInfo &file)
{
    auto hash = Receipt::hashFile(file.filePath());
    if (!hash) {
        skip(file, tr("cannot be read yet; it is tried again next time"));
        return {};
    }
    auto bundle = BundleImporter::read(file.filePath(), *m_keys);
    if (!bundle) {
        const bool foreign = bundle.error().code() == ErrorCode::CannotUnlock;
        skip(file, foreign ? tr("not addressed to this vault; left alone") : tr("refused: %1").arg(bundle.error().message()));
        remember(file, QString(), hash.value(), foreign ? QStringLiteral("foreign") : QStringLiteral("damaged"));
        return {};
    }
    BundleInspection &in = bundle->inspection;
    if (auto st = BundleImporter(m_db).checkAgainstVault(in); !st)
        return st;
    const QString bundleId = in.manifest.bundleId;
    if (in.alreadyImported) {
        auto earlier = m_db.prepareCached(
            QStringLiteral("SELECT count(*) FROM exchange_seen WHERE bundle_id = ? AND outcome = 'imported' AND file_name <> ?"));
        if (!earlier)
            return earlier.error();
        earlier->bind(1, bundleId).bind(2, file.fileName());
        if (auto r = earlier->step(); !r)
            return r.error();
        const bool earlierThisPass = std::any_of(m_noted.cbegin(), m_noted.cend(), [&](const Noted &n) {
            return n.bundleId == bundleId && n.outcome == QLatin1String("imported") && n.fileName != file.fileName();
        });
        if (earlier->integer(0) > 0 || earlierThisPass) {
            skip(file, tr("refused: a copy of a bundle that was imported before (replayed); nothing changed"));
            remember(file, bundleId, hash.value(), QStringLiteral("replayed"));
            return {};
        }
        // Imported by hand (import FILE) or by a pass that stopped before it noted the file: a receipt
        // is still due.
        remember(file, bundleId, hash.value(), QStringLiteral("imported"));
        return {};
    }
    QString reason;
    if (!in.canImport(&reason)) {
        skip(file, tr("not imported: %1").arg(reason));
        // A forged sender or this vault's own bundle is final; an unknown or unverified sender may be
        // verified later, so that bundle is tried again on the next pass.
        if (!in.senderMatchesSigner || in.fromThisVault)
            remember(file, bundleId, hash.value(), QStringLiteral("refused"));
        return {};
    }
    auto import = BundleImport::start(m_db, bundle.value(), BundleImport::InCallersTransaction);
    if (!import) {
        skip(file, tr("not imported: %1").arg(import.error().message()));
        return {};
    }
    if (auto st = import.value()->apply(QDeadlineTimer(QDeadlineTimer::Forever)); !st)
        return st;
    auto result = import.value()->finish();
    if (!result)
        return result.error();
    m_report.imported.append({ bundleId, in.sender.name, int(in.manifest.cases.size()) });
    remember(file, bundleId, hash.value(), QStringLiteral("imported"));
    return {};
}

Status ExchangeSync::examineReceipt(const QFileInfo &file)
{
    auto receipt = Receipt::read(file.filePath(), *m_keys);
    if (!receipt) {
        const bool foreign = receipt.error().code() == ErrorCode::CannotUnlock;
        skip(file, foreign ? tr("not addressed to this vault; left alone") : tr("refused: %1").arg(receipt.error().message()));
        remember(file, QString(), QByteArray(), foreign ? QStringLiteral("foreign") : QStringLiteral("damaged"));
        return {};
    }
    auto q = m_db.prepareCached(
        QStringLiteral("SELECT s.bundle_hash, s.delivered_at, k.name FROM exchange_sent s"
                       " JOIN contacts k ON k.id = s.contact_id WHERE s.bundle_id = ? AND k.sign_public_key = ?"));
    if (!q)
        return q.error();
    q->bind(1, receipt->bundleId).bind(2, receipt->signerKey);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value() || q->blob(0) != receipt->bundleHash) {
        skip(file, tr("refused: a receipt for a bundle this vault did not send to its signer"));
        remember(file, receipt->bundleId, QByteArray(), QStringLiteral("refused"));
        return {};
    }
    if (!q->text(1).isEmpty()) {
        skip(file, tr("refused: the bundle was marked delivered before (a replayed receipt)"));
        remember(file, receipt->bundleId, QByteArray(), QStringLiteral("replayed"));
        return {};
    }
    const QString contact = q->text(2);
    // Inside the step's transaction (no savepoint: see examineGroup).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &sql : { QStringLiteral("UPDATE exchange_sent SET delivered_at = ? WHERE bundle_id = ?"),
             QStringLiteral("UPDATE disclosures SET delivered_at = ? WHERE bundle_id = ?") }) {
        auto update = m_db.prepareCached(sql);
        if (!update)
            return update.error();
        update->bind(1, now).bind(2, receipt->bundleId);
        if (auto st = update->run(); !st)
            return st;
    }
    if (auto st = AuditLog(m_db).append(QStringLiteral("bundle.delivered"), receipt->bundleId); !st)
        return st;
    remember(file, receipt->bundleId, QByteArray(), QStringLiteral("delivered"));
    m_report.delivered.append({ receipt->bundleId, contact });
    return {};
}

Status ExchangeSync::finish()
{
    if (!m_report.reachable)
        return {};
    if (auto st = flush(); !st)
        return st;
    if (auto st = writePendingReceipts(); !st)
        return st;
    if (auto st = removeDeliveredBundles(); !st)
        return st;
    return removeAcknowledgedReceipts();
}

Status ExchangeSync::writePendingReceipts()
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT s.bundle_id, s.file_name, s.bundle_hash, k.id, k.name, k.enc_public_key, k.sign_public_key"
        " FROM exchange_seen s JOIN imported_bundles i ON i.bundle_id = s.bundle_id"
        " JOIN contacts k ON k.id = i.sender_contact_id"
        " WHERE s.outcome = 'imported' AND NOT EXISTS (SELECT 1 FROM exchange_receipts r WHERE r.bundle_id = s.bundle_id)"));
    if (!q)
        return q.error();
    struct Due
    {
        QString bundleId, bundleFile, contactId, contactName;
        QByteArray hash;
        PublicIdentity to;
    };
    QList<Due> due;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        due.append({ q->text(0), q->text(1), q->text(3), q->text(4), q->blob(2), PublicIdentity { q->blob(5), q->blob(6) } });
    }
    struct Written
    {
        Due due;
        QString name;
        QString path;
        QDateTime at;
        QString mailbox;
    };
    QList<Written> written;
    QHash<QString, bool> mailboxes; // the folders written into → whether the folder is usable
    const QString cannotWrite = tr("A receipt cannot be written into the exchange folder; it is tried again next time.");
    for (const Due &d : std::as_const(due)) {
        const QString mailbox = ExchangeFolder::mailboxPath(m_folder, d.to.encryptionKey);
        auto known = mailboxes.find(mailbox);
        if (known == mailboxes.end())
            known = mailboxes.insert(mailbox, QDir().mkpath(mailbox));
        if (!known.value()) {
            m_report.warning = cannotWrite;
            continue;
        }
        const QString name = ExchangeFolder::newReceiptFileName();
        const QString path = QDir(mailbox).filePath(name);
        Receipt receipt;
        receipt.bundleId = d.bundleId;
        receipt.bundleHash = d.hash;
        receipt.at = QDateTime::currentDateTimeUtc();
        // Each receipt is written whole and fsynced before its rename (never a partial receipt under
        // its name); the folders are fsynced once below, before any receipt is recorded as written.
        AtomicFile file(path);
        file.deferFolderSync();
        file.nameIsFresh();
        if (auto st = receipt.write(file, *m_keys, d.to); !st) {
            m_report.warning = cannotWrite;
            if (file.replaced())
                QFile::remove(path);
            continue;
        }
        written.append({ d, name, path, receipt.at, mailbox });
    }
    // One fsync per folder makes the new names durable; a receipt in a folder that cannot be flushed
    // is taken back and written again next time.
    for (auto it = mailboxes.begin(); it != mailboxes.end(); ++it)
        if (it.value() && !syncDirectory(it.key())) {
            it.value() = false;
            m_report.warning = cannotWrite;
        }
    written.removeIf([&mailboxes](const Written &w) {
        if (mailboxes.value(w.mailbox))
            return false;
        QFile::remove(w.path);
        return true;
    });
    // One transaction for all; a receipt that cannot be recorded is not left behind either. Killed
    // before the commit, the receipts on disk are not recorded and are written again next time (the
    // sender refuses the second one as a replay).
    const auto removeWritten = [&written] {
        for (const Written &w : std::as_const(written))
            QFile::remove(w.path);
    };
    Transaction tx(m_db);
    if (!tx.began()) {
        removeWritten();
        return tx.began();
    }
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO exchange_receipts(bundle_id, contact_id, file_name, "
                                              "bundle_file_name, written_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert) {
        removeWritten();
        return insert.error();
    }
    for (const Written &w : std::as_const(written)) {
        insert->bind(1, w.due.bundleId).bind(2, w.due.contactId).bind(3, w.name).bind(4, w.due.bundleFile).bind(5, w.at);
        if (auto st = insert->run(); !st) {
            removeWritten();
            return st;
        }
        insert->reset();
    }
    if (auto st = tx.commit(); !st) {
        removeWritten();
        return st;
    }
    for (const Written &w : std::as_const(written))
        m_report.receipts.append({ w.due.bundleId, w.due.contactName });
    return {};
}

Status ExchangeSync::removeDeliveredBundles()
{
    auto q = m_db.prepare(QStringLiteral("SELECT s.bundle_id, s.file_name, k.enc_public_key FROM exchange_sent s"
                                         " JOIN contacts k ON k.id = s.contact_id"
                                         " WHERE s.delivered_at IS NOT NULL AND s.removed_at IS NULL"));
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> done;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString mailbox = ExchangeFolder::mailboxPath(m_folder, q->blob(2));
        const QString path = QDir(mailbox).filePath(q->text(1));
        if (QFile::remove(path) || (QFileInfo(mailbox).isDir() && !QFileInfo::exists(path)))
            done.append({ q->text(0), path });
    }
    if (done.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    for (const auto &[bundleId, path] : std::as_const(done)) {
        auto update = m_db.prepare(QStringLiteral("UPDATE exchange_sent SET removed_at = ? WHERE bundle_id = ?"));
        if (!update)
            return update.error();
        update->bind(1, QDateTime::currentDateTimeUtc()).bind(2, bundleId);
        if (auto st = update->run(); !st)
            return st;
        ++m_report.removedBundles;
    }
    return tx.commit();
}

Status ExchangeSync::removeAcknowledgedReceipts()
{
    auto q = m_db.prepare(QStringLiteral("SELECT r.bundle_id, r.file_name, r.bundle_file_name, k.enc_public_key"
                                         " FROM exchange_receipts r JOIN contacts k ON k.id = r.contact_id"
                                         " WHERE r.removed_at IS NULL"));
    if (!q)
        return q.error();
    QStringList done;
    const QDir own(m_mailbox);
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (own.exists(q->text(2)))
            continue; // the sender has not seen the receipt yet
        const QString mailbox = ExchangeFolder::mailboxPath(m_folder, q->blob(3));
        const QString path = QDir(mailbox).filePath(q->text(1));
        if (QFile::remove(path) || (QFileInfo(mailbox).isDir() && !QFileInfo::exists(path)))
            done.append(q->text(0));
    }
    if (done.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    for (const QString &bundleId : std::as_const(done)) {
        auto update = m_db.prepare(QStringLiteral("UPDATE exchange_receipts SET removed_at = ? WHERE bundle_id = ?"));
        if (!update)
            return update.error();
        update->bind(1, QDateTime::currentDateTimeUtc()).bind(2, bundleId);
        if (auto st = update->run(); !st)
            return st;
        ++m_report.removedReceipts;
    }
    return tx.commit();
}

Result<SyncReport> ExchangeSync::run()
{
    if (auto st = begin(); !st)
        return st.error();
    // Nothing else uses the connection meanwhile, so the groups can be long: one commit per second
    // of work rather than one per bundle (a commit encrypts, writes and fsyncs every page the group
    // changed, and many bundles change the same index pages).
    while (!atEnd())
        if (auto st = step(QDeadlineTimer(kGroupMilliseconds)); !st)
            return st.error();
    if (auto st = finish(); !st)
        return st.error();
    return m_report;
}

} // namespace vangnet
