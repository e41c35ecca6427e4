#include "CliRunner.h"
#include "TestVault.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
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
    void periodCsv();
    void periodJson();
    void periodPdfInBothLanguages();
    void periodBadInput();

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

    QStringList period() const
    {
        const QDate today = QDate::currentDate();
        return { QStringLiteral("report"), QStringLiteral("period"), QStringLiteral("--from"),
            QDate(today.year(), today.month(), 1).toString(Qt::ISODate), QStringLiteral("--to"), today.toString(Qt::ISODate) };
    }
    static bool ownerOnly(const QString &path)
    {
        return (QFileInfo(path).permissions()
                   & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
            == QFileDevice::Permissions();
    }

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
    // The tile "waiting for a bed, no placement consent": the same cases as the list with both filters;
    // without the waiting filter, every open case lacks a placement consent here (none was recorded).
    QVERIFY(figures.contains(QStringLiteral("waitingWithoutPlacementConsent")));
    QCOMPARE(listed({ QStringLiteral("--waiting-for-bed"), QStringLiteral("--without-placement-consent") }),
        figures.value(QStringLiteral("waitingWithoutPlacementConsent")).toInt());
    QCOMPARE(listed({ QStringLiteral("--without-placement-consent") }),
        int(std::count_if(m_cases.cbegin(), m_cases.cend(), [](const Generated &g) { return !g.closed; })));
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

// The 30 cases were all signalled today: this month's report counts them (30 ≥ the default threshold
// of 10); the handful closed are fewer than 10, so hidden.
void TestCliReports::periodCsv()
{
    const QString out = m_dir.filePath(QStringLiteral("period.csv"));
    const CliResult r
        = cli(period() + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("NOT encrypted"));
    QVERIFY(ownerOnly(out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.startsWith(QStringLiteral("Table,Value,Count\r\n")));
    const QString month
        = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(QDate::currentDate(), QStringLiteral("MMMM yyyy"));
    QVERIFY2(csv.contains(QStringLiteral("Signals per month,%1,30\r\n").arg(month)), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("Signals per month,Total,30\r\n")));
    QVERIFY(csv.contains(QStringLiteral("\"Cases closed, by the phase they were closed in\",Total,<10\r\n")));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 20);
    for (const QString &line : lines.mid(1)) {
        const QString count = line.section(QLatin1Char(','), -1);
        QVERIFY2(count == QLatin1String("<10") || count.toInt() >= 10, qPrintable(line));
        QVERIFY2(!line.contains(QLatin1Char('_')), qPrintable(line)); // labels, not codes such as 30_39
    }
}

void TestCliReports::periodJson()
{
    const CliResult r = json(period());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject data = r.json().object();
    QCOMPARE(data.value(QStringLiteral("threshold")).toInt(), 10);
    const QJsonArray tables = data.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 7);
    QCOMPARE(tables.first()[QStringLiteral("table")].toString(), QStringLiteral("signals"));
    QCOMPARE(tables.first()[QStringLiteral("total")].toInt(), 30);
    for (const QJsonValue &t : tables)
        for (const QJsonValue &row : t[QStringLiteral("rows")].toArray()) {
            const QJsonValue count = row[QStringLiteral("count")];
            QVERIFY(count.isString() ? count.toString() == QLatin1String("<10") : count.toInt() >= 10);
        }
}

void TestCliReports::periodPdfInBothLanguages()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils, packaging/install-deps.sh) is not installed");
    const struct
    {
        const char *language;
        QStringList headings;
    } cases[] = {
        { "en",
            { QStringLiteral("Periodic report"), QStringLiteral("Signals per month"), QStringLiteral("Intakes per month"),
                QStringLiteral("Placements that began, by kind of shelter"), QStringLiteral("Regions of the cases signalled") } },
        { "nl",
            { QStringLiteral("Periodieke rapportage"), QStringLiteral("Signaleringen per maand"),
                QStringLiteral("Intakes per maand"), QStringLiteral("Plaatsingen die begonnen, naar soort opvang"),
                QStringLiteral("Regio's van de gesignaleerde casussen") } },
    };
    for (const auto &c : cases) {
        const QString out = m_dir.filePath(QStringLiteral("period-%1.pdf").arg(QLatin1String(c.language)));
        QStringList args { QStringLiteral("--lang"), QLatin1String(c.language) };
        args += QStringList { QStringLiteral("--vault"), m_vault } + period() + QStringList { QStringLiteral("--out"), out };
        const CliResult r = m_runner.run(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(ownerOnly(out));
        QProcess process;
        process.start(pdftotext, { out, QStringLiteral("-") });
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        for (const QString &heading : c.headings)
            QVERIFY2(text.contains(heading),
                qPrintable(QLatin1String(c.language) + QStringLiteral(": ") + heading + QStringLiteral("\n") + text));
        QVERIFY(!text.contains(QStringLiteral("Case0"))); // no names
    }
}

void TestCliReports::periodBadInput()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.csv"));
    const auto run = [this, &out](const QStringList &options) {
        return cli(QStringList { QStringLiteral("report"), QStringLiteral("period") } + options).exitCode;
    };
    const QStringList both { QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
        QStringLiteral("2026-03-31") };
    QCOMPARE(run({ QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--out"), out }), 2);
    QCOMPARE(run({ QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--out"), out }), 2);
    QCOMPARE(run({ QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                 QStringLiteral("--out"), out }),
        2);
    QCOMPARE(run({ QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                 QStringLiteral("--out"), out }),
        2);
    QCOMPARE(run(both), 2); // neither --out nor --json
    QCOMPARE(run(both + QStringList { QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("xls") }), 2);
    QCOMPARE(run(both + QStringList { QStringLiteral("--out"), out, QStringLiteral("--bogus") }), 2);
    QVERIFY(!QFile::exists(out));
    // A place that cannot be written: a runtime error, no file.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing-folder/report.csv"));
    QCOMPARE(run(both + QStringList { QStringLiteral("--out"), nowhere, QStringLiteral("--format"), QStringLiteral("csv") }), 1);
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "TestCliReports.moc"
