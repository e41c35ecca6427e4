#include "FileScan.h"
#include "TestVault.h"
#include "safety/DraftStore.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QTest>

using namespace vangnet;

// Unsaved edits across a lock: written to the drafts table before the vault locks, encrypted on
// disk (no plaintext in the vault folder), read back after unlock, deleted when applied/discarded.
class TestDraftStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughLockAndUnlock();
    void newerSaveReplaces();
};

void TestDraftStore::roundTripThroughLockAndUnlock()
{
    test::TestVault tv;
    const QString marker = QStringLiteral("DRAFTMARKER-7f3a91");
    const QJsonObject edits { { QStringLiteral("description"), marker }, { QStringLiteral("type"), QStringLiteral("stalking") } };
    QVERIFY(DraftStore(tv.vault().database()).save(QStringLiteral("incident"), QStringLiteral("new"), edits).ok());

    tv.vault().lock();
    QVERIFY(!tv.vault().holdsKeyMaterial());
    QVERIFY(!tv.vault().isOpen());
    QVERIFY2(test::filesContaining(tv.folder(), marker.toUtf8()).isEmpty(), "a draft reached the disk in the clear");

    QVERIFY(tv.reopen());
    DraftStore store(tv.vault().database());
    auto drafts = store.all();
    QVERIFY(drafts.ok());
    QCOMPARE(drafts->size(), 1);
    QCOMPARE(drafts->first().kind, QStringLiteral("incident"));
    QCOMPARE(drafts->first().key, QStringLiteral("new"));
    QCOMPARE(drafts->first().json, edits);
    QVERIFY(drafts->first().savedAt.isValid());

    QVERIFY(store.remove(QStringLiteral("incident"), QStringLiteral("new")).ok());
    QCOMPARE(store.count().value(), 0);
}

void TestDraftStore::newerSaveReplaces()
{
    test::TestVault tv;
    DraftStore store(tv.vault().database());
    QVERIFY(store.save(QStringLiteral("case"), QStringLiteral("id-1"), { { QStringLiteral("v"), 1 } }).ok());
    QVERIFY(store.save(QStringLiteral("case"), QStringLiteral("id-1"), { { QStringLiteral("v"), 2 } }).ok());
    QVERIFY(store.save(QStringLiteral("case"), QStringLiteral("id-2"), { { QStringLiteral("v"), 3 } }).ok());
    QCOMPARE(store.count().value(), 2);
    auto one = store.find(QStringLiteral("case"), QStringLiteral("id-1"));
    QVERIFY(one.ok() && one->has_value());
    QCOMPARE(one->value().json.value(QStringLiteral("v")).toInt(), 2);
    QVERIFY(!store.find(QStringLiteral("case"), QStringLiteral("id-9"))->has_value());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "TestDraftStore.moc"
