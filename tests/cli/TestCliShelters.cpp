#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet::test;

namespace {

QJsonObject shelter(const QString &id, const QString &type, const QString &level, int freeBeds, const QString &region)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), QString(QStringLiteral("Shelter ") + id) },
        { QStringLiteral("type"), type },
        { QStringLiteral("securityLevel"), level },
        { QStringLiteral("addressConfidentiality"), QStringLiteral("shielded") },
        { QStringLiteral("region"), region },
        { QStringLiteral("capacity"), 10 },
        { QStringLiteral("freeBeds"), freeBeds },
        { QStringLiteral("availabilityAsOf"), QDate::currentDate().toString(Qt::ISODate) },
        { QStringLiteral("genders"), QJsonArray { QStringLiteral("female") } },
        { QStringLiteral("minAge"), 18 },
        { QStringLiteral("maxAge"), 120 },
        { QStringLiteral("residenceStatuses"), QJsonValue(QJsonArray()) },
        { QStringLiteral("acceptsChildren"), false },
        { QStringLiteral("acceptsPets"), false },
        { QStringLiteral("languages"), QJsonArray { QStringLiteral("nl") } },
        { QStringLiteral("specialisms"), QJsonValue(QJsonArray()) },
        { QStringLiteral("address"), QString(QStringLiteral("Schuilweg 12 ") + id) },
    };
}

QByteArray doc(const QJsonArray &a)
{
    return QJsonDocument(a).toJson();
}

} // namespace

// The contract of the shelter and placement commands: --json shapes, exit codes, all-or-nothing
// import, addresses never shown by default.
class TestCliShelters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_vault;
    QString m_caseId;
    QString m_caseNumber;

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
    QJsonObject shelterById(const QString &id)
    {
        const CliResult r = runJson({ QStringLiteral("shelter"), QStringLiteral("list") });
        for (const QJsonValue &v : r.json().array())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
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
        const QByteArray input = R"({"givenName":"Mira","familyName":"Test","gender":"female","birthDate":"1994-02-03",
            "nationality":"NL","residenceStatus":"nl","exploitationRegion":"Utrecht",
            "threat":{"code":"red","perpetratorSearching":false,"perpetratorKnowsLocation":false,"policeProtection":false}})";
        const CliResult add
            = runJson({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") }, input);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        m_caseId = add.json().object().value(QStringLiteral("id")).toString();
        m_caseNumber = add.json().object().value(QStringLiteral("number")).toString();
        QVERIFY(!m_caseId.isEmpty());
    }

    void importIsAllOrNothing()
    {
        QJsonObject bad = shelter(
            QStringLiteral("bad"), QStringLiteral("womens_shelter"), QStringLiteral("S9"), 1, QStringLiteral("Utrecht"));
        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(doc(QJsonArray {
            shelter(QStringLiteral("ok"), QStringLiteral("womens_shelter"), QStringLiteral("S3"), 1, QStringLiteral("Utrecht")),
            bad }));
        f.close();
        const CliResult r = runJson({ QStringLiteral("shelter"), QStringLiteral("import"), file });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("securityLevel"));
        QCOMPARE(runJson({ QStringLiteral("shelter"), QStringLiteral("list") }).json().array().size(), 0);

        QCOMPARE(runJson({ QStringLiteral("shelter"), QStringLiteral("import"), QStringLiteral("-") }, "{not json").exitCode, 2);
        QCOMPARE(runJson({ QStringLiteral("shelter"), QStringLiteral("import"), QStringLiteral("-") }, "{}").exitCode, 2);
        QCOMPARE(run({ QStringLiteral("shelter"), QStringLiteral("import") }).exitCode, 2);
    }

    void importListExport()
    {
        const QJsonArray registry {
            shelter(
                QStringLiteral("far-s3"), QStringLiteral("womens_shelter"), QStringLiteral("S3"), 2, QStringLiteral("Groningen")),
            shelter(
                QStringLiteral("near-s3"), QStringLiteral("womens_shelter"), QStringLiteral("S3"), 2, QStringLiteral("Utrecht")),
            shelter(
                QStringLiteral("low-s1"), QStringLiteral("womens_shelter"), QStringLiteral("S1"), 5, QStringLiteral("Zeeland")),
            shelter(
                QStringLiteral("full-s4"), QStringLiteral("womens_shelter"), QStringLiteral("S4"), 0, QStringLiteral("Drenthe")),
        };
        const CliResult r = runJson({ QStringLiteral("shelter"), QStringLiteral("import"), QStringLiteral("-") }, doc(registry));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("imported")).toInt(), 4);

        const CliResult list = runJson({ QStringLiteral("shelter"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 4);
        QVERIFY(!list.out.contains("Schuilweg"));
        const QJsonObject far = shelterById(QStringLiteral("far-s3"));
        QCOMPARE(far.value(QStringLiteral("securityLevel")).toString(), QStringLiteral("S3"));
        QCOMPARE(far.value(QStringLiteral("freeBeds")).toInt(), 2);
        QVERIFY(!far.contains(QStringLiteral("address")));
        const CliResult human
            = run({ QStringLiteral("shelter"), QStringLiteral("list"), QStringLiteral("--min-level"), QStringLiteral("S3") });
        QCOMPARE(human.exitCode, 0);
        QVERIFY(!human.out.contains("Schuilweg"));
        QVERIFY(!human.out.contains("low-s1"));
        QCOMPARE(run({ QStringLiteral("shelter"), QStringLiteral("list"), QStringLiteral("--min-level"), QStringLiteral("S7") })
                     .exitCode,
            2);

        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(runJson({ QStringLiteral("shelter"), QStringLiteral("export"), QStringLiteral("--out"), out }).exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QCOMPARE(QJsonDocument::fromJson(exported).array().size(), 4);
        QVERIFY(!exported.contains("Schuilweg"));
        QCOMPARE(run({ QStringLiteral("shelter"), QStringLiteral("export") }).exitCode, 2);
        // With addresses: plaintext, so a warning on stderr at the moment of writing, and owner-only.
        QVERIFY(!run({ QStringLiteral("shelter"), QStringLiteral("export"), QStringLiteral("--out"), out })
                     .err.contains("NOT encrypted"));
        const QString full = m_dir.filePath(QStringLiteral("full.json"));
        const CliResult withAddresses = run({ QStringLiteral("shelter"), QStringLiteral("export"), QStringLiteral("--out"), full,
            QStringLiteral("--include-addresses") });
        QCOMPARE(withAddresses.exitCode, 0);
        QVERIFY(withAddresses.err.contains("NOT encrypted"));
        QVERIFY(withAddresses.err.contains("full.json"));
        QCOMPARE(QFile::permissions(full)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());

        // Re-importing the export (no addresses) keeps the stored addresses.
        QCOMPARE(runJson({ QStringLiteral("shelter"), QStringLiteral("import"), out }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("shelter"), QStringLiteral("reveal-address"), QStringLiteral("far-s3") }).exitCode,
            2); // needs --confirm
        const CliResult reveal = runJson({ QStringLiteral("shelter"), QStringLiteral("reveal-address"), QStringLiteral("far-s3"),
            QStringLiteral("--confirm") });
        QCOMPARE(reveal.exitCode, 0);
        QCOMPARE(reveal.json().object().value(QStringLiteral("address")).toString(), QStringLiteral("Schuilweg 12 far-s3"));
    }

    void addOne()
    {
        QJsonObject o = shelter(QString(), QStringLiteral("general_shelter"), QStringLiteral("S2"), 1, QStringLiteral("Twente"));
        o.remove(QStringLiteral("id"));
        const CliResult r
            = runJson({ QStringLiteral("shelter"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
                QJsonDocument(o).toJson());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.json().object().value(QStringLiteral("id")).toString().isEmpty());
        o.insert(QStringLiteral("type"), QStringLiteral("castle"));
        QCOMPARE(runJson({ QStringLiteral("shelter"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
                     QJsonDocument(o).toJson())
                     .exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("shelter"), QStringLiteral("add") }).exitCode, 2);
    }

    void securityLevel()
    {
        const CliResult r = runJson({ QStringLiteral("security-level"), m_caseNumber });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("requiredLevel")).toString(), QStringLiteral("S3"));
        QCOMPARE(r.json().object().value(QStringLiteral("levelReasons")).toArray().size(), 1);

        QCOMPARE(run({ QStringLiteral("security-level"), m_caseId, QStringLiteral("--override"), QStringLiteral("S4") }).exitCode,
            2); // no reason
        QCOMPARE(run({ QStringLiteral("security-level"), m_caseId, QStringLiteral("--override"), QStringLiteral("S9"),
                         QStringLiteral("--reason"), QStringLiteral("x") })
                     .exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("security-level"), QStringLiteral("VN-1900-0001") }).exitCode, 2);
        const CliResult set = runJson({ QStringLiteral("security-level"), m_caseId, QStringLiteral("--override"),
            QStringLiteral("S4"), QStringLiteral("--reason"), QStringLiteral("police advice") });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(set.json().object().value(QStringLiteral("requiredLevel")).toString(), QStringLiteral("S4"));
        QCOMPARE(set.json().object().value(QStringLiteral("derivedLevel")).toString(), QStringLiteral("S3"));
        QVERIFY(set.json().object().value(QStringLiteral("overridden")).toBool());
        const CliResult cleared = runJson({ QStringLiteral("security-level"), m_caseId, QStringLiteral("--clear-override") });
        QCOMPARE(cleared.json().object().value(QStringLiteral("requiredLevel")).toString(), QStringLiteral("S3"));
    }

    void suggest()
    {
        const CliResult r = runJson({ QStringLiteral("suggest"), m_caseNumber });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("requiredLevel")).toString(), QStringLiteral("S3"));
        QVERIFY(!o.value(QStringLiteral("levelReasons")).toArray().isEmpty());
        const QJsonArray suggestions = o.value(QStringLiteral("suggestions")).toArray();
        QCOMPARE(suggestions.size(), 2);
        // Outside the exploitation region first.
        QCOMPARE(suggestions.at(0).toObject().value(QStringLiteral("shelterId")).toString(), QStringLiteral("far-s3"));
        QCOMPARE(suggestions.at(1).toObject().value(QStringLiteral("shelterId")).toString(), QStringLiteral("near-s3"));
        for (const QJsonValue &v : suggestions) {
            const QJsonObject s = v.toObject();
            for (const char *key : { "shelterId", "name", "securityLevel", "score", "reasons" })
                QVERIFY2(s.contains(QLatin1String(key)), key);
            QVERIFY(!s.value(QStringLiteral("reasons")).toArray().isEmpty());
        }
        const QJsonArray excluded = o.value(QStringLiteral("excluded")).toArray();
        QCOMPARE(excluded.size(), 3);
        for (const QJsonValue &v : excluded) {
            const QJsonObject e = v.toObject();
            QVERIFY(!e.value(QStringLiteral("reasons")).toArray().isEmpty());
            if (e.value(QStringLiteral("shelterId")).toString() == QLatin1String("low-s1"))
                QCOMPARE(e.value(QStringLiteral("rules")).toArray(), QJsonArray { QStringLiteral("security_level") });
        }
        QVERIFY(!o.contains(QStringLiteral("advice")));
        QVERIFY(!r.out.contains("Schuilweg"));

        const CliResult limited
            = runJson({ QStringLiteral("suggest"), m_caseId, QStringLiteral("--limit"), QStringLiteral("1") });
        QCOMPARE(limited.json().object().value(QStringLiteral("suggestions")).toArray().size(), 1);
        // Determinism: the same input gives the same output.
        QCOMPARE(runJson({ QStringLiteral("suggest"), m_caseNumber }).out, r.out);

        QCOMPARE(run({ QStringLiteral("suggest") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("suggest"), m_caseId, QStringLiteral("--limit"), QStringLiteral("zero") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("suggest"), QStringLiteral("no-such-case") }).exitCode, 2);
        const CliResult human = run({ QStringLiteral("suggest"), m_caseNumber, QStringLiteral("--show-excluded") });
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("far-s3"));
    }

    void placeAndEnd()
    {
        // Excluded shelters are refused (exit 4), also with a reason when the level is too low.
        QCOMPARE(run({ QStringLiteral("place"), m_caseId, QStringLiteral("low-s1") }).exitCode, 4);
        QCOMPARE(run({ QStringLiteral("place"), m_caseId, QStringLiteral("low-s1"), QStringLiteral("--override-reason"),
                         QStringLiteral("x") })
                     .exitCode,
            4);
        QCOMPARE(run({ QStringLiteral("place"), m_caseId, QStringLiteral("full-s4") }).exitCode, 4);
        QCOMPARE(run({ QStringLiteral("place"), m_caseId, QStringLiteral("nope") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("place"), m_caseId }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("place"), m_caseId, QStringLiteral("far-s3"), QStringLiteral("--hold-days"),
                         QStringLiteral("0") })
                     .exitCode,
            2);

        const CliResult held = runJson({ QStringLiteral("place"), m_caseNumber, QStringLiteral("far-s3"),
            QStringLiteral("--hold-days"), QStringLiteral("2") });
        QVERIFY2(held.exitCode == 0, held.err.constData());
        QCOMPARE(held.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("bed_held"));
        QVERIFY(!held.json().object().value(QStringLiteral("holdUntil")).isNull());
        QCOMPARE(shelterById(QStringLiteral("far-s3")).value(QStringLiteral("freeBeds")).toInt(), 1);

        const CliResult placed = runJson({ QStringLiteral("place"), m_caseId, QStringLiteral("near-s3") });
        QVERIFY2(placed.exitCode == 0, placed.err.constData());
        const QString placementId = placed.json().object().value(QStringLiteral("id")).toString();
        QCOMPARE(shelterById(QStringLiteral("near-s3")).value(QStringLiteral("freeBeds")).toInt(), 1);
        // A second placement while placed is refused.
        QCOMPARE(run({ QStringLiteral("place"), m_caseId, QStringLiteral("far-s3") }).exitCode, 4);

        QCOMPARE(run({ QStringLiteral("placement"), QStringLiteral("end"), placementId }).exitCode, 2); // no reason
        const CliResult ended = runJson({ QStringLiteral("placement"), QStringLiteral("end"), placementId,
            QStringLiteral("--reason"), QStringLiteral("moved on") });
        QVERIFY2(ended.exitCode == 0, ended.err.constData());
        QCOMPARE(ended.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QCOMPARE(shelterById(QStringLiteral("near-s3")).value(QStringLiteral("freeBeds")).toInt(), 2);
        QCOMPARE(run({ QStringLiteral("placement"), QStringLiteral("end"), placementId, QStringLiteral("--reason"),
                         QStringLiteral("again") })
                     .exitCode,
            4);
        QCOMPARE(run({ QStringLiteral("placement"), QStringLiteral("end"), QStringLiteral("missing"), QStringLiteral("--reason"),
                         QStringLiteral("x") })
                     .exitCode,
            2);

        const CliResult list = runJson({ QStringLiteral("placement"), QStringLiteral("list"), m_caseNumber });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 2);
        const QJsonObject newest = list.json().array().at(0).toObject();
        QVERIFY(newest.value(QStringLiteral("history")).toArray().size() >= 1);
        QCOMPARE(run({ QStringLiteral("placement"), QStringLiteral("list") }).exitCode, 2);
    }

    void requestWaitListAndRefusal()
    {
        // A full shelter that meets every other rule takes a wait-list entry; no bed changes hands.
        const CliResult waiting = runJson({ QStringLiteral("placement"), QStringLiteral("request"), m_caseId,
            QStringLiteral("full-s4"), QStringLiteral("--wait-list") });
        QVERIFY2(waiting.exitCode == 0, waiting.err.constData());
        QCOMPARE(waiting.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("wait_list"));
        QCOMPARE(shelterById(QStringLiteral("full-s4")).value(QStringLiteral("freeBeds")).toInt(), 0);
        // Too low a security level is never a wait list.
        QCOMPARE(run({ QStringLiteral("placement"), QStringLiteral("request"), m_caseId, QStringLiteral("low-s1"),
                         QStringLiteral("--wait-list") })
                     .exitCode,
            4);

        const QString id = waiting.json().object().value(QStringLiteral("id")).toString();
        QCOMPARE(
            run({ QStringLiteral("placement"), QStringLiteral("set"), id, QStringLiteral("refused") }).exitCode, 2); // reason
        QCOMPARE(run({ QStringLiteral("placement"), QStringLiteral("set"), id, QStringLiteral("nonsense") }).exitCode, 2);
        const CliResult refused = runJson({ QStringLiteral("placement"), QStringLiteral("set"), id, QStringLiteral("refused"),
            QStringLiteral("--reason"), QStringLiteral("no security beds this month") });
        QVERIFY2(refused.exitCode == 0, refused.err.constData());
        QCOMPARE(refused.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        // Final: nothing follows a refusal.
        QCOMPARE(run({ QStringLiteral("placement"), QStringLiteral("set"), id, QStringLiteral("placed") }).exitCode, 4);

        const CliResult requested
            = runJson({ QStringLiteral("placement"), QStringLiteral("request"), m_caseId, QStringLiteral("far-s3") });
        QVERIFY2(requested.exitCode == 0, requested.err.constData());
        QCOMPARE(requested.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
    }

    void nothingFitsGivesAdvice()
    {
        const QByteArray input = R"({"givenName":"Ana","gender":"female","birthDate":"1999-02-03",
            "nationality":"RO","residenceStatus":"b8_reflection","threat":{"code":"green"}})";
        const CliResult add
            = runJson({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") }, input);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const CliResult r = runJson({ QStringLiteral("suggest"), add.json().object().value(QStringLiteral("id")).toString() });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QVERIFY(o.value(QStringLiteral("suggestions")).toArray().isEmpty());
        const QJsonObject advice = o.value(QStringLiteral("advice")).toObject();
        QCOMPARE(advice.value(QStringLiteral("rule")).toString(), QStringLiteral("cosm"));
        QVERIFY(advice.value(QStringLiteral("nextSteps")).toArray().first().toString().contains(QStringLiteral("CoMensha")));
    }
};

QTEST_GUILESS_MAIN(TestCliShelters)
#include "TestCliShelters.moc"
