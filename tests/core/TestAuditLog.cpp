#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// The hash-chained audit log: what was appended verifies; an edited, removed or reordered entry
// is reported as an integrity failure that names the first entry that no longer fits.
class TestAuditLog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appendedEntriesVerify();
    void recentIsNewestFirst();
    void emptyLogVerifies();
    void tampering_data();
    void tampering();

private:
    QTemporaryDir m_dir;
    Database m_db;
    static constexpr int Entries = 6;
};

void TestAuditLog::init()
{
    static int n = 0;
    auto db
        = Database::open(m_dir.filePath(QStringLiteral("audit%1.db").arg(++n)), SecureBuffer::random(32), Database::Mode::Create);
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    QVERIFY(Migrations::migrate(m_db).ok());
    AuditLog log(m_db);
    for (int i = 1; i <= Entries; ++i)
        QVERIFY(log.append(QStringLiteral("test.action%1").arg(i), QStringLiteral("subject-%1").arg(i),
                       QStringLiteral("detail %1").arg(i))
                    .ok());
}

void TestAuditLog::cleanup()
{
    m_db.close();
}

void TestAuditLog::appendedEntriesVerify()
{
    AuditLog log(m_db);
    const Status st = log.verify();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(), Entries);
    // The chain starts from zeroes and links each entry to the one before.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 1"))->toByteArray(), QByteArray(32, '\0'));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.prev_hash = a.hash"))
                 ->toInt(),
        Entries - 1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(DISTINCT hash) FROM audit_log"))->toInt(), Entries);
    // More appends keep it valid.
    QVERIFY(log.append(QStringLiteral("test.more")).ok());
    QVERIFY(log.verify().ok());
}

void TestAuditLog::recentIsNewestFirst()
{
    auto recent = AuditLog(m_db).recent(3);
    QVERIFY(recent.ok());
    QCOMPARE(recent->size(), 3);
    QCOMPARE(recent->at(0).action, QStringLiteral("test.action%1").arg(Entries));
    QCOMPARE(recent->at(2).action, QStringLiteral("test.action%1").arg(Entries - 2));
    QCOMPARE(recent->at(0).subject, QStringLiteral("subject-%1").arg(Entries));
    QCOMPARE(recent->at(0).detail, QStringLiteral("detail %1").arg(Entries));
    QCOMPARE(recent->at(0).actor, AuditLog::currentActor());
    QVERIFY(recent->at(0).at.isValid());
    QVERIFY(recent->at(0).at >= recent->at(2).at);
}

void TestAuditLog::emptyLogVerifies()
{
    QVERIFY(m_db.exec(QStringLiteral("DELETE FROM audit_log")).ok());
    QVERIFY(AuditLog(m_db).verify().ok());
}

void TestAuditLog::tampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<int>("namedEntry");

    const auto row = [](const char *name, const QString &sql, int entry) { QTest::newRow(name) << QStringList { sql } << entry; };
    row("edit detail", QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 3"), 3);
    row("edit detail of newest", QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 6"), 6);
    row("edit action", QStringLiteral("UPDATE audit_log SET action = 'vault.unlocked' WHERE id = 2"), 2);
    row("edit actor", QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 4"), 4);
    row("edit time", QStringLiteral("UPDATE audit_log SET at = '2000-01-01T00:00:00.000Z' WHERE id = 3"), 3);
    row("edit subject", QStringLiteral("UPDATE audit_log SET subject = 'other-case' WHERE id = 5"), 5);
    row("append a space to detail", QStringLiteral("UPDATE audit_log SET detail = detail || ' ' WHERE id = 1"), 1);
    row("replace hash", QStringLiteral("UPDATE audit_log SET hash = zeroblob(32) WHERE id = 3"), 3);
    row("delete middle entry", QStringLiteral("DELETE FROM audit_log WHERE id = 3"), 4);
    row("delete first entry", QStringLiteral("DELETE FROM audit_log WHERE id = 1"), 2);
    row("forged entry appended",
        QStringLiteral("INSERT INTO audit_log(at, actor, action, subject, detail, prev_hash, hash)"
                       " SELECT at, actor, 'vault.created', '', '', hash, hash FROM audit_log WHERE id = 6"),
        7);
    // Reordering: entries 2 and 3 exchange places (their ids).
    QTest::newRow("swap two entries") << QStringList { QStringLiteral("UPDATE audit_log SET id = -2 WHERE id = 2"),
        QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3"), QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = -2") }
                                      << 2;
    QTest::newRow("move oldest to the end") << QStringList { QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 1") } << 2;
    // The chain has no anchor outside the table: removing the newest entries leaves a valid chain.
    QTest::newRow("delete newest entry") << QStringList { QStringLiteral("DELETE FROM audit_log WHERE id = 6") } << 6;
}

void TestAuditLog::tampering()
{
    QFETCH(QStringList, sql);
    QFETCH(int, namedEntry);
    QVERIFY(AuditLog(m_db).verify().ok());
    for (const QString &statement : sql)
        QVERIFY2(m_db.exec(statement).ok(), qPrintable(statement));

    const Status st = AuditLog(m_db).verify();
    if (qstrcmp(QTest::currentDataTag(), "delete newest entry") == 0)
        QEXPECT_FAIL("delete newest entry",
            "truncation of the newest entries is not detectable without an anchor for the head of the chain", Abort);
    QVERIFY2(!st.ok(), "the altered log still verifies");
    QCOMPARE(int(st.error().code()), int(ErrorCode::Integrity));
    QVERIFY2(st.error().message().contains(QStringLiteral("entry %1 ").arg(namedEntry)), qPrintable(st.error().message()));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
