#include "FileScan.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

namespace {

const QByteArray Marker = "VANGNET-PLAINTEXT-MARKER-7f3a";
constexpr int Rows = 400; // with the marker ten times per row: far beyond one page, well into the WAL

// The same writes for the vault and for the plain control database.
Status writeMarkers(Database &db)
{
    const QString value = QString::fromLatin1(Marker).repeated(10);
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    AuditLog log(db);
    for (int i = 0; i < Rows; ++i) {
        stmt->reset();
        stmt->bind(1, QStringLiteral("marker.%1").arg(i)).bind(2, value);
        if (auto st = stmt->run(); !st)
            return st;
        if (auto st = log.append(QStringLiteral("test.marker"), QString(), value); !st)
            return st;
    }
    if (auto st = tx.commit(); !st)
        return st;
    // A query that sorts more than fits in a page: with temp_store = FILE it would spill to a temp file.
    auto sorted = db.prepare(QStringLiteral("SELECT value || key FROM meta ORDER BY value || key DESC"));
    if (!sorted)
        return sorted.error();
    for (;;) {
        auto row = sorted->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
    }
    return {};
}

} // namespace

// Case data never reaches the disk in plaintext: not in the database, its WAL or shared memory,
// the key file, nor the temporary folder, whether the vault is open or locked. A plain database
// with the same writes proves the scanner finds the marker where it is.
class TestPlaintextAbsence final : public QObject
{
    Q_OBJECT

public:
    TestPlaintextAbsence()
    {
        // A temporary folder of our own, set before SQLite or Qt look it up, so that the scan sees
        // exactly what this process writes there.
        m_tmp = m_root.filePath(QStringLiteral("tmp"));
        QDir().mkpath(m_tmp);
        qputenv("TMPDIR", QFile::encodeName(m_tmp));
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_tmp));
    }

private slots:
    void initTestCase();
    void controlPlainDatabaseContainsMarker();
    void vaultNeverContainsMarker();

private:
    QTemporaryDir m_root;
    QString m_tmp;
};

void TestPlaintextAbsence::initTestCase()
{
    QVERIFY(m_root.isValid());
    QCOMPARE(QDir::cleanPath(QDir::tempPath()), QDir::cleanPath(m_tmp));
    // Everything else lives outside the scanned temporary folder.
    QVERIFY(!m_root.path().startsWith(m_tmp));
}

void TestPlaintextAbsence::controlPlainDatabaseContainsMarker()
{
    const QString folder = m_root.filePath(QStringLiteral("plain"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/plain.db");
    auto db = Database::openPlain(path, Database::Mode::Create);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrate(db.value()).ok());
    const Status st = writeMarkers(db.value());
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));

    // While open: the WAL holds the pages (proof the scan covers the WAL as well).
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    const QStringList open = test::filesContaining(folder, Marker);
    QVERIFY2(open.contains(path + QStringLiteral("-wal")), qPrintable(open.join(QLatin1Char(' '))));

    db->close();
    const QStringList closed = test::filesContaining(folder, Marker);
    QVERIFY2(closed.contains(path), qPrintable(closed.join(QLatin1Char(' '))));

    // The UTF-16 form is found too.
    QFile utf16(folder + QStringLiteral("/utf16.bin"));
    QVERIFY(utf16.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("xx") + QString::fromLatin1(Marker) + QStringLiteral("yy");
    utf16.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    utf16.close();
    QVERIFY(test::filesContaining(folder, Marker).contains(utf16.fileName()));
}

void TestPlaintextAbsence::vaultNeverContainsMarker()
{
    const QString folder = m_root.filePath(QStringLiteral("vault"));
    auto created = Vault::create(folder, test::testPassphrase(), test::fastKdf());
    QVERIFY(created.ok());
    std::unique_ptr<Vault> vault = std::move(created->vault);
    const Status st = writeMarkers(vault->database());
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));

    // While open: the WAL exists and holds the rows (the database file alone would prove little).
    const QString wal = folder + QStringLiteral("/vault.db-wal");
    QVERIFY2(QFileInfo(wal).size() > qint64(Rows) * 100, "the writes did not reach the WAL");
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/vault.db-shm")));
    QStringList hits = test::filesContaining(folder, Marker);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("while open: ") + hits.join(QLatin1Char(' '))));
    hits = test::filesContaining(m_tmp, Marker);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("temporary folder: ") + hits.join(QLatin1Char(' '))));
    // The data is really there, readable through the key.
    QCOMPARE(vault->database().scalar(QStringLiteral("SELECT count(*) FROM meta WHERE value LIKE '%7f3a%'"))->toInt(), Rows);

    vault->lock();
    QVERIFY(QFileInfo(folder + QStringLiteral("/vault.db")).size() > qint64(Rows) * 100);
    hits = test::filesContaining(folder, Marker);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("after lock: ") + hits.join(QLatin1Char(' '))));
    hits = test::filesContaining(m_tmp, Marker);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("temporary folder: ") + hits.join(QLatin1Char(' '))));

    // Reopen, delete the rows (secure_delete) and lock again: still nothing readable.
    vault.reset();
    auto reopened = Vault::open(folder, test::testPassphrase());
    QVERIFY(reopened.ok());
    QVERIFY(reopened.value()->database().exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'marker.%'")).ok());
    reopened.value().reset();
    hits = test::filesContaining(folder, Marker);
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("after delete: ") + hits.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestPlaintextAbsence)
#include "TestPlaintextAbsence.moc"
