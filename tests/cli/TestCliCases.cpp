#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet::test;

// The contract of the case commands: round trips with --json, exit codes, nothing stored on bad input.
class TestCliCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_vault;

    CliResult run(QStringList args, const QByteArray &in = {})
    {
        args.prepend(m_vault);
        args.prepend(QStringLiteral("--vault"));
        return m_cli.run(args, in);
    }
    CliResult runJson(QStringList args, const QByteArray &in = {})
    {
        args.prepend(QStringLiteral("--json"));
        return run(args, in);
    }
    int caseCount()
    {
        return int(runJson({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000") })
                       .json()
                       .array()
                       .size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("vault"));
        m_cli.setPassphrase(QStringLiteral("lantern orchard velvet 42"));
        const CliResult r = run({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
            QStringLiteral("--kdf-passes"), QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void roundTrip()
    {
        const QByteArray input = R"({"givenName":"Łukasz","familyName":"Nowak","aliases":["Luke"],"birthDate":"1990-05-06",
            "gender":"male","nationality":"PL","languages":["pl"],"residenceStatus":"eu","exploitationForms":["labour"],
            "exploitationRegion":"Westland","reporterType":"labour_inspectorate","region":"Haaglanden","phase":"intake",
            "coordinator":"anna","threat":{"code":"orange","policeProtection":true},"tasks":[{"kind":"benefits","due":"2026-01-02"}],
            "notes":[{"text":"Intake at the office"}]})";
        const CliResult add
            = runJson({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") }, input);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QJsonObject created = add.json().object();
        const QString id = created.value(QStringLiteral("id")).toString();
        const QString number = created.value(QStringLiteral("number")).toString();
        QVERIFY(number.startsWith(QStringLiteral("VN-")));
        QVERIFY(created.value(QStringLiteral("possibleDuplicates")).isArray());

        const CliResult show = runJson({ QStringLiteral("case"), QStringLiteral("show"), number });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject c = show.json().object();
        QCOMPARE(c.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(c.value(QStringLiteral("givenName")).toString(), QStringLiteral("Łukasz"));
        QCOMPARE(c.value(QStringLiteral("threat")).toObject().value(QStringLiteral("policeProtection")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("notes")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("Intake at the office"));
        QVERIFY(c.value(QStringLiteral("notes")).toArray().first().toObject().contains(QStringLiteral("author")));
        for (const char *key : { "familyName", "aliases", "birthDate", "gender", "nationality", "languages", "residenceStatus",
                 "exploitationForms", "exploitationRegion", "reporterType", "region", "phase", "notes", "unaccompaniedMinor",
                 "needs", "childrenCount" })
            QVERIFY2(c.contains(QLatin1String(key)), key);

        const CliResult update
            = runJson({ QStringLiteral("case"), QStringLiteral("update"), id, QStringLiteral("--file"), QStringLiteral("-") },
                R"({"familyName":"Nowak-Kowalski","phase":"placement"})");
        QVERIFY2(update.exitCode == 0, update.err.constData());
        QCOMPARE(update.json().object().value(QStringLiteral("givenName")).toString(), QStringLiteral("Łukasz"));
        QCOMPARE(update.json().object().value(QStringLiteral("familyName")).toString(), QStringLiteral("Nowak-Kowalski"));

        QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("add"), number, QStringLiteral("--file"), QStringLiteral("-") },
                     "Visited at the shelter\n")
                     .exitCode,
            0);
        const CliResult found = runJson({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--query"),
            QStringLiteral("lukasz shel"), QStringLiteral("--form"), QStringLiteral("labour") });
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.json().array().size(), 1);
        const QJsonObject summary = found.json().array().first().toObject();
        QCOMPARE(summary.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(summary.value(QStringLiteral("phase")).toString(), QStringLiteral("placement"));
        // The threat filter: the orange case is found by it, not by another code; the human list
        // names the threat in words.
        const CliResult orange = runJson({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--query"),
            QStringLiteral("lukasz"), QStringLiteral("--threat"), QStringLiteral("orange") });
        QCOMPARE(orange.exitCode, 0);
        QCOMPARE(orange.json().array().size(), 1);
        const CliResult red = runJson({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--query"),
            QStringLiteral("lukasz"), QStringLiteral("--threat"), QStringLiteral("red") });
        QCOMPARE(red.exitCode, 0);
        QCOMPARE(red.json().array().size(), 0);
        const CliResult human
            = run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--threat"), QStringLiteral("orange") });
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("threat: Orange"), human.out.constData());
        // The required security level in force: orange with police protection needs S4 (docs/domain.md);
        // filter by a lowest level and sort by danger.
        QCOMPARE(summary.value(QStringLiteral("requiredLevel")).toString(), QStringLiteral("S4"));
        QVERIFY2(human.out.contains("required level: S4"), human.out.constData());
        for (const char *sort : { "threat", "required-level" }) {
            const CliResult sorted = runJson({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--min-level"),
                QStringLiteral("S4"), QStringLiteral("--sort"), QLatin1String(sort) });
            QVERIFY2(sorted.exitCode == 0, sorted.err.constData());
            QCOMPARE(sorted.json().array().size(), 1);
        }
        QCOMPARE(
            run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--min-level"), QStringLiteral("S9") }).exitCode,
            2);
        QCOMPARE(
            run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("danger") }).exitCode,
            2);

        QTemporaryDir files;
        const QString png = files.filePath(QStringLiteral("scan.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'p'));
        f.close();
        const CliResult attach = runJson({ QStringLiteral("attach"), number, png });
        QVERIFY2(attach.exitCode == 0, attach.err.constData());
        QCOMPARE(attach.json().object().value(QStringLiteral("mediaType")).toString(), QStringLiteral("image/png"));
        const QString txt = files.filePath(QStringLiteral("notes.pdf"));
        QFile t(txt);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just text");
        t.close();
        QCOMPARE(run({ QStringLiteral("attach"), number, txt }).exitCode, 2);

        QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("close"), number }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("phase"), number, QStringLiteral("signal") }).exitCode, 4);
        const CliResult close = runJson(
            { QStringLiteral("case"), QStringLiteral("close"), number, QStringLiteral("--reason"), QStringLiteral("moved") });
        QCOMPARE(close.exitCode, 0);
        QCOMPARE(close.json().object().value(QStringLiteral("phase")).toString(), QStringLiteral("closed"));

        const CliResult history = runJson({ QStringLiteral("case"), QStringLiteral("history"), id });
        QCOMPARE(history.exitCode, 0);
        QStringList fields;
        for (const QJsonValue &e : history.json().array())
            fields.append(e.toObject().value(QStringLiteral("field")).toString());
        for (const char *f2 : { "familyName", "phase", "notes", "attachments", "phaseReason" })
            QVERIFY2(fields.contains(QLatin1String(f2)), f2);

        const CliResult deadlines = runJson({ QStringLiteral("deadlines"), QStringLiteral("--days"), QStringLiteral("30") });
        QCOMPARE(deadlines.exitCode, 0);
        QVERIFY(deadlines.json().isArray());
    }

    void badInputStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("unknown code") << QByteArray(R"({"givenName":"A","gender":"f"})") << QByteArray("gender");
        QTest::newRow("impossible date") << QByteArray(R"({"givenName":"A","birthDate":"2026-02-30"})")
                                         << QByteArray("birthDate");
        QTest::newRow("long reflection") << QByteArray(
            R"({"givenName":"A","reflectionStart":"2026-01-01","reflectionEnd":"2026-05-01"})")
                                         << QByteArray("reflectionEnd");
        QTest::newRow("unknown key") << QByteArray(R"({"givenName":"A","colour":"red"})") << QByteArray("colour");
        QTest::newRow("wrong type") << QByteArray(R"({"givenName":"A","languages":"nl"})") << QByteArray("languages");
        QTest::newRow("no name") << QByteArray(R"({"gender":"female"})") << QByteArray("givenName");
        QTest::newRow("malformed") << QByteArray(R"({"givenName":)") << QByteArray("JSON");
        QTest::newRow("not an object") << QByteArray(R"(["A"])") << QByteArray("object");
    }

    void badInputStoresNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, field);
        const int before = caseCount();
        const CliResult r
            = run({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") }, json);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(field), r.err.constData());
        QCOMPARE(caseCount(), before);
    }

    // reflectionStart alone fills reflectionEnd (end-of-month rule); moving the end needs --reason,
    // which the history keeps; a period over three months exits 2 naming the rule.
    void reflectionPeriod()
    {
        const CliResult add
            = runJson({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
                R"({"givenName":"Reflect","reflectionStart":"2026-11-30"})");
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QString id = add.json().object().value(QStringLiteral("id")).toString();
        const QJsonObject shown = runJson({ QStringLiteral("case"), QStringLiteral("show"), id }).json().object();
        QCOMPARE(shown.value(QStringLiteral("reflectionStart")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(shown.value(QStringLiteral("reflectionEnd")).toString(), QStringLiteral("2027-02-28"));

        const QStringList update
            = { QStringLiteral("case"), QStringLiteral("update"), id, QStringLiteral("--file"), QStringLiteral("-") };
        CliResult r = run(update, R"({"reflectionEnd":"2027-03-01"})");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("at most three months"), r.err.constData());
        r = run(update, R"({"reflectionEnd":"2027-01-31"})");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("reason"), r.err.constData());
        r = runJson(update + QStringList { QStringLiteral("--reason"), QStringLiteral("Report filed early") },
            R"({"reflectionEnd":"2027-01-31"})");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("reflectionEnd")).toString(), QStringLiteral("2027-01-31"));
        QCOMPARE(r.json().object().value(QStringLiteral("reflectionStart")).toString(), QStringLiteral("2026-11-30"));

        const QJsonArray history = runJson({ QStringLiteral("case"), QStringLiteral("history"), id }).json().array();
        QString reason;
        QString reasonChange;
        QString endChange;
        for (const QJsonValue &v : history) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("field")) == QStringLiteral("reflectionEndReason")) {
                reason = e.value(QStringLiteral("new")).toString();
                reasonChange = e.value(QStringLiteral("changeId")).toString();
            } else if (e.value(QStringLiteral("field")) == QStringLiteral("reflectionEnd")) {
                endChange = e.value(QStringLiteral("changeId")).toString();
            }
        }
        QCOMPARE(reason, QStringLiteral("Report filed early"));
        QCOMPARE(reasonChange, endChange);

        // A reason with nothing to explain is refused.
        r = run(update + QStringList { QStringLiteral("--reason"), QStringLiteral("x") }, R"({"region":"Utrecht"})");
        QCOMPARE(r.exitCode, 2);
    }

    void usageErrors()
    {
        QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("show") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("VN-1999-0001") }).exitCode, 2);
        QCOMPARE(
            run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--phase"), QStringLiteral("limbo") }).exitCode,
            2);
        QCOMPARE(
            run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many") }).exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--bogus") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--threat"), QStringLiteral("purple") })
                     .exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("case"), QStringLiteral("add") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("VN-1999-0001"), QStringLiteral("--file"),
                         QStringLiteral("-") },
                     "x")
                     .exitCode,
            2);
        const CliResult err = runJson({ QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("VN-1999-0001"),
                                          QStringLiteral("--file"), QStringLiteral("-") },
            "{}");
        QCOMPARE(err.exitCode, 2);
        QVERIFY(err.err.contains("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestCliCases)
#include "TestCliCases.moc"
