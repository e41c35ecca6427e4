#include "CliRunner.h"
#include "TestVault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// vangnet-cli incident add/list/close and visit-rules set/show: good paths, and bad codes or
// dates exiting 2 with the allowed values named and nothing stored.
class TestCliSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void incidentAddAndList();
    void incidentFromStandardInput();
    void badIncidentsExit2_data();
    void badIncidentsExit2();
    void incidentClose();
    void visitRules();
    void visitRulesBadCode();

private:
    test::CliResult cli(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return m_runner.run(QStringList { QStringLiteral("--vault"), m_vault } + args, stdinData);
    }
    int incidentCount() const
    {
        const auto r = cli({ QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("list") });
        return r.exitCode == 0 ? int(r.json().array().size()) : -1;
    }
    static QByteArray incidentJson(const QString &date, const QString &setting, const QString &type)
    {
        return QJsonDocument(QJsonObject { { QStringLiteral("date"), date }, { QStringLiteral("setting"), setting },
                                 { QStringLiteral("type"), type }, { QStringLiteral("source"), QStringLiteral("exploiter") },
                                 { QStringLiteral("description"), QStringLiteral("Followed home after the visit") },
                                 { QStringLiteral("caseId"), QStringLiteral("case-17") },
                                 { QStringLiteral("policeReport"), QStringLiteral("PL-2024-88") },
                                 { QStringLiteral("measures"), QStringLiteral("two-person visits") } })
            .toJson();
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_vault;
    test::CliRunner m_runner;
};

void TestCliSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.path() + QStringLiteral("/vault");
    m_runner.setPassphrase(test::testPassphrase());
    const auto r = cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliSafety::incidentAddAndList()
{
    const int before = incidentCount();
    const QString file = writeFile(QStringLiteral("a.json"),
        incidentJson(QStringLiteral("2024-02-01"), QStringLiteral("home_visit"), QStringLiteral("stalking")));
    auto r = cli({ QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject added = r.json().object();
    QVERIFY(!added.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(added.value(QStringLiteral("type")).toString(), QStringLiteral("stalking"));
    QCOMPARE(added.value(QStringLiteral("policeReport")).toObject().value(QStringLiteral("filed")).toBool(), true);
    QCOMPARE(added.value(QStringLiteral("policeReport")).toObject().value(QStringLiteral("reference")).toString(),
        QStringLiteral("PL-2024-88"));
    QCOMPARE(incidentCount(), before + 1);

    r = cli({ QStringLiteral("incident"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(added.value(QStringLiteral("id")).toString().toUtf8()));
    QVERIFY(r.out.contains("stalking"));

    r = cli({ QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("list") });
    const QJsonArray list = r.json().array();
    bool seen = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")) == added.value(QStringLiteral("id"))) {
            seen = true;
            QCOMPARE(o.value(QStringLiteral("caseId")).toString(), QStringLiteral("case-17"));
            QCOMPARE(o.value(QStringLiteral("measures")).toString(), QStringLiteral("two-person visits"));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        }
    }
    QVERIFY(seen);
}

void TestCliSafety::incidentFromStandardInput()
{
    const int before = incidentCount();
    auto r = cli({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
        incidentJson(QStringLiteral("2024-03-01"), QStringLiteral("office"), QStringLiteral("verbal")));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Recorded incident"));
    QCOMPARE(incidentCount(), before + 1);
}

void TestCliSafety::badIncidentsExit2_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad setting") << incidentJson(QStringLiteral("2024-02-01"), QStringLiteral("car"), QStringLiteral("verbal"))
                                 << "office, home_visit, shelter, online";
    QTest::newRow("bad type") << incidentJson(QStringLiteral("2024-02-01"), QStringLiteral("office"), QStringLiteral("rude"))
                              << "verbal, threat, physical, damage, stalking, intimidation_via_family";
    QTest::newRow("bad date") << incidentJson(QStringLiteral("01-02-2024"), QStringLiteral("office"), QStringLiteral("verbal"))
                              << "YYYY-MM-DD";
    QTest::newRow("future date") << incidentJson(QStringLiteral("2999-01-01"), QStringLiteral("office"), QStringLiteral("verbal"))
                                 << "future";
    QTest::newRow("malformed JSON") << QByteArray("{\"date\": ") << "malformed";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "one JSON object";
}

void TestCliSafety::badIncidentsExit2()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, mentions);
    const int before = incidentCount();
    const auto r
        = cli({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") }, document);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(incidentCount(), before);

    const auto j = cli({ QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"),
                           QStringLiteral("-") },
        document);
    QCOMPARE(j.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(j.err).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), 2);
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_input"));
}

void TestCliSafety::incidentClose()
{
    auto r = cli({ QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"),
                     QStringLiteral("-") },
        incidentJson(QStringLiteral("2024-04-01"), QStringLiteral("shelter"), QStringLiteral("physical")));
    QCOMPARE(r.exitCode, 0);
    const QString id = r.json().object().value(QStringLiteral("id")).toString();
    r = cli({ QStringLiteral("incident"), QStringLiteral("close"), id });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--open") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(id.toUtf8()));
    r = cli({ QStringLiteral("incident"), QStringLiteral("close"), QStringLiteral("no-such-id") });
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("incident"), QStringLiteral("add") });
    QCOMPARE(r.exitCode, 2);
}

void TestCliSafety::visitRules()
{
    auto r = cli({ QStringLiteral("visit-rules"), QStringLiteral("show"), QStringLiteral("case-9") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("No visit rules"));

    r = cli({ QStringLiteral("visit-rules"), QStringLiteral("set"), QStringLiteral("case-9"), QStringLiteral("--rules"),
        QStringLiteral("two_person_visits,no_home_visits"), QStringLiteral("--note"), QStringLiteral("Call ahead") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({ QStringLiteral("--json"), QStringLiteral("visit-rules"), QStringLiteral("show"), QStringLiteral("case-9") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("caseId")).toString(), QStringLiteral("case-9"));
    QCOMPARE(o.value(QStringLiteral("rules")).toArray(),
        QJsonArray({ QStringLiteral("two_person_visits"), QStringLiteral("no_home_visits") }));
    QCOMPARE(o.value(QStringLiteral("note")).toString(), QStringLiteral("Call ahead"));

    r = cli({ QStringLiteral("visit-rules"), QStringLiteral("show"), QStringLiteral("case-9") });
    QVERIFY(r.out.contains("Visits only with two staff members"));
    QVERIFY(r.out.contains("Call ahead"));

    r = cli(
        { QStringLiteral("visit-rules"), QStringLiteral("set"), QStringLiteral("case-9"), QStringLiteral("--rules"), QString() });
    QCOMPARE(r.exitCode, 0);
    r = cli({ QStringLiteral("visit-rules"), QStringLiteral("show"), QStringLiteral("case-9") });
    QVERIFY(r.out.contains("No visit rules"));
}

void TestCliSafety::visitRulesBadCode()
{
    auto r = cli({ QStringLiteral("visit-rules"), QStringLiteral("set"), QStringLiteral("case-10"), QStringLiteral("--rules"),
        QStringLiteral("two_person_visits,bring_backup") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("bring_backup"));
    QVERIFY(r.err.contains("no_visits_alone_after_dark"));
    r = cli({ QStringLiteral("--json"), QStringLiteral("visit-rules"), QStringLiteral("show"), QStringLiteral("case-10") });
    QCOMPARE(r.json().object().value(QStringLiteral("rules")).toArray().size(), 0);
    r = cli({ QStringLiteral("visit-rules"), QStringLiteral("set"), QStringLiteral("case-10") });
    QCOMPARE(r.exitCode, 2);
    r = cli(
        { QStringLiteral("visit-rules"), QStringLiteral("set"), QStringLiteral("--rules"), QStringLiteral("no_home_visits") });
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "TestCliSafety.moc"
