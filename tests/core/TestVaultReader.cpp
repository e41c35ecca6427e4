#include "TestVault.h"
#include "VaultTestHelpers.h"
#include "vault/Vault.h"
#include "vault/VaultReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vangnet;
using namespace vangnet::test;

// The vault's background readers (VaultReader): they read committed data and never write, open on
// their first access, stop when asked or when the vault locks, and no reader outlives a lock.
class TestVaultReader final : public QObject
{
    Q_OBJECT

private slots:
    void readerSeesCommittedDataAndNeverWrites();
    void readerCancelCheckStopsAStatement();
    void lockClosesEveryReader();
    void lockStopsARunningReaderQuery();
    void readerOutlivesItsVault();
    void readerOpensOnItsFirstAccess();
};

void TestVaultReader::readerSeesCommittedDataAndNeverWrites()
{
    test::TestVault tv;
    Vault &vault = tv.vault();
    auto reader = vault.openReader();
    QVERIFY2(reader.ok(), qPrintable(why(reader)));
    QCOMPARE(vault.openReaderCount(), 1);
    QVERIFY(reader.value()->isOpen());
    Statement leftover;
    {
        auto access = reader.value()->access();
        QVERIFY(access);
        auto id = getMeta(*access.database(), QStringLiteral("vault_id"));
        QVERIFY2(id.ok(), qPrintable(why(id)));
        QCOMPARE(id->toString(), vault.vaultId());
        // query_only: the second connection never writes.
        QVERIFY(!putMeta(*access.database(), QStringLiteral("test.note"), QStringLiteral("from the reader")).ok());
        // A statement stepped but not finished would keep the reader on an old snapshot; the end of
        // the access ends it.
        auto stmt = access.database()->prepare(QStringLiteral("SELECT key FROM meta"));
        QVERIFY(stmt.ok());
        QVERIFY(stmt->step().ok());
        leftover = std::move(stmt.value());
    }
    // WAL: a write committed by the vault's connection is seen by the next access.
    QVERIFY(putMeta(vault.database(), QStringLiteral("test.note"), QStringLiteral("committed")).ok());
    {
        auto access = reader.value()->access();
        auto note = getMeta(*access.database(), QStringLiteral("test.note"));
        QVERIFY2(note.ok(), qPrintable(why(note)));
        QCOMPARE(note->toString(), QStringLiteral("committed"));
    }
    QVERIFY(putMeta(vault.database(), QStringLiteral("test.note"), QStringLiteral("again")).ok());
    {
        auto access = reader.value()->access();
        QCOMPARE(getMeta(*access.database(), QStringLiteral("test.note"))->toString(), QStringLiteral("again"));
    }
}

void TestVaultReader::readerCancelCheckStopsAStatement()
{
    test::TestVault tv;
    auto reader = tv.vault().openReader();
    QVERIFY2(reader.ok(), qPrintable(why(reader)));
    std::atomic<int> asked { 0 };
    {
        auto access = reader.value()->access();
        access.setCancelCheck([&asked] { return ++asked > 3; });
        QVERIFY(!access.database()->scalar(kEndlessQuery).ok());
        QVERIFY(asked > 3);
    }
    // The check belonged to that access; the reader goes on working.
    auto access = reader.value()->access();
    QVERIFY(getMeta(*access.database(), QStringLiteral("vault_id")).ok());
}

void TestVaultReader::lockClosesEveryReader()
{
    test::TestVault tv;
    Vault &vault = tv.vault();
    auto first = vault.openReader();
    auto second = vault.openReader();
    QVERIFY2(first.ok() && second.ok(), qPrintable(why(first) + why(second)));
    QCOMPARE(vault.openReaderCount(), 2);
    second.value().reset(); // closed by its owner
    QCOMPARE(vault.openReaderCount(), 1);
    QVERIFY(vault.holdsKeyMaterial());

    vault.lock();
    QVERIFY(!first.value()->isOpen());
    QVERIFY(!first.value()->access());
    QCOMPARE(vault.openReaderCount(), 0);
    QVERIFY(!vault.holdsKeyMaterial());
    // Every connection closed: the WAL was checkpointed away.
    QVERIFY(!QFile::exists(tv.folder() + QStringLiteral("/vault.db-wal")));
    QVERIFY(!QFile::exists(tv.folder() + QStringLiteral("/vault.lock")));
    auto afterLock = vault.openReader();
    QVERIFY(!afterLock.ok());
    first.value()->close(); // harmless after the lock
}

void TestVaultReader::lockStopsARunningReaderQuery()
{
    test::TestVault tv;
    Vault &vault = tv.vault();
    auto reader = vault.openReader();
    QVERIFY2(reader.ok(), qPrintable(why(reader)));
    VaultReader &r = *reader.value();
    std::atomic<bool> started { false };
    std::atomic<int> outcome { 0 }; // 1: the endless query ended with an error
    std::thread worker([&] {
        auto access = r.access();
        started = true;
        outcome = access.database()->scalar(kEndlessQuery).ok() ? 2 : 1;
    });
    QTRY_VERIFY(started.load());
    QTest::qWait(20); // well inside the statement
    QElapsedTimer timer;
    timer.start();
    vault.lock(); // stops the statement, waits for the access to end, closes the reader
    const qint64 waited = timer.elapsed();
    worker.join();
    QCOMPARE(outcome.load(), 1);
    QVERIFY2(waited < 2000, qPrintable(QString::number(waited)));
    QVERIFY(!r.isOpen());
    QVERIFY(!vault.holdsKeyMaterial());
    QVERIFY(!QFile::exists(tv.folder() + QStringLiteral("/vault.db-wal")));
}

void TestVaultReader::readerOutlivesItsVault()
{
    test::TestVault tv;
    auto reader = tv.vault().openReader();
    QVERIFY2(reader.ok(), qPrintable(why(reader)));
    tv.handle().reset(); // destroying the vault locks it
    QVERIFY(!reader.value()->isOpen());
    QVERIFY(!reader.value()->access());
    QVERIFY(!QFile::exists(tv.folder() + QStringLiteral("/vault.lock")));
}

void TestVaultReader::readerOpensOnItsFirstAccess()
{
    // openReader() only hands out the key copy: the connection is opened by the first access, on the
    // thread that reads (the desktop makes several readers at unlock, on the window's thread). So a
    // reader made while the database file is away still counts as open, and its first access says
    // why it cannot read instead of failing as if the vault had been locked.
    test::TestVault tv;
    Vault &vault = tv.vault();
    const QString db = tv.folder() + QStringLiteral("/vault.db");
    QVERIFY(QFile::rename(db, db + QStringLiteral(".away")));
    auto reader = vault.openReader();
    QVERIFY2(reader.ok(), qPrintable(why(reader)));
    QVERIFY(reader.value()->isOpen());
    QCOMPARE(vault.openReaderCount(), 1);
    {
        auto access = reader.value()->access();
        QVERIFY(!access);
        QVERIFY(access.openError() != nullptr);
        QVERIFY(!access.openError()->message().isEmpty());
    }
    QVERIFY(!reader.value()->isOpen()); // its key copy is gone with the failed open
    QCOMPARE(vault.openReaderCount(), 0);
    QVERIFY(QFile::rename(db + QStringLiteral(".away"), db));

    // A reader that was never accessed is wiped by the lock like an open one, and never opens after it.
    auto unused = vault.openReader();
    QVERIFY2(unused.ok(), qPrintable(why(unused)));
    auto used = vault.openReader();
    QVERIFY2(used.ok(), qPrintable(why(used)));
    QVERIFY(used.value()->access());
    QCOMPARE(vault.openReaderCount(), 2);
    vault.lock();
    QVERIFY(!vault.holdsKeyMaterial());
    QVERIFY(!unused.value()->isOpen());
    auto access = unused.value()->access();
    QVERIFY(!access);
    QVERIFY(access.openError() == nullptr); // locked, not broken
}

QTEST_MAIN(TestVaultReader)
#include "TestVaultReader.moc"
