#include "CliRunner.h"
#include "TestVault.h"

#include "exchange/BundleWriter.h"
#include "exchange/Manifest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vangnet;

// Three vaults exchange bundles end to end through vangnet-cli: a field worker hands a case to the
// coordinator (team), the coordinator registers it at CoMensha on the victim's consent (external).
class TestCliExchange final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threeVaultsEndToEnd();
    void usageErrors();
    void forgedSenderInspectFails();
    void exchangeFolderWithoutAFolder();

private:
    test::CliResult cli(const QString &vault, const QStringList &args) const
    {
        return m_runner.run(QStringList { QStringLiteral("--vault"), m_dir.path() + QLatin1Char('/') + vault } + args);
    }
    test::CliResult json(const QString &vault, const QStringList &args) const
    {
        return cli(vault, QStringList { QStringLiteral("--json") } + args);
    }
    QString file(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    QTemporaryDir m_dir;
    test::CliRunner m_runner;
};

void TestCliExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_runner.setPassphrase(test::testPassphrase());
    for (const QString &v : { QStringLiteral("worker"), QStringLiteral("coordinator"), QStringLiteral("comensha") }) {
        const auto r = cli(v,
            { QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"), QStringLiteral("--kdf-passes"),
                QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

void TestCliExchange::threeVaultsEndToEnd()
{
    // Identities and contact cards.
    QCOMPARE(cli(QStringLiteral("worker"),
                 { QStringLiteral("identity"), QStringLiteral("set-name"), QStringLiteral("Field worker Noord"),
                     QStringLiteral("--organisation"), QStringLiteral("Zorgcoördinatie Utrecht") })
                 .exitCode,
        0);
    QCOMPARE(cli(QStringLiteral("coordinator"),
                 { QStringLiteral("identity"), QStringLiteral("set-name"), QStringLiteral("Coordinator Utrecht") })
                 .exitCode,
        0);
    QCOMPARE(
        cli(QStringLiteral("comensha"), { QStringLiteral("identity"), QStringLiteral("set-name"), QStringLiteral("CoMensha") })
            .exitCode,
        0);
    for (const QString &v : { QStringLiteral("worker"), QStringLiteral("coordinator"), QStringLiteral("comensha") }) {
        const auto r = cli(v,
            { QStringLiteral("identity"), QStringLiteral("export-card"), QStringLiteral("--out"),
                file(v + QStringLiteral(".vncard")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const auto shown = json(QStringLiteral("coordinator"), { QStringLiteral("identity"), QStringLiteral("show") });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("Coordinator Utrecht"));
    QCOMPARE(shown.json().object().value(QStringLiteral("fingerprint")).toString().size(), 47);

    auto added = json(QStringLiteral("worker"),
        { QStringLiteral("contact"), QStringLiteral("add"), file(QStringLiteral("coordinator.vncard")), QStringLiteral("--name"),
            QStringLiteral("Coordinator"), QStringLiteral("--team") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(added.json().object().value(QStringLiteral("verified")).toBool(), false);
    QCOMPARE(added.json().object().value(QStringLiteral("fingerprint")).toString(),
        shown.json().object().value(QStringLiteral("fingerprint")).toString());
    QCOMPARE(cli(QStringLiteral("worker"), { QStringLiteral("contact"), QStringLiteral("verify"), QStringLiteral("Coordinator") })
                 .exitCode,
        0);
    added = json(QStringLiteral("coordinator"),
        { QStringLiteral("contact"), QStringLiteral("add"), file(QStringLiteral("worker.vncard")), QStringLiteral("--name"),
            QStringLiteral("Worker"), QStringLiteral("--team") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString workerContact = added.json().object().value(QStringLiteral("id")).toString();
    added = json(QStringLiteral("coordinator"),
        { QStringLiteral("contact"), QStringLiteral("add"), file(QStringLiteral("comensha.vncard")), QStringLiteral("--name"),
            QStringLiteral("CoMensha") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(added.json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("external"));
    QCOMPARE(
        cli(QStringLiteral("coordinator"), { QStringLiteral("contact"), QStringLiteral("verify"), QStringLiteral("CoMensha") })
            .exitCode,
        0);
    QCOMPARE(cli(QStringLiteral("comensha"),
                 { QStringLiteral("contact"), QStringLiteral("add"), file(QStringLiteral("coordinator.vncard")) })
                 .exitCode,
        0);
    QCOMPARE(cli(QStringLiteral("comensha"),
                 { QStringLiteral("contact"), QStringLiteral("verify"), QStringLiteral("Coordinator Utrecht") })
                 .exitCode,
        0);

    // The field worker records a case and hands it over.
    QFile caseFile(file(QStringLiteral("case.json")));
    QVERIFY(caseFile.open(QIODevice::WriteOnly));
    caseFile.write(
        R"({"givenName": "Ana", "familyName": "Popescu", "birthDate": "1995-04-02", "gender": "female", "nationality": "RO",
                      "exploitationForms": ["labour"], "reporterType": "police", "region": "Utrecht", "phone": "+40700000001"})");
    caseFile.close();
    const auto created = json(QStringLiteral("worker"),
        { QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), file(QStringLiteral("case.json")) });
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString caseId = created.json().object().value(QStringLiteral("id")).toString();
    auto exported = json(QStringLiteral("worker"),
        { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("Coordinator"), QStringLiteral("--out"),
            file(QStringLiteral("team.vnb")) });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(exported.json().object().value(QStringLiteral("included")).toArray().size(), 1);

    // Unverified sender: inspect yes, import no (exit 5); after verifying: imported.
    auto inspected = json(QStringLiteral("coordinator"), { QStringLiteral("inspect"), file(QStringLiteral("team.vnb")) });
    QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
    QCOMPARE(
        inspected.json().object().value(QStringLiteral("sender")).toObject().value(QStringLiteral("verified")).toBool(), false);
    QCOMPARE(inspected.json().object().value(QStringLiteral("manifest")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("team"));
    QCOMPARE(cli(QStringLiteral("coordinator"), { QStringLiteral("import"), file(QStringLiteral("team.vnb")) }).exitCode, 5);
    QCOMPARE(
        cli(QStringLiteral("coordinator"), { QStringLiteral("contact"), QStringLiteral("verify"), workerContact }).exitCode, 0);
    auto imported = json(QStringLiteral("coordinator"), { QStringLiteral("import"), file(QStringLiteral("team.vnb")) });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.json().object().value(QStringLiteral("created")).toInt(), 1);
    imported = json(QStringLiteral("coordinator"), { QStringLiteral("import"), file(QStringLiteral("team.vnb")) });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json().object().value(QStringLiteral("alreadyImported")).toBool(), true);

    // Nothing consented yet: exit 4 and no file.
    QCOMPARE(cli(QStringLiteral("coordinator"),
                 { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("CoMensha"), QStringLiteral("--purpose"),
                     QStringLiteral("registration"), QStringLiteral("--cases"), caseId, QStringLiteral("--out"),
                     file(QStringLiteral("refused.vnb")) })
                 .exitCode,
        4);
    QVERIFY(!QFile::exists(file(QStringLiteral("refused.vnb"))));

    // Consent for registration, then the export to CoMensha.
    const auto consent = cli(QStringLiteral("coordinator"),
        { QStringLiteral("consent"), QStringLiteral("add"), caseId, QStringLiteral("--recipient"), QStringLiteral("CoMensha"),
            QStringLiteral("--purpose"), QStringLiteral("registration"), QStringLiteral("--scopes"),
            QStringLiteral("exploitation,identity"), QStringLiteral("--method"), QStringLiteral("written") });
    QVERIFY2(consent.exitCode == 0, consent.err.constData());
    const auto dry = json(QStringLiteral("coordinator"),
        { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("CoMensha"), QStringLiteral("--purpose"),
            QStringLiteral("registration"), QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QVERIFY(dry.json().object().value(QStringLiteral("bundleId")).isNull());
    exported = json(QStringLiteral("coordinator"),
        { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("CoMensha"), QStringLiteral("--purpose"),
            QStringLiteral("registration"), QStringLiteral("--out"), file(QStringLiteral("registration.vnb")) });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonArray included = exported.json().object().value(QStringLiteral("included")).toArray();
    QCOMPARE(included.size(), 1);
    QCOMPARE(included.first().toObject().value(QStringLiteral("id")).toString(), caseId);

    // CoMensha receives a registration with the registration fields only.
    imported = json(QStringLiteral("comensha"), { QStringLiteral("import"), file(QStringLiteral("registration.vnb")) });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.json().object().value(QStringLiteral("received")).toInt(), 1);
    const auto received = json(QStringLiteral("comensha"), { QStringLiteral("received"), QStringLiteral("list") });
    QCOMPARE(received.exitCode, 0);
    QCOMPARE(received.json().array().size(), 1);
    const QJsonObject data = received.json().array().first().toObject().value(QStringLiteral("data")).toObject();
    const QStringList registrationFields { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("exploitationForms"),
        QStringLiteral("nationality"), QStringLiteral("ageBand"), QStringLiteral("gender"), QStringLiteral("reporterType"),
        QStringLiteral("region"), QStringLiteral("signalDate") };
    for (const QString &key : data.keys())
        QVERIFY2(registrationFields.contains(key), qPrintable(key));
    QVERIFY(!data.contains(QStringLiteral("familyName")));
    QVERIFY(!data.contains(QStringLiteral("phone")));
    QCOMPARE(data.value(QStringLiteral("nationality")).toString(), QStringLiteral("RO"));

    // A bundle for the coordinator cannot be opened by CoMensha; a flipped byte is detected.
    QCOMPARE(cli(QStringLiteral("comensha"), { QStringLiteral("inspect"), file(QStringLiteral("team.vnb")) }).exitCode, 3);
    QCOMPARE(cli(QStringLiteral("comensha"), { QStringLiteral("import"), file(QStringLiteral("team.vnb")) }).exitCode, 3);
    QFile original(file(QStringLiteral("registration.vnb")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes[bytes.size() - 40] = char(bytes.at(bytes.size() - 40) ^ 0x01);
    QFile flipped(file(QStringLiteral("flipped.vnb")));
    QVERIFY(flipped.open(QIODevice::WriteOnly));
    flipped.write(bytes);
    flipped.close();
    QCOMPARE(cli(QStringLiteral("comensha"), { QStringLiteral("inspect"), file(QStringLiteral("flipped.vnb")) }).exitCode, 5);
    QCOMPARE(cli(QStringLiteral("comensha"), { QStringLiteral("import"), file(QStringLiteral("flipped.vnb")) }).exitCode, 5);

    // Statistics: previewed, every small count suppressed.
    const auto stats = json(QStringLiteral("coordinator"),
        { QStringLiteral("export-stats"), QStringLiteral("--to"), QStringLiteral("CoMensha"), QStringLiteral("--out"),
            file(QStringLiteral("stats.vnb")) });
    QVERIFY2(stats.exitCode == 0, stats.err.constData());
    for (const QJsonValue &row :
        stats.json().object().value(QStringLiteral("statistics")).toObject().value(QStringLiteral("rows")).toArray())
        QCOMPARE(row[QStringLiteral("count")].toString(), QStringLiteral("<10"));
    QCOMPARE(json(QStringLiteral("comensha"), { QStringLiteral("import"), file(QStringLiteral("stats.vnb")) }).exitCode, 0);

    const auto conflicts = json(QStringLiteral("coordinator"), { QStringLiteral("conflict"), QStringLiteral("list") });
    QCOMPARE(conflicts.exitCode, 0);
    QCOMPARE(conflicts.json().array().size(), 0);
}

void TestCliExchange::usageErrors()
{
    QCOMPARE(
        cli(QStringLiteral("coordinator"), { QStringLiteral("export"), QStringLiteral("--out"), file(QStringLiteral("x.vnb")) })
            .exitCode,
        2);
    QCOMPARE(cli(QStringLiteral("coordinator"),
                 { QStringLiteral("export-stats"), QStringLiteral("--to"), QStringLiteral("CoMensha"),
                     QStringLiteral("--threshold"), QStringLiteral("1"), QStringLiteral("--dry-run") })
                 .exitCode,
        2);
    QCOMPARE(cli(QStringLiteral("coordinator"),
                 { QStringLiteral("conflict"), QStringLiteral("resolve"), QStringLiteral("nope"), QStringLiteral("--take"),
                     QStringLiteral("both") })
                 .exitCode,
        2);
    QCOMPARE(
        cli(QStringLiteral("coordinator"), { QStringLiteral("inspect"), file(QStringLiteral("does-not-exist.vnb")) }).exitCode
            == 0,
        false);
}

// docs/BUNDLE-FORMAT.md: inspect shows a bundle whose manifest names a sender that did not sign it,
// then exits 5.
void TestCliExchange::forgedSenderInspectFails()
{
    const auto coordinator
        = json(QStringLiteral("coordinator"), { QStringLiteral("identity"), QStringLiteral("show") }).json().object();
    const auto worker = json(QStringLiteral("worker"), { QStringLiteral("identity"), QStringLiteral("show") }).json().object();
    const auto key = [](const QJsonObject &o, const char *name) {
        return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1());
    };
    Manifest m;
    m.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.kind = QStringLiteral("team");
    m.sender = { QStringLiteral("Field worker Noord"), QString(), key(worker, "encryptionKey"), key(worker, "signingKey") };
    m.recipients = { { QStringLiteral("Coordinator Utrecht"), QString(), key(coordinator, "encryptionKey"), {} } };
    m.purpose = QStringLiteral("handover");
    m.legalBasis = Manifest::legalBasisFor(m.kind);
    const QString forged = file(QStringLiteral("forged.vnb"));
    QVERIFY(BundleWriter::write(forged, IdentityKeys::generate(),
        { PublicIdentity { key(coordinator, "encryptionKey"), key(coordinator, "signingKey") } },
        { { Manifest::entryName(), m.toBytes() }, { QStringLiteral("records.json"), QByteArrayLiteral("[]") } })
                .ok());
    const auto inspected = json(QStringLiteral("coordinator"), { QStringLiteral("inspect"), forged });
    QCOMPARE(inspected.exitCode, 5);
    QCOMPARE(inspected.json().object()[QStringLiteral("sender")][QStringLiteral("matchesSigner")].toBool(true), false);
    QVERIFY(inspected.err.contains("forged"));
    const auto human = cli(QStringLiteral("coordinator"), { QStringLiteral("inspect"), forged });
    QCOMPARE(human.exitCode, 5);
    QVERIFY(human.out.contains("FORGED"));
}

void TestCliExchange::exchangeFolderWithoutAFolder()
{
    QCOMPARE(cli(QStringLiteral("worker"), { QStringLiteral("exchange"), QStringLiteral("sync") }).exitCode, 2);
    auto r = cli(QStringLiteral("worker"), { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("Coordinator") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("exchange folder"));
    // A share that is not mounted: a warning, exit 0, nothing made.
    const QString missing = file(QStringLiteral("unmounted/share"));
    QCOMPARE(cli(QStringLiteral("worker"),
                 { QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("exchange.folder"), missing })
                 .exitCode,
        0);
    r = json(QStringLiteral("worker"), { QStringLiteral("exchange"), QStringLiteral("sync") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("cannot be reached"));
    QCOMPARE(r.json().object().value(QStringLiteral("reachable")).toBool(true), false);
    QVERIFY(!QFileInfo::exists(missing));
    r = cli(QStringLiteral("worker"), { QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("Coordinator") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("cannot be reached"));
    QCOMPARE(json(QStringLiteral("worker"), { QStringLiteral("exchange"), QStringLiteral("status") }).exitCode, 0);
    QCOMPARE(
        cli(QStringLiteral("worker"), { QStringLiteral("config"), QStringLiteral("reset"), QStringLiteral("exchange.folder") })
            .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "TestCliExchange.moc"
