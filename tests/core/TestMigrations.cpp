#include "TestVault.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "vault/Vault.h"
#include "vault/VaultConfig.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

namespace {

QString why(const Error &e)
{
    return e.message() + QStringLiteral(" [") + e.detail() + QLatin1Char(']');
}

QString why(const Status &st)
{
    return st.ok() ? QString() : why(st.error());
}

// The schema objects in creation order (sqlite_master rowid); the rollback test needs the last one made.
QStringList schemaObjectsInOrder(Database &db, bool collidableOnly = false)
{
    // Tables, indexes and views share one namespace: a table of the same name collides with any of them.
    QStringList out;
    auto stmt = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        + (collidableOnly
                ? QStringLiteral(" AND type IN ('table', 'index', 'view')"
                                 // not the shadow tables of a virtual (FTS) table: the
                                 // module makes those itself
                                 " AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%'"
                                 " AND substr(sqlite_master.name, 1, length(v.name) + 1) = v.name || '_')")
                : QString())
        + QStringLiteral(" ORDER BY rowid"));
    if (!stmt)
        return out;
    for (;;) {
        auto row = stmt->step();
        if (!row || !row.value())
            break;
        out.append(stmt->text(0));
    }
    return out;
}

// The full schema (type, name, table, SQL) sorted by name: equal for two databases with the same schema.
QStringList schemaSignature(Database &db)
{
    QStringList out;
    auto stmt = db.prepare(QStringLiteral("SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '')"
                                          " FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name, type"));
    if (!stmt)
        return { QStringLiteral("<query failed>") };
    for (;;) {
        auto row = stmt->step();
        if (!row || !row.value())
            break;
        out.append(stmt->text(0));
    }
    return out;
}

// The version before `version` in the list of steps (0 before the first).
int previousVersion(int version)
{
    int previous = 0;
    for (const Migration &m : Migrations::all())
        if (m.version < version)
            previous = m.version;
    return previous;
}

// version → how often it is recorded.
QMap<int, int> recordedVersions(Database &db)
{
    QMap<int, int> out;
    auto stmt = db.prepare(QStringLiteral("SELECT version, count(*) FROM schema_version GROUP BY version"));
    if (!stmt)
        return out;
    for (;;) {
        auto row = stmt->step();
        if (!row || !row.value())
            break;
        out.insert(static_cast<int>(stmt->integer(0)), static_cast<int>(stmt->integer(1)));
    }
    return out;
}

Result<Database> openAt(const QString &path, const SecureBuffer &key, Database::Mode mode = Database::Mode::OpenExisting)
{
    return Database::open(path, key, mode);
}

} // namespace

// Every schema step, from every older version, on an encrypted database: each version recorded
// once, all tables present, a failing step rolled back whole, and a newer schema refused.
class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreOrderedAndUnique();
    void fromEveryOlderVersion_data();
    void fromEveryOlderVersion();
    void migrateIsIdempotent();
    void newerSchemaIsRefused();
    void vaultWithNewerSchemaIsRefused();
    void failingStepRollsBack_data();
    void failingStepRollsBack();
    void caseListIndexesReplaceSingleColumnOnes();
    void statisticsThresholdMovesToVaultConfig_data();
    void statisticsThresholdMovesToVaultConfig();
    void requiredLevelIsDerivedForStoredCases();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }
    // The objects that exist at version v, made on a scratch database.
    QStringList objectsAt(int version, bool collidableOnly = false);
};

QStringList TestMigrations::objectsAt(int version, bool collidableOnly)
{
    const SecureBuffer key = SecureBuffer::random(32);
    auto db = openAt(freshPath(), key, Database::Mode::Create);
    if (!db || !Migrations::migrate(db.value(), version))
        return { QStringLiteral("<scratch database failed>") };
    return schemaObjectsInOrder(db.value(), collidableOnly);
}

void TestMigrations::stepsAreOrderedAndUnique()
{
    // Teams reserve version ranges, so numbers may have gaps; they must rise strictly, in the order applied.
    const auto &all = Migrations::all();
    QVERIFY(!all.empty());
    int previous = 0;
    for (const Migration &m : all) {
        QVERIFY2(m.version > previous, qPrintable(QStringLiteral("step %1 after %2").arg(m.version).arg(previous)));
        QVERIFY(m.name && *m.name);
        QVERIFY(m.apply != nullptr);
        previous = m.version;
    }
    QCOMPARE(Migrations::latestVersion(), all.back().version);
}

void TestMigrations::fromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    // Every version a released database can be at: empty, or after any step but the last.
    QTest::addRow("from 0 (empty)") << 0;
    for (const Migration &m : Migrations::all())
        if (m.version < Migrations::latestVersion())
            QTest::addRow("from %d (%s)", m.version, m.name) << m.version;
}

void TestMigrations::fromEveryOlderVersion()
{
    QFETCH(int, from);
    const QString path = freshPath();
    const SecureBuffer key = SecureBuffer::random(32);
    {
        auto db = openAt(path, key, Database::Mode::Create);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : why(db.error())));
        const Status st = Migrations::migrate(db.value(), from);
        QVERIFY2(st.ok(), qPrintable(why(st)));
        auto current = Migrations::currentVersion(db.value());
        QVERIFY(current.ok());
        QCOMPARE(current.value(), from);
        // Only the steps up to `from` ran.
        QMap<int, int> upToFrom;
        for (const Migration &m : Migrations::all())
            if (m.version <= from)
                upToFrom.insert(m.version, 1);
        if (from > 0)
            QCOMPARE(recordedVersions(db.value()), upToFrom);
    } // closed: the next release opens the file afresh

    auto db = openAt(path, key);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : why(db.error())));
    const Status st = Migrations::migrate(db.value());
    QVERIFY2(st.ok(), qPrintable(why(st)));

    auto current = Migrations::currentVersion(db.value());
    QVERIFY(current.ok());
    QCOMPARE(current.value(), Migrations::latestVersion());
    QMap<int, int> expected;
    for (const Migration &m : Migrations::all())
        expected.insert(m.version, 1);
    QCOMPARE(recordedVersions(db.value()), expected);

    // The same schema, statement for statement, as a database migrated in one go from empty.
    const QString directPath = freshPath();
    auto direct = openAt(directPath, key, Database::Mode::Create);
    QVERIFY(direct.ok());
    QVERIFY(Migrations::migrate(direct.value()).ok());
    QCOMPARE(schemaSignature(db.value()), schemaSignature(direct.value()));
    const QStringList objects = schemaObjectsInOrder(db.value());
    for (const char *table : { "schema_version", "meta", "audit_log" })
        QVERIFY2(objects.contains(QLatin1String(table)), table);
}

void TestMigrations::migrateIsIdempotent()
{
    const SecureBuffer key = SecureBuffer::random(32);
    auto db = openAt(freshPath(), key, Database::Mode::Create);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrate(db.value()).ok());
    const auto once = recordedVersions(db.value());
    QVERIFY(Migrations::migrate(db.value()).ok());
    QVERIFY(Migrations::migrate(db.value(), Migrations::all().front().version).ok()); // a lower target never goes back
    QCOMPARE(recordedVersions(db.value()), once);
    QCOMPARE(Migrations::currentVersion(db.value()).value(), Migrations::latestVersion());
}

void TestMigrations::newerSchemaIsRefused()
{
    const SecureBuffer key = SecureBuffer::random(32);
    auto db = openAt(freshPath(), key, Database::Mode::Create);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrate(db.value()).ok());
    const int future = Migrations::latestVersion() + 1;
    auto insert = db->prepare(
        QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (?, 'from the future', '2099-01-01')"));
    QVERIFY(insert.ok());
    insert->bind(1, future);
    QVERIFY(insert->run().ok());
    const auto objects = schemaObjectsInOrder(db.value());

    const Status st = Migrations::migrate(db.value());
    QVERIFY(!st.ok());
    QCOMPARE(int(st.error().code()), int(ErrorCode::CannotUnlock));
    QVERIFY2(st.error().message().contains(QStringLiteral("newer version")), qPrintable(st.error().message()));
    QVERIFY2(st.error().message().contains(QString::number(future)), qPrintable(st.error().message()));
    // Nothing was touched.
    QCOMPARE(schemaObjectsInOrder(db.value()), objects);
    QCOMPARE(Migrations::currentVersion(db.value()).value(), future);
}

void TestMigrations::vaultWithNewerSchemaIsRefused()
{
    test::TestVault tv;
    QVERIFY(tv.handle());
    auto insert = tv.vault().database().prepare(
        QStringLiteral("INSERT INTO schema_version(version, name, applied_at) VALUES (?, 'from the future', '2099-01-01')"));
    QVERIFY(insert.ok());
    insert->bind(1, Migrations::latestVersion() + 1);
    QVERIFY(insert->run().ok());
    tv.handle().reset();

    auto opened = Vault::open(tv.folder(), test::testPassphrase());
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code()), int(ErrorCode::CannotUnlock));
    QVERIFY2(opened.error().message().contains(QStringLiteral("newer version")), qPrintable(opened.error().message()));
}

void TestMigrations::failingStepRollsBack_data()
{
    QTest::addColumn<int>("step");
    for (const Migration &m : Migrations::all())
        QTest::addRow("step %d (%s)", m.version, m.name) << m.version;
}

void TestMigrations::failingStepRollsBack()
{
    QFETCH(int, step);
    // What this step adds, and the last of it: a conflicting object of that name makes the step
    // fail as late as possible, after its earlier statements ran.
    const int previous = previousVersion(step);
    const QStringList before = objectsAt(previous);
    QStringList added = objectsAt(step, true);
    for (const QString &name : before)
        added.removeAll(name);
    added.removeAll(QStringLiteral("schema_version"));
    if (added.isEmpty())
        QSKIP("this step adds no named object to collide with");
    const QString conflicting = added.last();

    const QString path = freshPath();
    const SecureBuffer key = SecureBuffer::random(32);
    auto db = openAt(path, key, Database::Mode::Create);
    QVERIFY(db.ok());
    QVERIFY(Migrations::migrate(db.value(), previous).ok());
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE \"") + conflicting + QStringLiteral("\" (squatter TEXT)")).ok());
    const QStringList objectsBefore = schemaObjectsInOrder(db.value());
    const auto versionsBefore = recordedVersions(db.value());

    const Status st = Migrations::migrate(db.value());
    QVERIFY2(!st.ok(), "the step ran in spite of the conflicting table");
    auto current = Migrations::currentVersion(db.value());
    QVERIFY(current.ok());
    QCOMPARE(current.value(), previous);
    QCOMPARE(recordedVersions(db.value()), versionsBefore);
    // Nothing of the step remains (for step 1 not even the schema_version table).
    QCOMPARE(schemaObjectsInOrder(db.value()), objectsBefore);
    // The connection is usable and not left inside a transaction.
    QVERIFY(db->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    QVERIFY(db->exec(QStringLiteral("ROLLBACK")).ok());

    // Remove the squatter: the migration then completes.
    QVERIFY(db->exec(QStringLiteral("DROP TABLE \"") + conflicting + QLatin1Char('"')).ok());
    const Status again = Migrations::migrate(db.value());
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(Migrations::currentVersion(db.value()).value(), Migrations::latestVersion());
}

void TestMigrations::caseListIndexesReplaceSingleColumnOnes()
{
    // Step 51: index-backed orders by family name and reflection end, the phase/region filter
    // index and the birth-date index; the phase and family-name indexes they cover are gone.
    const QStringList before = objectsAt(50);
    const QStringList after = objectsAt(51);
    for (const char *gone : { "cases_phase", "cases_family_name" }) {
        QVERIFY2(before.contains(QLatin1String(gone)), gone);
        QVERIFY2(!after.contains(QLatin1String(gone)), gone);
    }
    for (const char *added :
        { "cases_family_name_order", "cases_reflection_end_order", "cases_phase_region", "cases_birth_date" })
        QVERIFY2(after.contains(QLatin1String(added)), added);
}

void TestMigrations::statisticsThresholdMovesToVaultConfig_data()
{
    QTest::addColumn<QString>("stored"); // in meta before step 140; empty: none
    QTest::addColumn<qint64>("expected"); // VaultConfig afterwards
    QTest::newRow("kept") << QStringLiteral("15") << qint64(15);
    QTest::newRow("none: the default") << QString() << qint64(10);
    QTest::newRow("below the minimum: the default") << QStringLiteral("1") << qint64(10);
    QTest::newRow("not a number: the default") << QStringLiteral("many") << qint64(10);
}

void TestMigrations::statisticsThresholdMovesToVaultConfig()
{
    QFETCH(QString, stored);
    QFETCH(qint64, expected);
    const SecureBuffer key = SecureBuffer::random(32);
    auto db = openAt(freshPath(), key, Database::Mode::Create);
    QVERIFY(db);
    QVERIFY(Migrations::migrate(db.value(), 80).ok());
    if (!stored.isEmpty()) {
        auto insert = db->prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('stats_threshold', ?)"));
        QVERIFY(insert);
        insert->bind(1, stored);
        QVERIFY(insert->run().ok());
    }
    const Status st = Migrations::migrate(db.value());
    QVERIFY2(st.ok(), qPrintable(why(st)));
    auto value = VaultConfig(db.value()).integer(VaultConfig::StatisticsThreshold);
    QVERIFY(value);
    QCOMPARE(value.value(), expected);
    auto left = db->prepare(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'stats_threshold'"));
    QVERIFY(left && left->step().value());
    QCOMPARE(left->integer(0), qint64(0));
}

void TestMigrations::requiredLevelIsDerivedForStoredCases()
{
    // Step 180 keeps each case's derived security level beside the list columns: the cases stored
    // before it get theirs from their JSON, with the one table of RequiredSecurityLevel.
    const SecureBuffer key = SecureBuffer::random(32);
    auto db = openAt(freshPath(), key, Database::Mode::Create);
    QVERIFY(db);
    QVERIFY(Migrations::migrate(db.value(), 150).ok());
    const struct
    {
        const char *data;
        int level;
    } cases[] = {
        { R"({})", 1 },
        { R"({"threat":{"code":"green"}})", 1 },
        { R"({"threat":{"code":"orange"}})", 2 },
        { R"({"threat":{"code":"red"}})", 3 },
        { R"({"threat":{"code":"orange"},"perpetrators":[{"alias":"X","activelySearching":true}]})", 3 },
        { R"({"threat":{"code":"red","policeProtection":true}})", 4 },
    };
    int seq = 0;
    for (const auto &c : cases) {
        ++seq;
        auto insert = db->prepare(
            QStringLiteral("INSERT INTO cases(id, number, year, seq, phase, created_at, updated_at, data)"
                           " VALUES (?, ?, 2026, ?, 'intake', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?)"));
        QVERIFY(insert);
        insert->bind(1, QStringLiteral("case-%1").arg(seq)).bind(2, QStringLiteral("VN-2026-%1").arg(seq)).bind(3, seq);
        insert->bind(4, QString::fromUtf8(c.data));
        QVERIFY(insert->run().ok());
    }
    const Status st = Migrations::migrate(db.value());
    QVERIFY2(st.ok(), qPrintable(why(st)));
    auto levels = db->prepare(QStringLiteral("SELECT required_level FROM cases ORDER BY seq"));
    QVERIFY(levels);
    for (const auto &c : cases) {
        QVERIFY(levels->step().value());
        QCOMPARE(int(levels->integer(0)), c.level);
    }
    const QStringList after = objectsAt(180);
    for (const char *added : { "cases_phase_required_level", "cases_created" })
        QVERIFY2(after.contains(QLatin1String(added)), added);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
