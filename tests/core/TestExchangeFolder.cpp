#include "TestVault.h"

#include "cases/CaseRepository.h"
#include "exchange/BundleExporter.h"
#include "exchange/BundleImporter.h"
#include "exchange/BundleWriter.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExchangeFolder.h"
#include "exchange/ExchangeStatus.h"
#include "exchange/ExchangeSync.h"
#include "exchange/ExportPlanner.h"
#include "exchange/IdentityStore.h"
#include "exchange/Receipt.h"
#include "storage/Database.h"
#include "vault/VaultConfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// The exchange folder (issue 15): bundles and receipts through a folder a sync engine shares.
class TestExchangeFolder final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_shared;
    std::unique_ptr<test::TestVault> m_worker;
    std::unique_ptr<test::TestVault> m_coordinator;
    Contact m_toCoordinator; // in the worker's vault
    Contact m_toWorker; // in the coordinator's vault

    static Database &db(test::TestVault &v) { return v.vault().database(); }

    static Contact befriend(test::TestVault &me, test::TestVault &other, const QString &name)
    {
        auto own = IdentityStore(db(other)).ownIdentity();
        if (!own)
            return {};
        Contact c;
        c.name = name;
        c.kind = QStringLiteral("team");
        c.encPublicKey = own->publicIdentity.encryptionKey;
        c.signPublicKey = own->publicIdentity.signingKey;
        c.fingerprint = own->publicIdentity.fingerprint();
        ContactRepository contacts(db(me));
        auto added = contacts.add(c);
        if (!added || !contacts.verify(added->id))
            return {};
        return added.value();
    }

    QString sendHandover(const QString &givenName = QStringLiteral("Ana"))
    {
        auto created = CaseRepository(db(*m_worker))
                           .createFromJson(QJsonObject { { QStringLiteral("givenName"), givenName },
                               { QStringLiteral("familyName"), QStringLiteral("Popescu") } });
        if (!created)
            return {};
        auto plan = ExportPlanner(db(*m_worker)).plan(m_toCoordinator.id, {}, { created->id });
        if (!plan)
            return {};
        BundleExporter exporter(db(*m_worker));
        auto prepared = exporter.prepare(plan.value());
        if (!prepared)
            return {};
        auto sent = exporter.sendToMailbox(prepared.value());
        if (!sent) {
            qWarning("%s", qPrintable(sent.error().message()));
            return {};
        }
        return sent->path;
    }

    static SyncReport sync(test::TestVault &v, int settle = 0)
    {
        auto r = ExchangeSync(db(v), settle).run();
        if (!r)
            qWarning("%s", qPrintable(r.error().message()));
        return r ? r.value() : SyncReport { false, QStringLiteral("error"), {}, {}, {}, {}, 0, 0 };
    }

    QString mailbox(test::TestVault &v) { return ExchangeSync::ownMailbox(db(v)).value(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_shared.isValid());
        m_worker = std::make_unique<test::TestVault>();
        m_coordinator = std::make_unique<test::TestVault>();
        m_toCoordinator = befriend(*m_worker, *m_coordinator, QStringLiteral("Coordinator Utrecht"));
        m_toWorker = befriend(*m_coordinator, *m_worker, QStringLiteral("Field worker Noord"));
        QVERIFY(!m_toCoordinator.id.isEmpty() && !m_toWorker.id.isEmpty());
        for (test::TestVault *v : { m_worker.get(), m_coordinator.get() })
            QVERIFY(VaultConfig(db(*v)).set(VaultConfig::ExchangeFolder, m_shared.path()).ok());
    }

    void classifiesSyncEngineFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef");
        using K = ExchangeFolder::FileKind;
        QTest::newRow("bundle") << hex + QStringLiteral(".vnb") << int(K::Bundle);
        QTest::newRow("receipt") << hex + QStringLiteral(".vnr") << int(K::Receipt);
        QTest::newRow("syncthing temporary")
            << QStringLiteral(".syncthing.") + hex + QStringLiteral(".vnb.tmp") << int(K::Temporary);
        QTest::newRow("syncthing temporary (Windows)")
            << QStringLiteral("~syncthing~") + hex + QStringLiteral(".vnb.tmp") << int(K::Temporary);
        QTest::newRow("nextcloud lock") << QStringLiteral(".~lock.") + hex + QStringLiteral(".vnb#") << int(K::Temporary);
        QTest::newRow("partial download") << hex + QStringLiteral(".vnb.part") << int(K::Temporary);
        QTest::newRow("vangnet temporary") << QStringLiteral(".") + hex + QStringLiteral(".vnb.vangnet-tmp-abc123")
                                           << int(K::Temporary);
        QTest::newRow("syncthing conflict") << hex + QStringLiteral(".sync-conflict-20261206-101010-ABCDEFG.vnb")
                                            << int(K::Conflict);
        QTest::newRow("nextcloud conflict") << hex + QStringLiteral(" (conflicted copy 2026-12-06 101010).vnb")
                                            << int(K::Conflict);
        QTest::newRow("onedrive host copy") << hex + QStringLiteral("-LAPTOP01.vnb") << int(K::Conflict);
        QTest::newRow("upper-case hex") << hex.toUpper() + QStringLiteral(".vnb") << int(K::Unknown);
        QTest::newRow("other file") << QStringLiteral("notes.txt") << int(K::Unknown);
    }
    void classifiesSyncEngineFiles()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QCOMPARE(int(ExchangeFolder::classify(name)), kind);
    }

    void mailboxIdIsOpaqueAndStable()
    {
        const QByteArray key = m_toCoordinator.encPublicKey;
        QCOMPARE(ExchangeFolder::mailboxId(key), ExchangeFolder::mailboxId(key));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(ExchangeFolder::mailboxId(key)).hasMatch());
        QVERIFY(ExchangeFolder::mailboxId(key) != ExchangeFolder::mailboxId(m_toWorker.encPublicKey));
        QVERIFY(!ExchangeFolder::mailboxId(key).contains(QString::fromLatin1(key.toHex())));
    }

    void sendNeedsTheRecipientsMailbox()
    {
        // The coordinator has not used the folder yet: there is no mailbox to send to.
        auto created = CaseRepository(db(*m_worker))
                           .createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Eva") } });
        QVERIFY(created.ok());
        auto plan = ExportPlanner(db(*m_worker)).plan(m_toCoordinator.id, {}, { created->id });
        QVERIFY(plan.ok());
        BundleExporter exporter(db(*m_worker));
        auto sent = exporter.sendToMailbox(exporter.prepare(plan.value()).value());
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code(), ErrorCode::NotFound);
        QVERIFY(sent.error().message().contains(QLatin1String("Coordinator Utrecht")));
        QCOMPARE(ExchangeStatus(db(*m_worker)).sent()->size(), 0);
    }

    void handoverReceiptAndRemoval()
    {
        // Each side's first pass creates its mailbox.
        QVERIFY(sync(*m_coordinator).reachable);
        QVERIFY(sync(*m_worker).reachable);
        const QString bundle = sendHandover();
        QVERIFY(!bundle.isEmpty());
        QCOMPARE(QFileInfo(bundle).absolutePath(), mailbox(*m_coordinator));
        QCOMPARE(ExchangeStatus(db(*m_worker)).perContact()->first().waiting(), 1);

        SyncReport r = sync(*m_coordinator);
        QCOMPARE(r.imported.size(), 1);
        QCOMPARE(r.imported.first().from, QStringLiteral("Field worker Noord"));
        QCOMPARE(r.imported.first().cases, 1);
        QCOMPARE(r.receipts.size(), 1);
        QVERIFY(r.skipped.isEmpty());
        // Idempotent: the next pass finds nothing new and reports nothing.
        r = sync(*m_coordinator);
        QVERIFY(r.imported.isEmpty() && r.receipts.isEmpty() && r.skipped.isEmpty());
        QVERIFY(QFile::exists(bundle)); // the receiver never deletes the sender's file

        // The sender verifies the receipt, records the delivery and removes its own bundle.
        r = sync(*m_worker);
        QCOMPARE(r.delivered.size(), 1);
        QCOMPARE(r.delivered.first().contact, QStringLiteral("Coordinator Utrecht"));
        QCOMPARE(r.removedBundles, 1);
        QVERIFY(!QFile::exists(bundle));
        const auto status = ExchangeStatus(db(*m_worker)).perContact();
        QCOMPARE(status->first().sent, 1);
        QCOMPARE(status->first().delivered, 1);
        QVERIFY(ExchangeStatus(db(*m_worker)).sent()->first().deliveredAt.isValid());
        const int receipts = int(QDir(mailbox(*m_worker)).entryList({ QStringLiteral("*.vnr") }, QDir::Files).size());
        QCOMPARE(receipts, 1); // the receipt is the coordinator's file: the worker leaves it

        // The writer of the receipt takes it away once the bundle it acknowledges is gone.
        r = sync(*m_coordinator);
        QCOMPARE(r.removedReceipts, 1);
        QCOMPARE(QDir(mailbox(*m_worker)).entryList(QDir::Files).size(), 0);
        r = sync(*m_worker);
        QVERIFY(r.delivered.isEmpty() && r.skipped.isEmpty());
    }

    void replayedBundleIsRefusedOnce()
    {
        const QString bundle = sendHandover(QStringLiteral("Replay"));
        QVERIFY(!bundle.isEmpty());
        const QString copy = QDir(mailbox(*m_coordinator)).filePath(ExchangeFolder::newBundleFileName());
        QVERIFY(QFile::copy(bundle, copy));
        // The first pass imports one copy, the other is the same bundle id: a replay.
        SyncReport r = sync(*m_coordinator);
        QCOMPARE(r.imported.size(), 1);
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY(r.skipped.first().reason.contains(QLatin1String("replayed")));
        QVERIFY(QFile::exists(copy) && QFile::exists(bundle));
        r = sync(*m_coordinator);
        QVERIFY(r.skipped.isEmpty() && r.imported.isEmpty()); // reported once
        QCOMPARE(sync(*m_worker).delivered.size(), 1);
        QVERIFY(!QFile::exists(bundle));
        QVERIFY(QFile::exists(copy)); // not the worker's file name: never touched by it
        QVERIFY(QFile::remove(copy));
        sync(*m_coordinator);
    }

    void skippedFilesAreReportedAndKept()
    {
        const QString box = mailbox(*m_coordinator);
        const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QStringList junk = { QStringLiteral(".syncthing.") + hex + QStringLiteral(".vnb.tmp"),
            QStringLiteral("~syncthing~") + hex + QStringLiteral(".vnb.tmp"),
            hex + QStringLiteral(".sync-conflict-20261206-101010-ABCDEFG.vnb"),
            hex + QStringLiteral(" (conflicted copy 2026-12-06).vnb"), QStringLiteral(".~lock.") + hex + QStringLiteral(".vnb#"),
            hex + QStringLiteral(".vnb.part"), hex + QStringLiteral("-LAPTOP01.vnb"), QStringLiteral("notes.txt") };
        for (const QString &name : junk) {
            QFile f(QDir(box).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("VNBUNDLE partial");
        }
        // A damaged bundle (truncated) and a bundle for somebody else.
        const QString sent = sendHandover(QStringLiteral("Damaged"));
        QFile whole(sent);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        whole.close();
        QVERIFY(QFile::remove(sent));
        const QString damaged = QDir(box).filePath(ExchangeFolder::newBundleFileName());
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write(bytes.left(bytes.size() - 10));
        d.close();
        const IdentityKeys stranger = IdentityKeys::generate();
        const QString foreign = QDir(box).filePath(ExchangeFolder::newBundleFileName());
        QVERIFY(BundleWriter::write(foreign, stranger, { IdentityKeys::generate().publicIdentity() },
            { { QStringLiteral("manifest.json"), QByteArrayLiteral("{}") } })
                    .ok());

        SyncReport r = sync(*m_coordinator);
        QVERIFY(r.imported.isEmpty());
        QCOMPARE(r.skipped.size(), junk.size() + 2);
        for (const QString &name : junk)
            QVERIFY2(QFile::exists(QDir(box).filePath(name)), qPrintable(name));
        QVERIFY(QFile::exists(damaged) && QFile::exists(foreign));
        // The refused bundles are reported once; sync engines' files each time, until they go.
        r = sync(*m_coordinator);
        QCOMPARE(r.skipped.size(), junk.size());
        for (const QString &name : junk)
            QVERIFY(QFile::remove(QDir(box).filePath(name)));
        QVERIFY(QFile::remove(damaged) && QFile::remove(foreign));
    }

    void growingFileWaits()
    {
        const QString bundle = sendHandover(QStringLiteral("Growing"));
        SyncReport r = sync(*m_coordinator, 3600);
        QVERIFY(r.imported.isEmpty());
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.first().file, QFileInfo(bundle).fileName());
        QCOMPARE(sync(*m_coordinator).imported.size(), 1);
        sync(*m_worker);
        sync(*m_coordinator);
    }

    void forgedReceiptsAreRefused()
    {
        const int waitingBefore = ExchangeStatus(db(*m_worker)).perContact()->first().waiting();
        const QString bundle = sendHandover(QStringLiteral("Receipt"));
        auto id = BundleImporter(db(*m_coordinator)).inspect(bundle);
        QVERIFY(id.ok());
        const auto workerId = IdentityStore(db(*m_worker)).ownIdentity()->publicIdentity;
        Receipt receipt;
        receipt.bundleId = id->manifest.bundleId;
        receipt.bundleHash = Receipt::hashFile(bundle).value();
        receipt.at = QDateTime::currentDateTimeUtc();
        // Signed by a stranger, and by the right contact over the wrong bytes.
        QVERIFY(receipt
                    .write(QDir(mailbox(*m_worker)).filePath(ExchangeFolder::newReceiptFileName()), IdentityKeys::generate(),
                        workerId)
                    .ok());
        Receipt wrongHash = receipt;
        wrongHash.bundleHash = QByteArray(32, 'x');
        QVERIFY(wrongHash
                    .write(QDir(mailbox(*m_worker)).filePath(ExchangeFolder::newReceiptFileName()),
                        IdentityStore(db(*m_coordinator)).keys().value(), workerId)
                    .ok());
        SyncReport r = sync(*m_worker);
        QVERIFY(r.delivered.isEmpty());
        QCOMPARE(r.skipped.size(), 2);
        QVERIFY(QFile::exists(bundle));
        QCOMPARE(ExchangeStatus(db(*m_worker)).perContact()->first().waiting(), waitingBefore + 1);
        QVERIFY(sync(*m_worker).skipped.isEmpty()); // reported once
        // The real receipt is accepted; the forged ones stay where they are (not the worker's files).
        QCOMPARE(sync(*m_coordinator).receipts.size(), 1);
        QCOMPARE(sync(*m_worker).delivered.size(), 1);
        QCOMPARE(ExchangeStatus(db(*m_worker)).perContact()->first().waiting(), waitingBefore);
        QCOMPARE(QDir(mailbox(*m_worker)).entryList({ QStringLiteral("*.vnr") }, QDir::Files).size(), qsizetype(3));
        sync(*m_coordinator);
        for (const QString &name : QDir(mailbox(*m_worker)).entryList({ QStringLiteral("*.vnr") }, QDir::Files))
            QFile::remove(QDir(mailbox(*m_worker)).filePath(name));
    }

    // A valid receipt that arrives again under another name (a sync engine restoring a deleted
    // file, or someone replaying it) is refused once, changes nothing and is left where it is.
    void replayedReceiptIsRefusedOnce()
    {
        const QString bundle = sendHandover(QStringLiteral("Receipt replay"));
        QVERIFY(!bundle.isEmpty());
        QCOMPARE(sync(*m_coordinator).receipts.size(), 1);
        const QDir box(mailbox(*m_worker));
        const QStringList receipts = box.entryList({ QStringLiteral("*.vnr") }, QDir::Files);
        QCOMPARE(receipts.size(), qsizetype(1));
        const QString copy = box.filePath(ExchangeFolder::newReceiptFileName());
        QVERIFY(QFile::copy(box.filePath(receipts.first()), copy));
        const int deliveredBefore = ExchangeStatus(db(*m_worker)).perContact()->first().delivered;

        SyncReport r = sync(*m_worker);
        QCOMPARE(r.delivered.size(), 1);
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY(r.skipped.first().reason.contains(QLatin1String("replayed")));
        QCOMPARE(ExchangeStatus(db(*m_worker)).perContact()->first().delivered, deliveredBefore + 1);
        QVERIFY(!QFile::exists(bundle));
        QVERIFY(QFile::exists(copy)); // not the worker's file
        r = sync(*m_worker);
        QVERIFY(r.delivered.isEmpty() && r.skipped.isEmpty()); // reported once
        QCOMPARE(ExchangeStatus(db(*m_worker)).perContact()->first().delivered, deliveredBefore + 1);
        sync(*m_coordinator);
        QVERIFY(QFile::remove(copy));
    }

    void noNameInAnyFileName()
    {
        QVERIFY(!sendHandover(QStringLiteral("Zainab")).isEmpty());
        const QRegularExpression opaque(QStringLiteral("^[0-9a-f]{32}(\\.(vnb|vnr))?$"));
        QStringList forbidden = { QStringLiteral("Zainab"), QStringLiteral("Popescu"), QStringLiteral("Coordinator"),
            QStringLiteral("worker"), m_toCoordinator.id, m_toWorker.id, QStringLiteral("VN-") };
        int files = 0;
        for (QDirIterator it(
                 m_shared.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
             it.hasNext();) {
            const QString name = it.next().section(QLatin1Char('/'), -1);
            QVERIFY2(opaque.match(name).hasMatch(), qPrintable(name));
            for (const QString &word : forbidden)
                QVERIFY2(!name.contains(word, Qt::CaseInsensitive), qPrintable(name));
            ++files;
        }
        QVERIFY(files >= 3);
        sync(*m_coordinator);
        sync(*m_worker);
    }

    void unreachableFolderIsAWarning()
    {
        test::TestVault v;
        QVERIFY(VaultConfig(db(v)).set(VaultConfig::ExchangeFolder, m_shared.path() + QStringLiteral("/unmounted/share")).ok());
        auto r = ExchangeSync(db(v), 0).run();
        QVERIFY(r.ok());
        QVERIFY(!r->reachable);
        QVERIFY(r->warning.contains(QLatin1String("cannot be reached")));
        QVERIFY(!QFileInfo::exists(m_shared.path() + QStringLiteral("/unmounted")));
        test::TestVault unset;
        auto none = ExchangeSync(db(unset), 0).run();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code(), ErrorCode::NotFound);
    }

    // A pass examines its files in groups, one transaction each. A bundle that cannot be merged
    // (here a case with an invalid id, signed by the verified teammate) ends the pass with an error,
    // but the bundle before it in the same group stays imported, once, and gets its receipt.
    void aFailingBundleKeepsTheOnesBeforeIt()
    {
        const QString box = mailbox(*m_coordinator);
        const QString good = sendHandover(QStringLiteral("Before"));
        QVERIFY(!good.isEmpty());
        auto created = CaseRepository(db(*m_worker))
                           .createFromJson(QJsonObject { { QStringLiteral("givenName"), QStringLiteral("Broken") } });
        QVERIFY(created.ok());
        auto plan = ExportPlanner(db(*m_worker)).plan(m_toCoordinator.id, {}, { created->id });
        QVERIFY(plan.ok());
        auto prepared = BundleExporter(db(*m_worker)).prepare(plan.value());
        QVERIFY(prepared.ok());
        bool changed = false;
        for (BundleEntry &e : prepared->entries)
            if (e.name == BundleExporter::recordsEntryName()) {
                QJsonArray records = QJsonDocument::fromJson(e.data).array();
                QJsonObject record = records.first().toObject();
                QJsonObject c = record.value(QStringLiteral("case")).toObject();
                c.insert(QStringLiteral("id"), QStringLiteral("not-a-case-id"));
                record.insert(QStringLiteral("case"), c);
                records.replace(0, record);
                e.data = QJsonDocument(records).toJson(QJsonDocument::Compact);
                changed = true;
            }
        QVERIFY(changed);
        // Named to come after the good bundle (a pass takes the files in the order of their names).
        const QString bad = QDir(box).filePath(QStringLiteral("ffffffffffffffffffffffffffffffff.vnb"));
        QVERIFY(QFileInfo(good).fileName() < QFileInfo(bad).fileName());
        QVERIFY(
            BundleWriter::write(bad, IdentityStore(db(*m_worker)).keys().value(), prepared->recipients, prepared->entries).ok());

        auto failed = ExchangeSync(db(*m_coordinator), 0).run();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code(), ErrorCode::Integrity);
        auto inspected = BundleImporter(db(*m_coordinator)).inspect(good);
        QVERIFY(inspected.ok());
        QVERIFY(inspected->alreadyImported);
        // The next pass fails on the same file again, and changes nothing else.
        QVERIFY(!ExchangeSync(db(*m_coordinator), 0).run().ok());
        QVERIFY(QFile::remove(bad));
        SyncReport r = sync(*m_coordinator);
        QVERIFY(r.imported.isEmpty());
        QCOMPARE(r.receipts.size(), 1);
        QCOMPARE(sync(*m_worker).delivered.size(), 1);
        QVERIFY(!QFile::exists(good));
        sync(*m_coordinator);
    }

    // docs/BUNDLE-FORMAT.md: the manifest's recipients are the signed recipients (less the sender).
    void manifestRecipientsMustMatchTheSignedList()
    {
        auto plan = ExportPlanner(db(*m_worker)).plan(m_toCoordinator.id, {}, {});
        QVERIFY(plan.ok());
        BundleExporter exporter(db(*m_worker));
        auto prepared = exporter.prepare(plan.value());
        QVERIFY(prepared.ok());
        prepared->manifest.recipients.first().encryptionKey = IdentityKeys::generate().publicIdentity().encryptionKey;
        prepared->entries.first().data = prepared->manifest.toBytes();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.vnb"));
        QVERIFY(
            BundleWriter::write(path, IdentityStore(db(*m_worker)).keys().value(), prepared->recipients, prepared->entries).ok());
        auto inspected = BundleImporter(db(*m_coordinator)).inspect(path);
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().code(), ErrorCode::Integrity);
        QVERIFY(inspected.error().message().contains(QLatin1String("recipients")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeFolder)
#include "TestExchangeFolder.moc"
