#include "CliRunner.h"
#include "ConsentFixtures.h"
#include "TestVault.h"
#include "consent/DisclosureRegister.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// vangnet-cli consent add/withdraw/list/overview, disclosures and contact list/verify: good paths
// with their --json shapes, and bad input exiting 2 with nothing stored.
class TestCliConsent final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addAndList();
    void humanOutputShowsLabels_data();
    void humanOutputShowsLabels();
    void badInputExits2_data();
    void badInputExits2();
    void underSixteenSubjectRefusedExits4();
    void withdrawListsRecipients();
    void overviewShowsReasons();
    void contactListAndVerify();
    void unknownCaseAndConsent();

private:
    test::CliResult cli(const QStringList &args) const
    {
        return m_runner.run(QStringList { QStringLiteral("--vault"), m_vault } + args);
    }
    int consentCount() const
    {
        const auto r = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("list"), m_case });
        return r.exitCode == 0 ? int(r.json().array().size()) : -1;
    }
    QStringList addArgs() const
    {
        return { QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("add"), m_case,
            QStringLiteral("--recipient"), QStringLiteral("CoMensha"), QStringLiteral("--purpose"),
            QStringLiteral("registration"), QStringLiteral("--scopes"), QStringLiteral("exploitation,identity"),
            QStringLiteral("--method"), QStringLiteral("written") };
    }

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_case;
    QString m_caseNumber;
    QString m_youngCase;
    QString m_comensha;
    QString m_shelter;
    test::CliRunner m_runner;
};

void TestCliConsent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.path() + QStringLiteral("/vault");
    m_runner.setPassphrase(test::testPassphrase());
    const auto r = cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Cases and contacts come from core: `case add` and `contact add` belong to other commands.
    auto vault = Vault::open(m_vault, test::testPassphrase());
    QVERIFY(vault);
    Database &db = vault.value()->database();
    m_case = test::addTestCase(db, QDate(1990, 1, 1));
    m_youngCase = test::addTestCase(db, QDate::currentDate().addYears(-14));
    m_comensha = test::addTestContact(db, QStringLiteral("CoMensha"));
    m_shelter = test::addTestContact(db, QStringLiteral("Shelter Noord"));
    QVERIFY(!m_case.isEmpty() && !m_youngCase.isEmpty() && !m_comensha.isEmpty() && !m_shelter.isEmpty());
    m_caseNumber = CaseRepository(db).load(m_case)->number;
}

void TestCliConsent::addAndList()
{
    const int before = consentCount();
    auto r = cli(addArgs()
        + QStringList { QStringLiteral("--language"), QStringLiteral("ro"), QStringLiteral("--interpreter"),
            QStringLiteral("--told"), QStringLiteral("what CoMensha registers"), QStringLiteral("--valid-from"),
            QStringLiteral("2025-01-10") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = r.json().object().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(r.json().object().keys(), QStringList { QStringLiteral("id") });

    // By case number too, human output.
    auto list = cli({ QStringLiteral("consent"), QStringLiteral("list"), m_caseNumber });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(list.out.contains(id.toUtf8()));

    auto json = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("list"), m_case });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = json.json().array();
    QCOMPARE(rows.size(), before + 1);
    QJsonObject row;
    for (const QJsonValue &v : rows)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            row = v.toObject();
    for (const char *key : { "id", "recipient", "purpose", "scopes", "method", "validFrom", "expires", "withdrawnAt", "status" })
        QVERIFY2(row.contains(QLatin1String(key)), key);
    QCOMPARE(row.value(QStringLiteral("recipient")).toString(), m_comensha);
    QCOMPARE(row.value(QStringLiteral("purpose")).toString(), QStringLiteral("registration"));
    QCOMPARE(row.value(QStringLiteral("scopes")).toArray(),
        (QJsonArray { QStringLiteral("identity"), QStringLiteral("exploitation") }));
    QCOMPARE(row.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2025-01-10"));
    QCOMPARE(row.value(QStringLiteral("expires")).toString(), QStringLiteral("2026-01-10"));
    QVERIFY(row.value(QStringLiteral("withdrawnAt")).isNull());
    QCOMPARE(row.value(QStringLiteral("language")).toString(), QStringLiteral("ro"));
    QCOMPARE(row.value(QStringLiteral("interpreter")).toBool(), true);
    const QString expected = QDate::currentDate() < QDate(2026, 1, 10) ? QStringLiteral("valid") : QStringLiteral("expired");
    QCOMPARE(row.value(QStringLiteral("status")).toString(), expected);
}

// Human output names purposes, scopes, statuses and dates in words in the UI language; --json keeps
// the codes (addAndList).
void TestCliConsent::humanOutputShowsLabels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("Placement request to CoMensha"), QStringLiteral("Sexual life"),
                               QStringLiteral("Residence status"), QStringLiteral("12/02/2025") };
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList { QStringLiteral("Plaatsingsverzoek"), QStringLiteral("Seksueel leven"),
                               QStringLiteral("Verblijfsstatus"), QStringLiteral("12-02-2025") };
}

void TestCliConsent::humanOutputShowsLabels()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    const QString validFrom = QStringLiteral("2025-02-12");
    if (language == QLatin1String("en")) {
        auto added = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("add"), m_case,
            QStringLiteral("--recipient"), QStringLiteral("CoMensha"), QStringLiteral("--purpose"), QStringLiteral("placement"),
            QStringLiteral("--scopes"), QStringLiteral("sexual_life,residence_status,exploitation"), QStringLiteral("--method"),
            QStringLiteral("written"), QStringLiteral("--valid-from"), validFrom });
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    test::CliRunner runner = m_runner;
    runner.environment().insert(QStringLiteral("VANGNET_LANG"), language);
    const auto list
        = runner.run({ QStringLiteral("--vault"), m_vault, QStringLiteral("consent"), QStringLiteral("list"), m_case });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QString out = QString::fromUtf8(list.out);
    for (const QString &word : words)
        QVERIFY2(out.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + out));
    for (const char *code : { "sexual_life", "residence_status", "placement ", "2025-02-12", "not_yet_valid" })
        QVERIFY2(!out.contains(QLatin1String(code)), code);
    const auto overview
        = runner.run({ QStringLiteral("--vault"), m_vault, QStringLiteral("consent"), QStringLiteral("overview"), m_case });
    QVERIFY2(overview.exitCode == 0, overview.err.constData());
    QVERIFY(!overview.out.contains("sexual_life"));
    QVERIFY(!overview.out.contains("residence_status"));
}

void TestCliConsent::badInputExits2_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown scope") << QStringList { QStringLiteral("--scopes"), QStringLiteral("identity,hobbies") } << "hobbies";
    QTest::newRow("unknown purpose") << QStringList { QStringLiteral("--purpose"), QStringLiteral("statistics") } << "statistics";
    QTest::newRow("two purposes") << QStringList { QStringLiteral("--purpose"), QStringLiteral("registration,placement") }
                                  << "separate";
    QTest::newRow("unknown method") << QStringList { QStringLiteral("--method"), QStringLiteral("verbal") } << "verbal";
    QTest::newRow("unknown signer") << QStringList { QStringLiteral("--signer"), QStringLiteral("neighbour") } << "neighbour";
    QTest::newRow("bad date") << QStringList { QStringLiteral("--expires"), QStringLiteral("next year") } << "--expires";
    QTest::newRow("expires first") << QStringList { QStringLiteral("--valid-from"), QStringLiteral("2025-03-01"),
        QStringLiteral("--expires"), QStringLiteral("2025-02-01") }
                                   << "expires";
    QTest::newRow("unknown recipient") << QStringList { QStringLiteral("--recipient"), QStringLiteral("Nobody") } << "contact";
    QTest::newRow("stray argument") << QStringList { QStringLiteral("--colour"), QStringLiteral("red") } << "--colour";
}

void TestCliConsent::badInputExits2()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, named);
    const int before = consentCount();
    QStringList args = addArgs();
    // A later option replaces the default one: remove the default first.
    for (int i = 0; i + 1 < extra.size(); i += 2) {
        const qsizetype at = args.indexOf(extra.at(i));
        if (at >= 0)
            args.remove(at, 2);
    }
    args.removeFirst(); // human mode: the message on stderr
    auto r = cli(args + extra);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    QCOMPARE(consentCount(), before);

    // --json errors carry the code.
    auto j = cli(QStringList { QStringLiteral("--json") } + args + extra);
    QCOMPARE(j.exitCode, 2);
    const QJsonObject error = QJsonDocument::fromJson(j.err).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), 2);
}

void TestCliConsent::underSixteenSubjectRefusedExits4()
{
    QStringList args = addArgs();
    args[3] = m_youngCase;
    auto r = cli(args + QStringList { QStringLiteral("--signer"), QStringLiteral("subject") });
    QCOMPARE(r.exitCode, 4);
    auto ok = cli(args + QStringList { QStringLiteral("--signer"), QStringLiteral("parent") });
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
}

void TestCliConsent::withdrawListsRecipients()
{
    auto added = cli(addArgs());
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString id = added.json().object().value(QStringLiteral("id")).toString();
    {
        // An export records its disclosure through core (the export command is elsewhere).
        auto vault = Vault::open(m_vault, test::testPassphrase());
        QVERIFY(vault);
        Disclosure d { 0, m_case, {}, m_comensha, QStringLiteral("registration"), { QStringLiteral("exploitation") },
            QStringLiteral("bundle-cli-1"), id };
        QVERIFY(DisclosureRegister(vault.value()->database()).recordDisclosure(d));
    }
    auto disclosures = cli({ QStringLiteral("--json"), QStringLiteral("disclosures"), m_case });
    QCOMPARE(disclosures.exitCode, 0);
    QJsonObject last = disclosures.json().array().last().toObject();
    QCOMPARE(last.value(QStringLiteral("bundleId")).toString(), QStringLiteral("bundle-cli-1"));
    QCOMPARE(last.value(QStringLiteral("recipient")).toString(), m_comensha);
    QCOMPARE(last.value(QStringLiteral("consentId")).toString(), id);
    QCOMPARE(last.value(QStringLiteral("scopes")).toArray(), QJsonArray { QStringLiteral("exploitation") });

    auto r = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("withdraw"), id, QStringLiteral("--note"),
        QStringLiteral("asked by phone") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
    QVERIFY(!o.value(QStringLiteral("withdrawnAt")).toString().isEmpty());
    const QJsonArray inform = o.value(QStringLiteral("informRecipients")).toArray();
    QCOMPARE(inform.size(), 1);
    const QJsonObject who = inform.first().toObject();
    QCOMPARE(who.value(QStringLiteral("contactId")).toString(), m_comensha);
    QCOMPARE(who.value(QStringLiteral("name")).toString(), QStringLiteral("CoMensha"));
    QCOMPARE(who.value(QStringLiteral("bundleId")).toString(), QStringLiteral("bundle-cli-1"));
    QVERIFY(!who.value(QStringLiteral("disclosedAt")).toString().isEmpty());

    auto again = cli({ QStringLiteral("consent"), QStringLiteral("withdraw"), id });
    QCOMPARE(again.exitCode, 2);
}

void TestCliConsent::overviewShowsReasons()
{
    auto added = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("add"), m_case,
        QStringLiteral("--recipient"), m_shelter, QStringLiteral("--purpose"), QStringLiteral("care"), QStringLiteral("--scopes"),
        QStringLiteral("identity,health"), QStringLiteral("--method"), QStringLiteral("signed_digitally"),
        QStringLiteral("--valid-from"), QStringLiteral("2030-01-01") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    auto r = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("overview"), m_case,
        QStringLiteral("--date"), QStringLiteral("2029-12-31") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    bool found = false;
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("recipient")).toString() != m_shelter)
            continue;
        found = true;
        QCOMPARE(o.value(QStringLiteral("allowed")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("not_yet_valid"));
        QVERIFY(o.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("consent not yet valid")));
    }
    QVERIFY(found);
    auto later = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("overview"), m_case,
        QStringLiteral("--date"), QStringLiteral("2030-01-01") });
    QCOMPARE(later.exitCode, 0);
    for (const QJsonValue &v : later.json().array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("recipient")).toString() == m_shelter) {
            QCOMPARE(o.value(QStringLiteral("allowed")).toBool(), true);
            QVERIFY(o.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("needs")));
        }
    }
}

void TestCliConsent::contactListAndVerify()
{
    auto list = cli({ QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list") });
    QCOMPARE(list.exitCode, 0);
    QJsonObject comensha;
    for (const QJsonValue &v : list.json().array())
        if (v.toObject().value(QStringLiteral("id")).toString() == m_comensha)
            comensha = v.toObject();
    for (const char *key : { "id", "name", "kind", "fingerprint", "verified" })
        QVERIFY2(comensha.contains(QLatin1String(key)), key);
    QCOMPARE(comensha.value(QStringLiteral("verified")).toBool(), false);
    QCOMPARE(comensha.value(QStringLiteral("kind")).toString(), QStringLiteral("external"));

    auto verify = cli({ QStringLiteral("contact"), QStringLiteral("verify"), m_comensha });
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
    QVERIFY(verify.out.contains("phone"));
    auto after = cli({ QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("list") });
    for (const QJsonValue &v : after.json().array())
        if (v.toObject().value(QStringLiteral("id")).toString() == m_comensha)
            QCOMPARE(v.toObject().value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(cli({ QStringLiteral("contact"), QStringLiteral("verify"), QStringLiteral("nobody") }).exitCode, 2);
}

void TestCliConsent::unknownCaseAndConsent()
{
    QCOMPARE(cli({ QStringLiteral("consent"), QStringLiteral("list"), QStringLiteral("VN-1999-0001") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("disclosures"), QStringLiteral("VN-1999-0001") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("consent"), QStringLiteral("withdraw"), QStringLiteral("no-such-consent") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("consent"), QStringLiteral("list") }).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliConsent)
#include "TestCliConsent.moc"
