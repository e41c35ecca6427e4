#include "CliRunner.h"
#include "TestVault.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;
using test::CliResult;

// vangnet-cli report caseload (issue #17): on a generated vault its figures equal the counts worked
// out here, independently, from what was generated and from `case list --json`; bad input exits 2.
class TestCliReports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseloadMatchesTheCaseList();
    void caseloadInWords();
    void badInput();

private:
    CliResult cli(QStringList args, const QByteArray &in = {}) const
    {
        args.prepend(m_vault);
        args.prepend(QStringLiteral("--vault"));
        return m_runner.run(args, in);
    }
    CliResult json(QStringList args, const QByteArray &in = {}) const
    {
        args.prepend(QStringLiteral("--json"));
        return cli(args, in);
    }

    // What was generated, kept to count independently of the program.
    struct Generated
    {
        QString id;
        bool closed = false;
        int level = 1; // the security level docs/domain.md's table gives
        bool overdueTask = false;
    };

    QTemporaryDir m_dir;
    QString m_vault;
    test::CliRunner m_runner;
    QVector<Generated> m_cases;
    int m_openIncidents = 0;
};

void TestCliReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.filePath(QStringLiteral("vault"));
    m_runner.setPassphrase(test::testPassphrase());
    CliResult r = cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    const QDate today = QDate::currentDate();
    const QStringList codes = { QString(), QStringLiteral("green"), QStringLiteral("orange"), QStringLiteral("red") };
    const QStringList phases = { QStringLiteral("signal"), QStringLiteral("intake"), QStringLiteral("reflection"),
        QStringLiteral("placement"), QStringLiteral("trajectory"), QStringLiteral("aftercare") };
    for (int i = 0; i < 30; ++i) {
        Generated g;
        const QString code = codes.at(random.bounded(int(codes.size())));
        const bool police = random.bounded(10) == 0;
        const bool searching = random.bounded(5) == 0;
        QJsonObject threat;
        if (!code.isEmpty())
            threat.insert(QStringLiteral("code"), code);
        threat.insert(QStringLiteral("policeProtection"), police);
        QJsonObject c { { QStringLiteral("givenName"), QStringLiteral("Case%1").arg(i) },
            { QStringLiteral("phase"), phases.at(random.bounded(int(phases.size()))) }, { QStringLiteral("threat"), threat } };
        if (searching)
            c.insert(QStringLiteral("perpetrators"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("alias"), QStringLiteral("P") }, { QStringLiteral("activelySearching"), true } } });
        if (random.bounded(2) == 0) {
            const QDate end = today.addDays(random.bounded(-20, 31));
            c.insert(QStringLiteral("reflectionStart"), end.addDays(-60).toString(Qt::ISODate));
            c.insert(QStringLiteral("reflectionEnd"), end.toString(Qt::ISODate));
        }
        if (random.bounded(2) == 0) {
            const QDate due = today.addDays(random.bounded(-10, 11));
            const bool done = random.bounded(5) == 0;
            c.insert(QStringLiteral("tasks"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("lawyer") },
                    { QStringLiteral("due"), due.toString(Qt::ISODate) }, { QStringLiteral("done"), done } } });
            g.overdueTask = !done && due < today;
        }
        // docs/domain.md: green → S1 (also unassessed), orange → S2, red → S3, police → S4; one up for a searching perpetrator.
        g.level = police ? 4 : code == QLatin1String("red") ? 3 : code == QLatin1String("orange") ? 2 : 1;
        if (searching)
            g.level = std::min(4, g.level + 1);
        r = json({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
            QJsonDocument(c).toJson());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        g.id = r.json().object().value(QStringLiteral("id")).toString();
        m_cases.append(g);
    }
    for (int i = 0; i < 5; ++i) {
        Generated &g = m_cases[random.bounded(int(m_cases.size()))];
        if (g.closed)
            continue;
        r = cli({ QStringLiteral("case"), QStringLiteral("close"), g.id, QStringLiteral("--reason"), QStringLiteral("done") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        g.closed = true;
    }
    for (int i = 0; i < 3; ++i) {
        const QJsonObject incident { { QStringLiteral("date"), today.toString(Qt::ISODate) },
            { QStringLiteral("setting"), QStringLiteral("office") }, { QStringLiteral("type"), QStringLiteral("verbal") },
            { QStringLiteral("source"), QStringLiteral("unknown") },
            { QStringLiteral("description"), QStringLiteral("shouting") } };
        r = json({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
            QJsonDocument(incident).toJson());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (i == 0) {
            r = cli({ QStringLiteral("incident"), QStringLiteral("close"),
                r.json().object().value(QStringLiteral("id")).toString() });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        } else {
            ++m_openIncidents;
        }
    }
}

void TestCliReports::caseloadMatchesTheCaseList()
{
    const CliResult report = json({ QStringLiteral("report"), QStringLiteral("caseload") });
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const QJsonObject figures = report.json().object();

    const CliResult list
        = json({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000") });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray rows = list.json().array();
    QCOMPARE(rows.size(), m_cases.size());

    const QDate today = QDate::currentDate();
    QMap<QString, int> byPhase;
    QMap<QString, int> byLevel;
    int reflectionEnding = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString phase = row.value(QStringLiteral("phase")).toString();
        byPhase[phase] += 1;
        const QDate end = QDate::fromString(row.value(QStringLiteral("reflectionEnd")).toString(), Qt::ISODate);
        if (end.isValid() && today.daysTo(end) >= 0 && today.daysTo(end) <= 14)
            ++reflectionEnding;
        const auto generated = std::find_if(m_cases.cbegin(), m_cases.cend(),
            [&row](const Generated &g) { return g.id == row.value(QStringLiteral("id")).toString(); });
        QVERIFY(generated != m_cases.cend());
        QCOMPARE(phase == QLatin1String("closed"), generated->closed);
        QCOMPARE(row.value(QStringLiteral("requiredLevel")).toString(), QStringLiteral("S%1").arg(generated->level));
        if (!generated->closed)
            byLevel[QStringLiteral("S%1").arg(generated->level)] += 1;
    }
    const QJsonObject phases = figures.value(QStringLiteral("byPhase")).toObject();
    for (auto it = phases.constBegin(); it != phases.constEnd(); ++it)
        QCOMPARE(it.value().toInt(), byPhase.value(it.key()));
    QCOMPARE(phases.size(), 7); // every phase, also those without cases
    const QJsonObject levels = figures.value(QStringLiteral("byRequiredLevel")).toObject();
    QCOMPARE(levels.size(), 5);
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it)
        QCOMPARE(it.value().toInt(), byLevel.value(it.key()));
    QCOMPARE(figures.value(QStringLiteral("inDanger")).toInt(),
        byLevel.value(QStringLiteral("S3")) + byLevel.value(QStringLiteral("S4")));
    QCOMPARE(figures.value(QStringLiteral("reflectionEndingWithin14Days")).toInt(), reflectionEnding);
    const int overdue
        = int(std::count_if(m_cases.cbegin(), m_cases.cend(), [](const Generated &g) { return g.overdueTask && !g.closed; }));
    QCOMPARE(figures.value(QStringLiteral("overdueTasks")).toInt(), overdue);
    QCOMPARE(figures.value(QStringLiteral("placementsWaiting")).toInt(), 0);
    QCOMPARE(figures.value(QStringLiteral("openIncidents")).toInt(), m_openIncidents);

    // The tiles' filters on the command line give lists of exactly the tiles' sizes.
    const auto listed = [this](const QStringList &filter) {
        const CliResult r = json(
            QStringList { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100000") }
            + filter);
        return r.exitCode == 0 ? int(r.json().array().size()) : -1;
    };
    QCOMPARE(listed({ QStringLiteral("--min-level"), QStringLiteral("S3") }), figures.value(QStringLiteral("inDanger")).toInt());
    QCOMPARE(listed({ QStringLiteral("--reflection-ending-days"), QStringLiteral("14") }), reflectionEnding);
    QCOMPARE(listed({ QStringLiteral("--overdue") }), overdue);
    QCOMPARE(listed({ QStringLiteral("--waiting-for-bed") }), 0);
}

void TestCliReports::caseloadInWords()
{
    const CliResult r = cli({ QStringLiteral("report"), QStringLiteral("caseload") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray incidents = QByteArray("Open incidents against staff: ") + QByteArray::number(m_openIncidents);
    QVERIFY(r.out.contains(incidents));
    QVERIFY(r.out.contains("Cases per phase:"));
    QVERIFY(!r.out.contains("byPhase")); // no JSON keys in the words
}

void TestCliReports::badInput()
{
    QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("caseload"), QStringLiteral("--bogus") }).exitCode, 2);
    QCOMPARE(
        cli({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--min-level"), QStringLiteral("S7") }).exitCode, 2);
    test::CliRunner wrong;
    wrong.setPassphrase(QStringLiteral("not the passphrase at all"));
    const CliResult r = wrong.run({ QStringLiteral("--vault"), m_vault, QStringLiteral("report"), QStringLiteral("caseload") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "TestCliReports.moc"
