// vangnet-cli access-report, consent form, case summary, placement request-letter and consent add
// --paper-form: the PDFs hold the expected words (pdftotext), are owner-only, follow the consent
// and the disclosure register; bad input exits 2, what the consent refuses exits 4.
#include "CliRunner.h"
#include "ConsentFixtures.h"
#include "TestVault.h"
#include "consent/ConsentRegister.h"
#include "consent/DisclosureRegister.h"
#include "placement/PlacementRepository.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

namespace {

// The text of a PDF as pdftotext (poppler-utils) reads it, with runs of white space as one space.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    // NFKC: a ligature glyph ("ﬁ") reads as its letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestCliDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accessReportListsTheRegister();
    void accessReportPdf_data();
    void accessReportPdf();
    void consentFormInTheChosenLanguage_data();
    void consentFormInTheChosenLanguage();
    void consentFormInAnAddedLanguage();
    void consentFormBadInput_data();
    void consentFormBadInput();
    void paperFormKeepsTheFingerprint();
    void caseSummaryPdf();
    void placementLetterFollowsConsent();
    void documentsNeedAPlaceToWrite_data();
    void documentsNeedAPlaceToWrite();

private:
    test::CliResult cli(const QStringList &args) const
    {
        return m_runner.run(QStringList { QStringLiteral("--vault"), m_vault } + args);
    }
    QString out(const QString &name) const { return m_dir.path() + QLatin1Char('/') + name; }

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_case;
    QString m_caseNumber;
    QString m_otherCase;
    QString m_youngCase;
    QString m_placement;
    test::CliRunner m_runner;
};

void TestCliDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.path() + QStringLiteral("/vault");
    m_runner.setPassphrase(test::testPassphrase());
    m_runner.environment().insert(QStringLiteral("VANGNET_FORMS_DIR"), m_dir.path() + QStringLiteral("/no-forms"));
    const auto r = cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    auto vault = Vault::open(m_vault, test::testPassphrase());
    QVERIFY(vault);
    Database &db = vault.value()->database();
    Case c;
    c.givenName = QStringLiteral("Ilinca");
    c.familyName = QStringLiteral("Testescu");
    c.birthDate = QDate(1995, 4, 2);
    c.gender = QStringLiteral("female");
    c.nationality = QStringLiteral("RO");
    c.phone = QStringLiteral("+31 6 1234 5678");
    c.needs = { QStringLiteral("medical") };
    c.residenceStatus = QStringLiteral("eu");
    c.coordinator = QStringLiteral("Coordinator Vos");
    auto created = CaseRepository(db).create(c);
    QVERIFY(created);
    m_case = created->id;
    m_caseNumber = created->number;
    QVERIFY(CaseRepository(db).addNote(m_case, QStringLiteral("Met at the station in Zwolle")));
    m_otherCase = test::addTestCase(db, QDate(1980, 1, 1));
    m_youngCase = test::addTestCase(db, QDate::currentDate().addYears(-14));
    const QString comensha = test::addTestContact(db, QStringLiteral("CoMensha"));
    const QString shelter = test::addTestContact(db, QStringLiteral("Shelter Noord"));
    QVERIFY(!m_otherCase.isEmpty() && !comensha.isEmpty() && !shelter.isEmpty());

    auto consent = [&](const QString &caseId, const QString &to, const QString &purpose, const QStringList &scopes) {
        Consent k;
        k.caseId = caseId;
        k.recipientId = to;
        k.purpose = purpose;
        k.scopes = scopes;
        k.method = QStringLiteral("written");
        auto added = ConsentRegister(db).add(k);
        return added ? added->id : QString();
    };
    const QString registration = consent(m_case, comensha, QStringLiteral("registration"), { QStringLiteral("exploitation") });
    const QString other = consent(m_otherCase, comensha, QStringLiteral("registration"), { QStringLiteral("identity") });
    QVERIFY(!registration.isEmpty() && !other.isEmpty());
    DisclosureRegister disclosures(db);
    QVERIFY(disclosures.recordDisclosure({ 0, m_case, {}, comensha, QStringLiteral("registration"),
        { QStringLiteral("exploitation") }, QStringLiteral("bundle-mine-1"), registration }));
    QVERIFY(disclosures.recordDisclosure({ 0, m_case, {}, comensha, QStringLiteral("registration"),
        { QStringLiteral("exploitation") }, QStringLiteral("bundle-mine-2"), registration }));
    QVERIFY(disclosures.recordDisclosure({ 0, m_otherCase, {}, comensha, QStringLiteral("registration"),
        { QStringLiteral("identity") }, QStringLiteral("bundle-theirs"), other }));

    Shelter s;
    s.id = QStringLiteral("noord");
    s.name = QStringLiteral("Opvang Noord");
    s.type = QStringLiteral("womens_shelter");
    s.securityLevel = 2;
    s.region = QStringLiteral("Groningen");
    s.capacity = 4;
    s.freeBeds = 2;
    s.availabilityAsOf = QDate::currentDate();
    QVERIFY(ShelterRepository(db).save(ShelterInput { s, false, false }));
    auto placement = PlacementRepository(db).create(m_case, s.id, QStringLiteral("requested"));
    QVERIFY(placement);
    m_placement = placement->id;
}

void TestCliDocuments::accessReportListsTheRegister()
{
    const auto report = cli({ QStringLiteral("--json"), QStringLiteral("access-report"), m_caseNumber });
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const auto reg = cli({ QStringLiteral("--json"), QStringLiteral("disclosures"), m_case });
    QCOMPARE(reg.exitCode, 0);
    const QJsonArray listed = report.json().object().value(QStringLiteral("disclosures")).toArray();
    const QJsonArray registered = reg.json().array();
    QVERIFY(registered.size() >= 2);
    QCOMPARE(listed.size(), registered.size());
    for (int i = 0; i < listed.size(); ++i) {
        QCOMPARE(listed.at(i)[QStringLiteral("bundleId")], registered.at(i)[QStringLiteral("bundleId")]);
        QCOMPARE(listed.at(i)[QStringLiteral("at")], registered.at(i)[QStringLiteral("at")]);
        QCOMPARE(listed.at(i)[QStringLiteral("scopes")], registered.at(i)[QStringLiteral("scopes")]);
    }
    QVERIFY(!report.out.contains("bundle-theirs"));
    QVERIFY(!report.out.contains(m_otherCase.toUtf8()));
}

void TestCliDocuments::accessReportPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("What we hold about you"), QStringLiteral("Romania"),
                               QStringLiteral("CoMensha"), QStringLiteral("Registration with CoMensha"),
                               QStringLiteral("Met at the station in Zwolle"),
                               QStringLiteral("No retention date is set while the case is open.") };
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList { QStringLiteral("Wat wij over u bewaren"), QStringLiteral("Roemenië"),
                               QStringLiteral("Registratie bij CoMensha"),
                               QStringLiteral("Er is geen bewaartermijn vastgesteld zolang het dossier open is.") };
}

void TestCliDocuments::accessReportPdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    const QString file = out(QStringLiteral("access-") + language + QStringLiteral(".pdf"));
    const auto r
        = cli({ QStringLiteral("--lang"), language, QStringLiteral("access-report"), m_case, QStringLiteral("--out"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("NOT") || language == QLatin1String("nl")); // the unencrypted-file warning
    QCOMPARE(QFile::permissions(file)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    const QString text = pdfText(file);
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text.left(2000)));
    QVERIFY(text.contains(m_caseNumber));
    QVERIFY(!text.contains(QStringLiteral("bundle-theirs")));
    QVERIFY(!text.contains(QStringLiteral("Consentcase"))); // the other case's family name
    // The metadata holds no name and no case number.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QVERIFY(!raw.contains("Testescu"));
    QVERIFY(!raw.contains(m_caseNumber.toUtf8()));
}

void TestCliDocuments::consentFormInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("Consent to share information"), QStringLiteral("Shelter Noord"),
                               QStringLiteral("Care and shelter (intake and risk summary)"), QStringLiteral("Identity"),
                               QStringLiteral("Health"), QStringLiteral("How to withdraw"), QStringLiteral("Ilinca Testescu"),
                               QStringLiteral("Romanian"), QStringLiteral("Signature") };
    QTest::newRow("nl") << QStringLiteral("nl")
                        << QStringList { QStringLiteral("Toestemming om gegevens te delen"), QStringLiteral("Shelter Noord"),
                               QStringLiteral("Zorg en opvang (intake- en risicosamenvatting)"), QStringLiteral("Identiteit"),
                               QStringLiteral("Gezondheid"), QStringLiteral("Toestemming intrekken"), QStringLiteral("Roemeens"),
                               QStringLiteral("Handtekening") };
}

void TestCliDocuments::consentFormInTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    const QString file = out(QStringLiteral("form-") + language + QStringLiteral(".pdf"));
    const auto r = cli({ QStringLiteral("--lang"), language, QStringLiteral("consent"), QStringLiteral("form"), m_case,
        QStringLiteral("--recipient"), QStringLiteral("Shelter Noord"), QStringLiteral("--purpose"), QStringLiteral("care"),
        QStringLiteral("--scopes"), QStringLiteral("health,identity"), QStringLiteral("--language"), QStringLiteral("ro"),
        QStringLiteral("--interpreter"), QStringLiteral("--out"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = pdfText(file);
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text.left(2000)));
    // Scopes that were not chosen are not on the form.
    QVERIFY(!text.contains(language == QLatin1String("nl") ? QStringLiteral("Daders") : QStringLiteral("Perpetrators")));
}

void TestCliDocuments::consentFormInAnAddedLanguage()
{
    // An organisation adds Romanian by placing ro/consent.html in its forms folder (docs/CONSENT.md).
    const QString forms = m_dir.path() + QStringLiteral("/forms");
    QVERIFY(QDir().mkpath(forms + QStringLiteral("/ro")));
    QFile form(forms + QStringLiteral("/ro/consent.html"));
    QVERIFY(form.open(QIODevice::WriteOnly));
    form.write("<h1>Consimtamant pentru {{recipientName}}</h1><p>Dosar {{caseNumber}}. {{noSuchPlaceholder}}Semnatura</p>");
    form.close();
    test::CliRunner runner = m_runner;
    runner.environment().insert(QStringLiteral("VANGNET_FORMS_DIR"), forms);
    const QString file = out(QStringLiteral("form-ro.pdf"));
    const auto r = runner.run({ QStringLiteral("--vault"), m_vault, QStringLiteral("--lang"), QStringLiteral("ro"),
        QStringLiteral("consent"), QStringLiteral("form"), m_case, QStringLiteral("--recipient"), QStringLiteral("Shelter Noord"),
        QStringLiteral("--purpose"), QStringLiteral("care"), QStringLiteral("--scopes"), QStringLiteral("health"),
        QStringLiteral("--out"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("Consimtamant pentru Shelter Noord")), qPrintable(text));
    QVERIFY(text.contains(m_caseNumber));
    QVERIFY(text.contains(QStringLiteral("Semnatura")));
    QVERIFY(!text.contains(QStringLiteral("{{")));

    // A language without a form is named, and nothing is written.
    const QString none = out(QStringLiteral("form-none.pdf"));
    QVERIFY(QDir().mkpath(forms + QStringLiteral("/fr")));
    const auto missing = runner.run({ QStringLiteral("--vault"), m_vault, QStringLiteral("--lang"), QStringLiteral("fr"),
        QStringLiteral("consent"), QStringLiteral("form"), m_case, QStringLiteral("--recipient"), QStringLiteral("Shelter Noord"),
        QStringLiteral("--purpose"), QStringLiteral("care"), QStringLiteral("--scopes"), QStringLiteral("health"),
        QStringLiteral("--out"), none });
    QCOMPARE(missing.exitCode, 0); // "fr" has no form: the screen's language (English) is used
    QVERIFY(pdfText(none).contains(QStringLiteral("Consent to share information")));
}

void TestCliDocuments::consentFormBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString file = QDir::tempPath() + QStringLiteral("/vangnet-never-written.pdf");
    QTest::newRow("no --out") << QStringList { QStringLiteral("--recipient"), QStringLiteral("CoMensha"),
        QStringLiteral("--purpose"), QStringLiteral("care"), QStringLiteral("--scopes"), QStringLiteral("health") }
                              << 2;
    QTest::newRow("unknown scope") << QStringList { QStringLiteral("--recipient"), QStringLiteral("CoMensha"),
        QStringLiteral("--purpose"), QStringLiteral("care"), QStringLiteral("--scopes"), QStringLiteral("shoe_size"),
        QStringLiteral("--out"), file }
                                   << 2;
    QTest::newRow("unknown recipient") << QStringList { QStringLiteral("--recipient"), QStringLiteral("Nobody"),
        QStringLiteral("--purpose"), QStringLiteral("care"), QStringLiteral("--scopes"), QStringLiteral("health"),
        QStringLiteral("--out"), file } << 2;
    QTest::newRow("registration and placement") << QStringList { QStringLiteral("--recipient"), QStringLiteral("CoMensha"),
        QStringLiteral("--purpose"), QStringLiteral("registration,placement"), QStringLiteral("--scopes"),
        QStringLiteral("health"), QStringLiteral("--out"), file }
                                                << 2;
}

void TestCliDocuments::consentFormBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const auto r = cli(QStringList { QStringLiteral("consent"), QStringLiteral("form"), m_case } + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/vangnet-never-written.pdf")));

    // Under 16 the person does not sign themselves: refused by policy.
    const QString file = out(QStringLiteral("young.pdf"));
    const auto young = cli({ QStringLiteral("consent"), QStringLiteral("form"), m_youngCase, QStringLiteral("--recipient"),
        QStringLiteral("CoMensha"), QStringLiteral("--purpose"), QStringLiteral("care"), QStringLiteral("--scopes"),
        QStringLiteral("health"), QStringLiteral("--out"), file });
    QCOMPARE(young.exitCode, 4);
    QVERIFY(!QFile::exists(file));
}

void TestCliDocuments::paperFormKeepsTheFingerprint()
{
    const QString file = out(QStringLiteral("signed-form.pdf"));
    const QStringList consentArgs = { QStringLiteral("--recipient"), QStringLiteral("Shelter Noord"), QStringLiteral("--purpose"),
        QStringLiteral("care"), QStringLiteral("--scopes"), QStringLiteral("health") };
    auto form = cli(QStringList { QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("form"), m_case }
        + consentArgs + QStringList { QStringLiteral("--out"), file });
    QVERIFY2(form.exitCode == 0, form.err.constData());
    QCOMPARE(form.json().object().value(QStringLiteral("sha256")).toString(), sha256Of(file));

    // Only with a written consent, and only with a form that can be read.
    auto digital = cli(QStringList { QStringLiteral("consent"), QStringLiteral("add"), m_case } + consentArgs
        + QStringList { QStringLiteral("--method"), QStringLiteral("signed_digitally"), QStringLiteral("--paper-form"), file });
    QCOMPARE(digital.exitCode, 2);
    auto missing = cli(QStringList { QStringLiteral("consent"), QStringLiteral("add"), m_case } + consentArgs
        + QStringList { QStringLiteral("--method"), QStringLiteral("written"), QStringLiteral("--paper-form"),
            out(QStringLiteral("not-there.pdf")) });
    QCOMPARE(missing.exitCode, 2);

    auto added
        = cli(QStringList { QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("add"), m_case } + consentArgs
            + QStringList { QStringLiteral("--method"), QStringLiteral("written"), QStringLiteral("--paper-form"), file });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString id = added.json().object().value(QStringLiteral("id")).toString();
    auto list = cli({ QStringLiteral("--json"), QStringLiteral("consent"), QStringLiteral("list"), m_case });
    QCOMPARE(list.exitCode, 0);
    QString stored;
    for (const QJsonValue &row : list.json().array())
        if (row[QStringLiteral("id")].toString() == id)
            stored = row[QStringLiteral("paperFormSha256")].toString();
    QCOMPARE(stored, sha256Of(file));
}

void TestCliDocuments::caseSummaryPdf()
{
    const QString file = out(QStringLiteral("summary.pdf"));
    const auto r = cli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("case"), QStringLiteral("summary"),
        m_caseNumber, QStringLiteral("--out"), file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = pdfText(file);
    for (const QString &word : { QStringLiteral("Handover summary of file"), m_caseNumber, QStringLiteral("Internal"),
             QStringLiteral("Met at the station in Zwolle"), QStringLiteral("Opvang Noord"), QStringLiteral("may receive") })
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text.left(2000)));
    const auto unknown = cli(
        { QStringLiteral("case"), QStringLiteral("summary"), QStringLiteral("VN-1999-9999"), QStringLiteral("--out"), file });
    QCOMPARE(unknown.exitCode, 2);
}

void TestCliDocuments::placementLetterFollowsConsent()
{
    const QString file = out(QStringLiteral("request.pdf"));
    const QStringList letter
        = { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("placement"), QStringLiteral("request-letter"),
              m_placement, QStringLiteral("--recipient"), QStringLiteral("Shelter Noord"), QStringLiteral("--out"), file };
    const int before = int(cli({ QStringLiteral("--json"), QStringLiteral("disclosures"), m_case }).json().array().size());

    // No placement consent for the shelter: refused, nothing written, nothing recorded.
    auto refused = cli(letter);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY(!QFile::exists(file));

    auto consent = cli({ QStringLiteral("consent"), QStringLiteral("add"), m_case, QStringLiteral("--recipient"),
        QStringLiteral("Shelter Noord"), QStringLiteral("--purpose"), QStringLiteral("placement"), QStringLiteral("--scopes"),
        QStringLiteral("identity,health,whereabouts,residence_status"), QStringLiteral("--method"), QStringLiteral("written") });
    QVERIFY2(consent.exitCode == 0, consent.err.constData());

    // Perpetrator details are not named by this consent.
    auto perpetrators = cli(letter + QStringList { QStringLiteral("--with-perpetrators") });
    QCOMPARE(perpetrators.exitCode, 4);
    QVERIFY(!QFile::exists(file));

    auto made = cli(letter);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString text = pdfText(file);
    for (const QString &word : { QStringLiteral("Placement request"), m_caseNumber, QStringLiteral("Opvang Noord"),
             QStringLiteral("Medical"), QStringLiteral("Required security level") })
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text.left(2000)));
    // No address, name, phone or birth date of the person.
    for (const QString &never : { QStringLiteral("Ilinca"), QStringLiteral("Testescu"), QStringLiteral("1234 5678"),
             QStringLiteral("1995"), QStringLiteral("Address") })
        QVERIFY2(!text.contains(never), qPrintable(never));

    // Recorded as a disclosure on paper, which the access report lists.
    const QJsonArray after = cli({ QStringLiteral("--json"), QStringLiteral("disclosures"), m_case }).json().array();
    QCOMPARE(after.size(), before + 1);
    const QJsonObject row = after.last().toObject();
    QCOMPARE(row.value(QStringLiteral("purpose")).toString(), QStringLiteral("placement"));
    QVERIFY(row.value(QStringLiteral("bundleId")).toString().startsWith(QStringLiteral("document-")));
    const QJsonArray listed = cli({ QStringLiteral("--json"), QStringLiteral("access-report"), m_case })
                                  .json()
                                  .object()
                                  .value(QStringLiteral("disclosures"))
                                  .toArray();
    QCOMPARE(listed.size(), after.size());
    QVERIFY(listed.last()[QStringLiteral("onPaper")].toBool());
}

void TestCliDocuments::documentsNeedAPlaceToWrite_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("access-report") << QStringList { QStringLiteral("access-report"), QStringLiteral("VN-2026-0001") };
    QTest::newRow("access-report no case") << QStringList { QStringLiteral("access-report") };
    QTest::newRow("case summary") << QStringList { QStringLiteral("case"), QStringLiteral("summary"), QStringLiteral("x") };
    QTest::newRow("request-letter no recipient") << QStringList { QStringLiteral("placement"), QStringLiteral("request-letter"),
        QStringLiteral("x"), QStringLiteral("--out"), QStringLiteral("x.pdf") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("case"), QStringLiteral("summary"), QStringLiteral("x"),
        QStringLiteral("--out"), QStringLiteral("x.pdf"), QStringLiteral("--colour") };
}

void TestCliDocuments::documentsNeedAPlaceToWrite()
{
    QFETCH(QStringList, args);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "TestCliDocuments.moc"
