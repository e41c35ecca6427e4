#include "TestVault.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupPruner.h"
#include "backup/BackupRecords.h"
#include "backup/BackupSchedule.h"
#include "vault/VaultConfig.h"

#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

Q_DECLARE_METATYPE(vangnet::PrunePolicy)

// Retention (table-driven over dates), the schedule of automatic backups and the warning, file
// names, and the vault settings store that holds the folder and the interval.
class TestBackupPolicy final : public QObject
{
    Q_OBJECT

private:
    static QStringList L(std::initializer_list<const char *> items)
    {
        QStringList out;
        for (const char *i : items)
            out.append(QString::fromLatin1(i));
        return out;
    }
    static QList<BackupFileInfo> backupsAt(const QStringList &times)
    {
        QList<BackupFileInfo> list;
        for (const QString &t : times) {
            QDateTime at = QDateTime::fromString(t, Qt::ISODate);
            at.setTimeSpec(Qt::UTC);
            const QString name = BackupCatalog::fileNameFor(at);
            list.append({ QStringLiteral("/b/") + name, name, at, 100, false });
        }
        return list;
    }
    static QStringList keptTimes(const PruneDecision &d)
    {
        QStringList out;
        for (const PruneDecision::Kept &k : d.keep)
            out.append(k.file.createdAt.toString(Qt::ISODate));
        return out;
    }

private slots:
    void prune_data();
    void prune();
    void pruneAlwaysKeepsTheNewestVerified();
    void schedule_data();
    void schedule();
    void fileNamesRoundTrip();
    void configKnowsItsKeys();
    void configRefusesBadValues_data();
    void configRefusesBadValues();
    void recordsFindTheNewestVerified();
};

void TestBackupPolicy::prune_data()
{
    QTest::addColumn<QStringList>("backups");
    QTest::addColumn<PrunePolicy>("policy");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("none") << QStringList() << PrunePolicy {} << QStringList();
    QTest::newRow("one is kept") << L({ "2025-03-10T10:00:00Z" }) << PrunePolicy { 1, 0, 0 } << L({ "2025-03-10T10:00:00Z" });
    QTest::newRow("daily keeps the newest of each day")
        << L({ "2025-03-10T18:00:00Z", "2025-03-10T09:00:00Z", "2025-03-09T12:00:00Z", "2025-03-08T12:00:00Z" })
        << PrunePolicy { 2, 0, 0 } << L({ "2025-03-10T18:00:00Z", "2025-03-09T12:00:00Z" });
    QTest::newRow("days without backups do not count")
        << L({ "2025-03-10T10:00:00Z", "2025-03-01T10:00:00Z", "2025-02-01T10:00:00Z" }) << PrunePolicy { 2, 0, 0 }
        << L({ "2025-03-10T10:00:00Z", "2025-03-01T10:00:00Z" });
    // 2025-03-10 is a Monday (ISO week 11); 03-09 Sunday (week 10); 03-02 Sunday (week 9).
    QTest::newRow("weekly by ISO week") << L(
        { "2025-03-10T10:00:00Z", "2025-03-09T10:00:00Z", "2025-03-05T10:00:00Z", "2025-03-02T10:00:00Z" })
                                        << PrunePolicy { 0, 2, 0 } << L({ "2025-03-10T10:00:00Z", "2025-03-09T10:00:00Z" });
    QTest::newRow("monthly") << L({ "2025-03-10T10:00:00Z", "2025-03-01T10:00:00Z", "2025-02-28T10:00:00Z",
        "2025-01-31T10:00:00Z", "2024-12-31T10:00:00Z" })
                             << PrunePolicy { 0, 0, 3 }
                             << L({ "2025-03-10T10:00:00Z", "2025-02-28T10:00:00Z", "2025-01-31T10:00:00Z" });
    QTest::newRow("rules overlap: one backup counts for several")
        << L({ "2025-03-10T10:00:00Z", "2025-03-09T10:00:00Z", "2025-02-20T10:00:00Z", "2025-01-15T10:00:00Z" })
        << PrunePolicy { 1, 1, 2 } << L({ "2025-03-10T10:00:00Z", "2025-02-20T10:00:00Z" });
    QTest::newRow("defaults over a year of daily backups")
        <<
        [] {
            QStringList t;
            QDateTime at(QDate(2025, 12, 31), QTime(12, 0), Qt::UTC);
            for (int i = 0; i < 365; ++i)
                t.append(at.addDays(-i).toString(Qt::ISODate));
            return t;
        }()
        << PrunePolicy {}
        << L({ // 7 daily: Dec 25-31. Weekly (ISO weeks, newest first): Dec 31 (w1 of 2026), Dec 28 (w52), Dec 21, Dec 14.
               // Monthly: Dec 31, Nov 30, Oct 31, ..., Jan 31.
               "2025-12-31T12:00:00Z", "2025-12-30T12:00:00Z", "2025-12-29T12:00:00Z", "2025-12-28T12:00:00Z",
               "2025-12-27T12:00:00Z", "2025-12-26T12:00:00Z", "2025-12-25T12:00:00Z", "2025-12-21T12:00:00Z",
               "2025-12-14T12:00:00Z", "2025-11-30T12:00:00Z", "2025-10-31T12:00:00Z", "2025-09-30T12:00:00Z",
               "2025-08-31T12:00:00Z", "2025-07-31T12:00:00Z", "2025-06-30T12:00:00Z", "2025-05-31T12:00:00Z",
               "2025-04-30T12:00:00Z", "2025-03-31T12:00:00Z", "2025-02-28T12:00:00Z", "2025-01-31T12:00:00Z" });
}

void TestBackupPolicy::prune()
{
    QFETCH(QStringList, backups);
    QFETCH(PrunePolicy, policy);
    QFETCH(QStringList, kept);
    const QList<BackupFileInfo> files = backupsAt(backups);
    const PruneDecision d = BackupPruner::decide(files, policy, QString());
    QCOMPARE(keptTimes(d), kept);
    QCOMPARE(d.keep.size() + d.remove.size(), files.size());
}

void TestBackupPolicy::pruneAlwaysKeepsTheNewestVerified()
{
    const QList<BackupFileInfo> files
        = backupsAt(L({ "2025-03-10T10:00:00Z", "2025-03-09T10:00:00Z", "2025-01-01T10:00:00Z", "2024-06-01T10:00:00Z" }));
    const PruneDecision d = BackupPruner::decide(files, PrunePolicy { 1, 0, 0 }, files.at(2).fileName);
    QCOMPARE(keptTimes(d), (L({ "2025-03-10T10:00:00Z", "2025-01-01T10:00:00Z" })));
    QCOMPARE(d.keep.at(1).reasons, QStringList { QStringLiteral("newest-verified") });
    QCOMPARE(d.remove.size(), 2);
}

void TestBackupPolicy::schedule_data()
{
    QTest::addColumn<qint64>("ageHours"); // -1: no backup
    QTest::addColumn<qint64>("intervalHours");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("warn");
    QTest::newRow("no backup") << qint64(-1) << qint64(24) << true << true;
    QTest::newRow("fresh") << qint64(1) << qint64(24) << false << false;
    QTest::newRow("interval reached") << qint64(24) << qint64(24) << true << false;
    QTest::newRow("short interval") << qint64(3) << qint64(2) << true << false;
    QTest::newRow("seven days exactly") << qint64(7 * 24) << qint64(24) << true << false;
    QTest::newRow("older than a week") << qint64(7 * 24 + 1) << qint64(24) << true << true;
}

void TestBackupPolicy::schedule()
{
    QFETCH(qint64, ageHours);
    QFETCH(qint64, intervalHours);
    QFETCH(bool, due);
    QFETCH(bool, warn);
    const QDateTime now(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);
    const std::optional<QDateTime> newest = ageHours < 0 ? std::nullopt : std::optional(now.addSecs(-ageHours * 3600));
    QCOMPARE(BackupSchedule::isDue(newest, now, intervalHours), due);
    QCOMPARE(BackupSchedule::needsWarning(newest, now), warn);
}

void TestBackupPolicy::fileNamesRoundTrip()
{
    const QDateTime at(QDate(2025, 3, 10), QTime(7, 8, 9), Qt::UTC);
    QCOMPARE(BackupCatalog::fileNameFor(at), QStringLiteral("vangnet-20250310-070809.vnbackup"));
    QCOMPARE(BackupCatalog::createdAtFromName(BackupCatalog::fileNameFor(at, 3)).value(), at);
    QVERIFY(!BackupCatalog::createdAtFromName(QStringLiteral("vangnet-20250310-070809.vnbackup.tmp")));
    QVERIFY(!BackupCatalog::createdAtFromName(QStringLiteral("notes.vnbackup")));
    QVERIFY(!BackupCatalog::createdAtFromName(QStringLiteral("vangnet-20251310-070809.vnbackup")));
}

void TestBackupPolicy::configKnowsItsKeys()
{
    TestVault tv;
    VaultConfig config(tv.vault().database());
    QCOMPARE(config.value(VaultConfig::BackupIntervalHours).value(), QStringLiteral("24"));
    QCOMPARE(config.value(VaultConfig::BackupFolder).value(), QString());
    QVERIFY(config.set(VaultConfig::BackupFolder, QStringLiteral("/media/usb/backups/")).ok());
    QVERIFY(config.set(VaultConfig::BackupIntervalHours, QStringLiteral(" 12 ")).ok());
    QCOMPARE(config.value(VaultConfig::BackupFolder).value(), QStringLiteral("/media/usb/backups"));
    QCOMPARE(config.integer(VaultConfig::BackupIntervalHours).value(), 12);
    // Kept across a lock, inside the encrypted vault.
    QVERIFY(tv.reopen());
    VaultConfig again(tv.vault().database());
    auto entries = again.list();
    QVERIFY(entries);
    QCOMPARE(entries->size(), VaultConfig::known().size());
    QCOMPARE(entries->at(1).value, QStringLiteral("12"));
    QVERIFY(!entries->at(1).isDefault);
    QVERIFY(again.reset(VaultConfig::BackupIntervalHours).ok());
    QCOMPARE(again.integer(VaultConfig::BackupIntervalHours).value(), 24);
}

void TestBackupPolicy::configRefusesBadValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown key") << QStringLiteral("backup.colour") << QStringLiteral("blue") << int(ErrorCode::NotFound);
    QTest::newRow("interval zero") << QStringLiteral("backup.intervalHours") << QStringLiteral("0")
                                   << int(ErrorCode::InvalidInput);
    QTest::newRow("interval too long") << QStringLiteral("backup.intervalHours") << QStringLiteral("721")
                                       << int(ErrorCode::InvalidInput);
    QTest::newRow("interval text") << QStringLiteral("backup.intervalHours") << QStringLiteral("daily")
                                   << int(ErrorCode::InvalidInput);
    QTest::newRow("relative folder") << QStringLiteral("backup.folder") << QStringLiteral("backups")
                                     << int(ErrorCode::InvalidInput);
    QTest::newRow("empty folder") << QStringLiteral("backup.folder") << QStringLiteral("  ") << int(ErrorCode::InvalidInput);
    QTest::newRow("keep negative") << QStringLiteral("backup.keepDaily") << QStringLiteral("-1") << int(ErrorCode::InvalidInput);
}

void TestBackupPolicy::configRefusesBadValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, code);
    TestVault tv;
    VaultConfig config(tv.vault().database());
    const Status st = config.set(key, value);
    QVERIFY(!st.ok());
    QCOMPARE(int(st.error().code()), code);
    auto entries = config.list();
    QVERIFY(entries);
    for (const ConfigEntry &e : entries.value())
        QVERIFY(e.isDefault);
}

void TestBackupPolicy::recordsFindTheNewestVerified()
{
    TestVault tv;
    BackupRecords records(tv.vault().database());
    const QDateTime t(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);
    QVERIFY(!records.newestVerified().value().has_value());
    QVERIFY(records.recordCreated(QStringLiteral("a.vnbackup"), t.addDays(-3), 10).ok());
    QVERIFY(records.recordVerified(QStringLiteral("a.vnbackup"), t.addDays(-3), 10, t.addDays(-3)).ok());
    QVERIFY(records.recordCreated(QStringLiteral("b.vnbackup"), t, 11).ok());
    QCOMPARE(records.newest().value()->fileName, QStringLiteral("b.vnbackup"));
    QCOMPARE(records.newestVerified().value()->fileName, QStringLiteral("a.vnbackup"));
    QCOMPARE(records.newestVerified().value()->createdAt, t.addDays(-3));
    QVERIFY(records.forget(QStringLiteral("a.vnbackup")).ok());
    QVERIFY(!records.newestVerified().value().has_value());
}

QTEST_GUILESS_MAIN(TestBackupPolicy)
#include "TestBackupPolicy.moc"
