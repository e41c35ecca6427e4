#include "CliRunner.h"
#include "TestVault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace vangnet;

// `exchange sync` killed (exit 86, as kill -9 would) at every crash point it passes, again and
// again, and then run to its end: every bundle is imported exactly once, every sender learns of
// its delivery, and no receipt is ever partial (core/exchange/ExchangeSync.h says why).
class TestCliExchangeCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSyncLosesNothing_data();
    void killedSyncLosesNothing();

private:
    test::CliResult cli(const QString &vault, const QStringList &args, const QProcessEnvironment &extra = {})
    {
        test::CliRunner runner = m_runner;
        for (const QString &key : extra.keys())
            runner.environment().insert(key, extra.value(key));
        return runner.run(QStringList { QStringLiteral("--vault"), m_dir.path() + QLatin1Char('/') + vault } + args);
    }
    test::CliResult json(const QString &vault, const QStringList &args)
    {
        return cli(vault, QStringList { QStringLiteral("--json") } + args);
    }
    // A new case in the field vault, handed to the coordinator through the exchange folder.
    bool sendHandover(const QString &givenName)
    {
        QFile file(m_dir.path() + QStringLiteral("/case.json"));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QJsonDocument(
            QJsonObject { { QStringLiteral("givenName"), givenName }, { QStringLiteral("familyName"), QStringLiteral("Crash") } })
                       .toJson());
        file.close();
        auto r = json(QStringLiteral("field"),
            { QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), file.fileName() });
        if (r.exitCode != 0)
            return false;
        const QString id = r.json().object().value(QStringLiteral("id")).toString();
        r = json(QStringLiteral("field"),
            { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("Coordinator"), QStringLiteral("--cases"), id });
        return r.exitCode == 0;
    }
    int officeCases()
    {
        const auto r = json(QStringLiteral("office"), { QStringLiteral("case"), QStringLiteral("list") });
        return r.exitCode == 0 ? int(r.json().array().size()) : -1;
    }
    QJsonObject fieldStatus()
    {
        const auto r = json(QStringLiteral("field"), { QStringLiteral("exchange"), QStringLiteral("status") });
        return r.json().object().value(QStringLiteral("contacts")).toArray().first().toObject();
    }

    QTemporaryDir m_dir;
    test::CliRunner m_runner;
    int m_sent = 0;
};

void TestCliExchangeCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner.setPassphrase(test::testPassphrase());
    const QString shared = m_dir.path() + QStringLiteral("/shared");
    QVERIFY(QDir().mkpath(shared));
    for (const QString &v : { QStringLiteral("field"), QStringLiteral("office") }) {
        auto r = cli(v,
            { QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"), QStringLiteral("--kdf-passes"),
                QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(v,
            { QStringLiteral("identity"), QStringLiteral("set-name"),
                v == QLatin1String("field") ? QStringLiteral("Field worker") : QStringLiteral("Coordinator") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(v,
            { QStringLiteral("identity"), QStringLiteral("export-card"), QStringLiteral("--out"),
                m_dir.path() + QLatin1Char('/') + v + QStringLiteral(".vncard") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(v, { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("exchange.folder"), shared });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    for (const auto &[me, them, name] :
        { std::tuple { QStringLiteral("field"), QStringLiteral("office"), QStringLiteral("Coordinator") },
            std::tuple { QStringLiteral("office"), QStringLiteral("field"), QStringLiteral("Field worker") } }) {
        auto r = cli(me,
            { QStringLiteral("contact"), QStringLiteral("add"),
                m_dir.path() + QLatin1Char('/') + them + QStringLiteral(".vncard"), QStringLiteral("--team") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(me, { QStringLiteral("contact"), QStringLiteral("verify"), name });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    // The first passes make the two mailboxes.
    QCOMPARE(cli(QStringLiteral("office"),
                 { QStringLiteral("exchange"), QStringLiteral("sync"), QStringLiteral("--settle-seconds"), QStringLiteral("0") })
                 .exitCode,
        0);
    QCOMPARE(cli(QStringLiteral("field"),
                 { QStringLiteral("exchange"), QStringLiteral("sync"), QStringLiteral("--settle-seconds"), QStringLiteral("0") })
                 .exitCode,
        0);
}

void TestCliExchangeCrash::killedSyncLosesNothing_data()
{
    QTest::addColumn<QString>("point");
    // The crash points a receiving pass passes: its transactions' commits and the receipts' writes.
    for (const char *point : { "transaction-before-commit", "transaction-after-commit", "bundle-before-commit",
             "atomicfile-before-fsync", "atomicfile-before-rename", "atomicfile-after-rename" })
        QTest::newRow(point) << QString::fromLatin1(point);
}

void TestCliExchangeCrash::killedSyncLosesNothing()
{
    QFETCH(QString, point);
    const int casesBefore = officeCases();
    QVERIFY(casesBefore >= 0);
    for (int i = 0; i < 3; ++i)
        QVERIFY(sendHandover(QStringLiteral("%1 %2").arg(point).arg(i)));
    m_sent += 3;

    // Killed at the first, second, … time it reaches the point, until a pass gets past it.
    int kills = 0;
    for (int hit = 1; hit <= 20; ++hit) {
        QProcessEnvironment crash;
        crash.insert(QStringLiteral("VANGNET_CRASH_AT"), point);
        crash.insert(QStringLiteral("VANGNET_CRASH_HIT"), QString::number(hit));
        const auto r = cli(QStringLiteral("office"),
            { QStringLiteral("exchange"), QStringLiteral("sync"), QStringLiteral("--settle-seconds"), QStringLiteral("0") },
            crash);
        if (r.exitCode != 86) {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            break;
        }
        ++kills;
        // Whatever was committed before the kill is whole: never a case twice.
        const int cases = officeCases();
        QVERIFY(cases >= casesBefore && cases <= casesBefore + 3);
    }
    QVERIFY2(kills > 0, "the pass never reached the crash point");
    qInfo("%s: killed %d times", qPrintable(point), kills);

    // The next passes repair the rest: each case imported once, each bundle delivered.
    auto r = json(QStringLiteral("office"),
        { QStringLiteral("exchange"), QStringLiteral("sync"), QStringLiteral("--settle-seconds"), QStringLiteral("0") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(officeCases(), casesBefore + 3);
    r = json(QStringLiteral("field"),
        { QStringLiteral("exchange"), QStringLiteral("sync"), QStringLiteral("--settle-seconds"), QStringLiteral("0") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // A receipt written again after a kill can reach the sender twice (the second is refused as a
    // replay), and a kill before the rename leaves a temporary file that is skipped; but no receipt
    // is ever partial, so none is refused as damaged.
    for (const QJsonValue &s : r.json().object().value(QStringLiteral("skipped")).toArray())
        QVERIFY2(!s[QStringLiteral("reason")].toString().contains(QLatin1String("damaged")),
            qPrintable(s[QStringLiteral("reason")].toString()));
    const QJsonObject status = fieldStatus();
    QCOMPARE(status.value(QStringLiteral("sent")).toInt(), m_sent);
    QCOMPARE(status.value(QStringLiteral("delivered")).toInt(), m_sent);
    QCOMPARE(status.value(QStringLiteral("waiting")).toInt(), 0);
    QCOMPARE(cli(QStringLiteral("office"),
                 { QStringLiteral("exchange"), QStringLiteral("sync"), QStringLiteral("--settle-seconds"), QStringLiteral("0") })
                 .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestCliExchangeCrash)
#include "TestCliExchangeCrash.moc"
