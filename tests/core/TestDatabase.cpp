#include "storage/Database.h"
#include "storage/SqlCipher.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace vangnet;

namespace {

QString why(const Error &e)
{
    return e.message() + QStringLiteral(" [") + e.detail() + QLatin1Char(']');
}

template<typename T> QString why(const Result<T> &r)
{
    return r.ok() ? QString() : why(r.error());
}

QString why(const Status &st)
{
    return st.ok() ? QString() : why(st.error());
}

} // namespace

// The SQLCipher wrapper: values travel only as bound parameters and come back exactly; an unfinished
// transaction leaves nothing behind; a full disk is reported as such and changes nothing.
class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void boundParametersRoundTrip_data();
    void boundParametersRoundTrip();
    void namedParameters();
    void injectionTextIsData();
    void unknownNamedParameterFails();
    void transactionRollsBackOnDestruction();
    void transactionCommitKeeps();
    void fullDiskChangesNothing();
    void sameKeyReopensOtherKeyDoesNot();
    void wrongKeySizeIsRefused();
    void cachedStatementIsReusedUnbound();
    void cachedSqlInUseGetsASecondStatement();
    void cachedStatementsEndTheirReadOnRelease();
    void closeFinalisesCachedStatements();

private:
    int count(const QString &table);

    QTemporaryDir m_dir;
    QString m_path;
    SecureBuffer m_key;
    Database m_db;
};

void TestDatabase::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("test%1.db").arg(++n));
    m_key = SecureBuffer::random(32);
    auto db = Database::open(m_path, m_key, Database::Mode::Create);
    QVERIFY2(db.ok(), qPrintable(why(db)));
    m_db = std::move(db.value());
    QVERIFY(m_db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v)")).ok());
}

void TestDatabase::cleanup()
{
    m_db.close();
}

int TestDatabase::count(const QString &table)
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    return n ? n->toInt() : -1;
}

void TestDatabase::boundParametersRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("storedType"); // SQLite's typeof()
    QTest::addColumn<QVariant>("expected");

    const QString quotes = QStringLiteral("O'Brien said \"hi\"; x = 'y'' --");
    const QByteArray nuls("\0a\0b\0\0c\0", 9);
    QByteArray allBytes;
    for (int i = 0; i < 256; ++i)
        allBytes.append(static_cast<char>(i));

    QTest::newRow("text with quotes") << QVariant(quotes) << QStringLiteral("text") << QVariant(quotes);
    QTest::newRow("text with NUL") << QVariant(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("text")
                                   << QVariant(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("unicode text") << QVariant(QStringLiteral("Zo\u00eb \u0645\u0631\u062d\u0628\u0627 \U0001F600"))
                                  << QStringLiteral("text")
                                  << QVariant(QStringLiteral("Zo\u00eb \u0645\u0631\u062d\u0628\u0627 \U0001F600"));
    QTest::newRow("empty text") << QVariant(QStringLiteral("")) << QStringLiteral("text") << QVariant(QStringLiteral(""));
    QTest::newRow("blob with NULs") << QVariant(nuls) << QStringLiteral("blob") << QVariant(nuls);
    QTest::newRow("blob of every byte") << QVariant(allBytes) << QStringLiteral("blob") << QVariant(allBytes);
    QTest::newRow("zero") << QVariant(0) << QStringLiteral("integer") << QVariant(qint64(0));
    QTest::newRow("negative") << QVariant(-42) << QStringLiteral("integer") << QVariant(qint64(-42));
    QTest::newRow("int64 max") << QVariant(std::numeric_limits<qint64>::max()) << QStringLiteral("integer")
                               << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << QVariant(std::numeric_limits<qint64>::min()) << QStringLiteral("integer")
                               << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("bool") << QVariant(true) << QStringLiteral("integer") << QVariant(qint64(1));
    QTest::newRow("double") << QVariant(2.5) << QStringLiteral("real") << QVariant(2.5);
    QTest::newRow("null") << QVariant() << QStringLiteral("null") << QVariant();
    QTest::newRow("typed null text") << QVariant(QMetaType::fromType<QString>()) << QStringLiteral("null") << QVariant();
    QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << QStringLiteral("text") << QVariant(QStringLiteral("2024-02-29"));
}

void TestDatabase::boundParametersRoundTrip()
{
    QFETCH(QVariant, value);
    QFETCH(QString, storedType);
    QFETCH(QVariant, expected);

    auto insert = m_db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
    QVERIFY2(insert.ok(), qPrintable(why(insert)));
    insert->bind(1, value);
    QVERIFY2(insert->run().ok(), "insert failed");
    const qint64 id = m_db.lastInsertRowId();
    QCOMPARE(m_db.changes(), 1);

    auto select = m_db.prepare(QStringLiteral("SELECT v, typeof(v), length(v) FROM t WHERE id = ?"));
    QVERIFY(select.ok());
    select->bind(1, id);
    auto row = select->step();
    QVERIFY(row.ok() && row.value());
    QCOMPARE(select->text(1), storedType);
    const QVariant back = select->value(0);
    QCOMPARE(back.isNull(), !expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(back.typeId(), expected.typeId());
        QCOMPARE(back, expected);
    }
    if (storedType == QLatin1String("blob"))
        QCOMPARE(select->integer(2), qint64(expected.toByteArray().size())); // no truncation at the first NUL
    if (storedType == QLatin1String("text"))
        QCOMPARE(select->text(0), expected.toString());
}

void TestDatabase::namedParameters()
{
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO t(id, v) VALUES (:id, :v)"));
    QVERIFY(insert.ok());
    insert->bind(":v", QStringLiteral("named")).bind(":id", 7);
    QVERIFY(insert->run().ok());
    // reset() clears bindings: the statement can be reused.
    insert->reset();
    insert->bind(":id", 8).bind(":v", QByteArray("\0", 1));
    QVERIFY(insert->run().ok());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT v FROM t WHERE id = 7"))->toString(), QStringLiteral("named"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT length(v) FROM t WHERE id = 8"))->toInt(), 1);
}

void TestDatabase::injectionTextIsData()
{
    const QString evil = QStringLiteral("x'); DROP TABLE t; --");
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
    QVERIFY(insert.ok());
    insert->bind(1, evil);
    QVERIFY(insert->run().ok());
    auto select = m_db.prepare(QStringLiteral("SELECT count(*) FROM t WHERE v = ?"));
    QVERIFY(select.ok());
    select->bind(1, evil);
    QVERIFY(select->step().value());
    QCOMPARE(select->integer(0), qint64(1));
    QCOMPARE(count(QStringLiteral("t")), 1);
}

void TestDatabase::unknownNamedParameterFails()
{
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (:v)"));
    QVERIFY(insert.ok());
    insert->bind(":typo", 1);
    auto r = insert->step();
    QVERIFY(!r.ok()); // a bind error is never silently ignored (it would insert NULL)
    QCOMPARE(count(QStringLiteral("t")), 0);
}

void TestDatabase::transactionRollsBackOnDestruction()
{
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(id, v) VALUES (1, 'original')")).ok());
    {
        Transaction tx(m_db);
        QVERIFY(tx.began().ok());
        QVERIFY(m_db.exec(QStringLiteral("UPDATE t SET v = 'changed' WHERE id = 1")).ok());
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(id, v) VALUES (2, 'added')")).ok());
        QVERIFY(m_db.exec(QStringLiteral("CREATE TABLE u (x)")).ok());
        QCOMPARE(count(QStringLiteral("t")), 2); // visible inside the transaction
        // no commit(): an early return or an error path
    }
    QCOMPARE(count(QStringLiteral("t")), 1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT v FROM t WHERE id = 1"))->toString(), QStringLiteral("original"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'u'"))->toInt(), 0);
    // Not left inside a transaction: a new one can begin.
    Transaction next(m_db);
    QVERIFY(next.began().ok());
}

void TestDatabase::transactionCommitKeeps()
{
    {
        Transaction tx(m_db);
        QVERIFY(tx.began().ok());
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(id, v) VALUES (1, 'kept')")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(count(QStringLiteral("t")), 1);
    // Survives closing and reopening.
    m_db.close();
    auto db = Database::open(m_path, m_key, Database::Mode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(why(db)));
    m_db = std::move(db.value());
    QCOMPARE(count(QStringLiteral("t")), 1);
}

void TestDatabase::fullDiskChangesNothing()
{
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('row %1')").arg(i)).ok());
    const QString contentBefore = m_db.scalar(QStringLiteral("SELECT group_concat(id || '=' || v, ',') FROM t"))->toString();
    const int pages = m_db.scalar(QStringLiteral("PRAGMA page_count"))->toInt();
    QVERIFY(pages > 0);
    // The file cannot grow beyond what it has: to SQLite that is a full disk.
    QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA max_page_count = ") + QString::number(pages))->toInt(), pages);

    const QByteArray big(256 * 1024, 'z');
    {
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
        QVERIFY(insert.ok());
        insert->bind(1, big);
        const Status st = insert->run();
        QVERIFY2(!st.ok(), "a write beyond max_page_count succeeded");
        QCOMPARE(int(st.error().code()), int(ErrorCode::Runtime));
        QVERIFY2(st.error().message().contains(QStringLiteral("disk is full")), qPrintable(why(st)));
        QVERIFY2(st.error().message().contains(QStringLiteral("Nothing was changed")), qPrintable(why(st)));
    }
    // Inside an explicit transaction too: the failed statement and the transaction leave nothing.
    {
        Transaction tx(m_db);
        QVERIFY(tx.began().ok());
        QVERIFY(m_db.exec(QStringLiteral("UPDATE t SET v = 'changed' WHERE id = 1")).ok());
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
        QVERIFY(insert.ok());
        insert->bind(1, big);
        QVERIFY(!insert->run().ok());
    }
    QCOMPARE(count(QStringLiteral("t")), 10);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT group_concat(id || '=' || v, ',') FROM t"))->toString(), contentBefore);
    QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA page_count"))->toInt(), pages);
    QVERIFY(m_db.scalar(QStringLiteral("PRAGMA quick_check"))->toString() == QLatin1String("ok"));

    // With room again, the same write succeeds.
    QVERIFY(m_db.scalar(QStringLiteral("PRAGMA max_page_count = 1000000")).ok());
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
    QVERIFY(insert.ok());
    insert->bind(1, big);
    const Status st = insert->run();
    QVERIFY2(st.ok(), qPrintable(why(st)));
    QCOMPARE(count(QStringLiteral("t")), 11);
}

void TestDatabase::sameKeyReopensOtherKeyDoesNot()
{
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('x')")).ok());
    m_db.close();

    auto wrong = Database::open(m_path, SecureBuffer::random(32), Database::Mode::OpenExisting);
    QVERIFY(!wrong.ok());
    QCOMPARE(int(wrong.error().code()), int(ErrorCode::Integrity));

    auto plain = Database::openPlain(m_path, Database::Mode::OpenExisting);
    QVERIFY(!plain.ok()); // the file is not a readable SQLite file without the key

    auto missing = Database::open(m_dir.filePath(QStringLiteral("missing.db")), m_key, Database::Mode::OpenExisting);
    QVERIFY(!missing.ok());
    QCOMPARE(int(missing.error().code()), int(ErrorCode::NotFound));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));

    auto right = Database::open(m_path, m_key, Database::Mode::OpenExisting);
    QVERIFY2(right.ok(), qPrintable(why(right)));
    m_db = std::move(right.value());
    QCOMPARE(count(QStringLiteral("t")), 1);
}

void TestDatabase::wrongKeySizeIsRefused()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("short-key.db")), SecureBuffer::random(16), Database::Mode::Create);
    QVERIFY(!db.ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("short-key.db"))));
}

void TestDatabase::cachedStatementIsReusedUnbound()
{
    const QString sql = QStringLiteral("INSERT INTO t(id, v) VALUES (?, ?)");
    QCOMPARE(m_db.cachedStatementCount(), 0);
    {
        auto insert = m_db.prepareCached(sql);
        QVERIFY2(insert.ok(), qPrintable(why(insert)));
        insert->bind(1, 1).bind(2, QStringLiteral("first"));
        QVERIFY(insert->run().ok());
        QCOMPARE(m_db.cachedStatementCount(), 0); // in use, not in the cache
    }
    QCOMPARE(m_db.cachedStatementCount(), 1);
    {
        auto again = m_db.prepareCached(sql);
        QVERIFY(again.ok());
        QCOMPARE(m_db.cachedStatementCount(), 0); // the kept one was handed out
        // The bindings of the previous use are gone: only id is bound, so v is NULL.
        again->bind(1, 2);
        QVERIFY(again->run().ok());
    }
    QCOMPARE(m_db.cachedStatementCount(), 1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM t WHERE id = 2 AND v IS NULL"))->toInt(), 1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT v FROM t WHERE id = 1"))->toString(), QStringLiteral("first"));
}

void TestDatabase::cachedSqlInUseGetsASecondStatement()
{
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(id, v) VALUES (1, 'a'), (2, 'b')")).ok());
    const QString sql = QStringLiteral("SELECT v FROM t WHERE id = ?");
    {
        auto outer = m_db.prepareCached(sql);
        auto inner = m_db.prepareCached(sql);
        QVERIFY(outer.ok() && inner.ok());
        outer->bind(1, 1);
        inner->bind(1, 2);
        QVERIFY(outer->step().value());
        QVERIFY(inner->step().value());
        QCOMPARE(outer->text(0), QStringLiteral("a"));
        QCOMPARE(inner->text(0), QStringLiteral("b"));
    }
    QCOMPARE(m_db.cachedStatementCount(), 1); // one kept, the duplicate finalised
}

void TestDatabase::cachedStatementsEndTheirReadOnRelease()
{
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(id, v) VALUES (1, 'a'), (2, 'b')")).ok());
    {
        auto select = m_db.prepareCached(QStringLiteral("SELECT v FROM t ORDER BY id"));
        QVERIFY(select.ok());
        QVERIFY(select->step().value()); // stopped after the first row: a read is open
    }
    // Given back reset: no statement of the connection is still running.
    QCOMPARE(m_db.cachedStatementCount(), 1);
    QVERIFY(sqlite3_next_stmt(m_db.handle(), nullptr) != nullptr);
    for (sqlite3_stmt *s = sqlite3_next_stmt(m_db.handle(), nullptr); s; s = sqlite3_next_stmt(m_db.handle(), s))
        QVERIFY(!sqlite3_stmt_busy(s));
    // A schema change is not blocked by the kept statement.
    QVERIFY(m_db.exec(QStringLiteral("DROP TABLE t")).ok());
}

void TestDatabase::closeFinalisesCachedStatements()
{
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO t(id, v) VALUES (1, 'a')")).ok());
    {
        auto kept = m_db.prepareCached(QStringLiteral("SELECT v FROM t WHERE id = ?"));
    }
    auto outliving = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(outliving.ok());
    QCOMPARE(m_db.cachedStatementCount(), 1);
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));

    Statement lastOne = std::move(outliving.value());
    m_db.close();
    QCOMPARE(m_db.cachedStatementCount(), 0);
    // The kept statement did not defer the close (which is when SQLCipher wipes its key): the last
    // connection's close checkpoints and removes the WAL file. The statement still held by a caller
    // does defer it until it is destroyed, and is then finalised, not kept.
    lastOne = Statement();
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));

    auto db = Database::open(m_path, m_key, Database::Mode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(why(db)));
    m_db = std::move(db.value());
    QCOMPARE(count(QStringLiteral("t")), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
