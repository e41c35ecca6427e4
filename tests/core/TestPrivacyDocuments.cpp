// The data of the documents (core/privacy): the access report lists exactly the case's disclosure
// register and nothing of another case, in words; the consent form is checked like a consent; the
// placement request holds only what the placement consent releases and refuses without it.
#include "ConsentFixtures.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "cases/CaseRepository.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "consent/DisclosureRegister.h"
#include "domain/CaseFieldLabels.h"
#include "i18n/DateText.h"
#include "placement/PlacementRepository.h"
#include "privacy/AccessReport.h"
#include "privacy/ConsentFormContent.h"
#include "privacy/DocumentDisclosure.h"
#include "privacy/HandoverSummary.h"
#include "privacy/PlacementRequestContent.h"
#include "privacy/Retention.h"
#include "safety/SystemClock.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

class TestPrivacyDocuments final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void accessReportListsEveryDisclosureOfTheCaseOnly();
    void accessReportIsInWordsWithRetention();
    void accessReportIsAudited();
    void accessReportNamesWhereDataCameFrom();
    void consentFormNamesRecipientPurposeAndScopes();
    void consentFormRefusesWhatAConsentWouldRefuse_data();
    void consentFormRefusesWhatAConsentWouldRefuse();
    void placementRequestNeedsPlacementConsent();
    void placementRequestHoldsNoAddressNameOrPerpetrators();
    void placementRequestPerpetratorsOnlyWhenMarkedAndConsented();
    void placementRequestIsRecordedAsDisclosure();
    void handoverSummaryShowsSharing();

private:
    QString addConsent(const QString &caseId, const QString &recipient, const QString &purpose, const QStringList &scopes);
    void disclose(const QString &caseId, const QString &recipient, const QString &purpose, const QStringList &scopes,
        const QString &bundle, const QString &consentId);
    QString addPlacement(const QString &caseId);

    std::unique_ptr<test::TestVault> m_vault;
    QString m_case;
    QString m_otherCase;
    QString m_comensha;
    QString m_shelterContact;
};

void TestPrivacyDocuments::init()
{
    m_vault = std::make_unique<test::TestVault>();
    Database &db = m_vault->vault().database();
    Case c;
    c.givenName = QStringLiteral("Ilinca");
    c.familyName = QStringLiteral("Testescu");
    c.birthDate = QDate(1995, 4, 2);
    c.gender = QStringLiteral("female");
    c.nationality = QStringLiteral("RO");
    c.phone = QStringLiteral("+31 6 1234 5678");
    c.languages = { QStringLiteral("ro") };
    c.residenceStatus = QStringLiteral("eu");
    c.needs = { QStringLiteral("medical") };
    c.region = QStringLiteral("Groningen");
    c.exploitationForms = { QStringLiteral("labour") };
    c.threat.code = QStringLiteral("orange");
    Perpetrator p;
    p.alias = QStringLiteral("Uncle Grigore");
    p.relation = QStringLiteral("network");
    p.knownAreas = { QStringLiteral("Almere") };
    p.activelySearching = true;
    c.perpetrators = { p };
    auto created = CaseRepository(db).create(c);
    QVERIFY(created);
    m_case = created->id;
    m_otherCase = test::addTestCase(db, QDate(1980, 1, 1));
    m_comensha = test::addTestContact(db, QStringLiteral("CoMensha"));
    m_shelterContact = test::addTestContact(db, QStringLiteral("Shelter Noord"));
    QVERIFY(!m_otherCase.isEmpty() && !m_comensha.isEmpty() && !m_shelterContact.isEmpty());
}

void TestPrivacyDocuments::cleanup()
{
    m_vault.reset();
}

QString TestPrivacyDocuments::addConsent(
    const QString &caseId, const QString &recipient, const QString &purpose, const QStringList &scopes)
{
    Consent k;
    k.caseId = caseId;
    k.recipientId = recipient;
    k.purpose = purpose;
    k.scopes = scopes;
    k.method = QStringLiteral("written");
    auto added = ConsentRegister(m_vault->vault().database()).add(k);
    if (!added) {
        qWarning("%s", qPrintable(added.error().message()));
        return {};
    }
    return added->id;
}

void TestPrivacyDocuments::disclose(const QString &caseId, const QString &recipient, const QString &purpose,
    const QStringList &scopes, const QString &bundle, const QString &consentId)
{
    Disclosure d { 0, caseId, {}, recipient, purpose, scopes, bundle, consentId };
    QVERIFY(DisclosureRegister(m_vault->vault().database()).recordDisclosure(d));
}

QString TestPrivacyDocuments::addPlacement(const QString &caseId)
{
    Database &db = m_vault->vault().database();
    Shelter s;
    s.id = QStringLiteral("noord");
    s.name = QStringLiteral("Shelter Noord");
    s.type = QStringLiteral("womens_shelter");
    s.securityLevel = 3;
    s.region = QStringLiteral("Groningen");
    s.capacity = 4;
    s.freeBeds = 2;
    s.availabilityAsOf = QDate::currentDate();
    if (!ShelterRepository(db).save(ShelterInput { s, false, false }))
        return {};
    auto placement = PlacementRepository(db).create(caseId, s.id, QStringLiteral("requested"));
    return placement ? placement->id : QString();
}

void TestPrivacyDocuments::accessReportListsEveryDisclosureOfTheCaseOnly()
{
    const QString registration = addConsent(
        m_case, m_comensha, QStringLiteral("registration"), { QStringLiteral("identity"), QStringLiteral("exploitation") });
    const QString care = addConsent(m_case, m_shelterContact, QStringLiteral("care"), { QStringLiteral("health") });
    const QString otherConsent
        = addConsent(m_otherCase, m_comensha, QStringLiteral("registration"), { QStringLiteral("identity") });
    QVERIFY(!registration.isEmpty() && !care.isEmpty() && !otherConsent.isEmpty());
    disclose(m_case, m_comensha, QStringLiteral("registration"), { QStringLiteral("exploitation") }, QStringLiteral("bundle-a1"),
        registration);
    disclose(m_case, m_shelterContact, QStringLiteral("care"), { QStringLiteral("health") }, QStringLiteral("bundle-a2"), care);
    disclose(m_otherCase, m_comensha, QStringLiteral("registration"), { QStringLiteral("identity") },
        QStringLiteral("bundle-other"), otherConsent);

    Database &db = m_vault->vault().database();
    auto report = AccessReport::collect(db, m_case);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
    auto reg = DisclosureRegister(db).forCase(m_case);
    QVERIFY(reg);
    QCOMPARE(report->disclosures.size(), reg->size());
    for (int i = 0; i < reg->size(); ++i) {
        QCOMPARE(report->disclosures.at(i).bundleId, reg->at(i).bundleId);
        QCOMPARE(report->disclosures.at(i).at, reg->at(i).at);
        QCOMPARE(report->disclosures.at(i).scopes, reg->at(i).scopes);
        QCOMPARE(report->disclosures.at(i).consentId, reg->at(i).consentId);
        QVERIFY(!report->disclosures.at(i).consentText.isEmpty());
        QVERIFY(!report->disclosures.at(i).onPaper);
    }
    QCOMPARE(report->disclosures.at(0).recipientName, QStringLiteral("CoMensha"));
    QCOMPARE(report->disclosures.at(1).recipientName, QStringLiteral("Shelter Noord"));
    // Nothing of the other case, in the struct or its JSON.
    const QByteArray json = QJsonDocument(report->toJson()).toJson();
    QVERIFY(!json.contains("bundle-other"));
    QVERIFY(!json.contains(otherConsent.toUtf8()));
    QVERIFY(!json.contains("Consentcase")); // the other case's family name
    QCOMPARE(report->consents.size(), 2);
    QCOMPARE(report->toJson().value(QStringLiteral("disclosures")).toArray().size(), 2);
}

void TestPrivacyDocuments::accessReportIsInWordsWithRetention()
{
    Database &db = m_vault->vault().database();
    const QString consent = addConsent(m_case, m_comensha, QStringLiteral("registration"), { QStringLiteral("identity") });
    QVERIFY(ConsentRegister(db).withdraw(consent, QStringLiteral("by phone")));
    auto report = AccessReport::collect(db, m_case);
    QVERIFY(report);
    QStringList values;
    QStringList labels;
    for (const LabelledValue &f : report->fields) {
        labels.append(f.label);
        values.append(f.value);
    }
    // Labels and values in words: "Nationality" and "Romania", never "nationality" or "RO".
    QVERIFY2(labels.contains(QStringLiteral("Nationality")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY2(values.contains(QStringLiteral("Romania")), qPrintable(values.join(QLatin1Char('|'))));
    QVERIFY(!values.contains(QStringLiteral("RO")));
    QVERIFY(!labels.contains(QStringLiteral("nationality")));
    QVERIFY(!values.contains(m_case)); // the UUID is no data about the person
    QCOMPARE(report->consents.size(), 1);
    QVERIFY(report->consents.first().withdrawnAt.isValid());
    // Retention: no date while the case is open; once closed, the end date Retention computes.
    QVERIFY(!report->retentionUntil.has_value());
    QCOMPARE(report->retentionText(), QStringLiteral("No retention date is set while the case is open."));
    QVERIFY(report->toJson().value(QStringLiteral("retentionUntil")).isNull());
    QVERIFY(CaseRepository(db).close(m_case, QStringLiteral("Returned home")));
    auto expected = Retention(db, SystemClock::instance()).forCase(m_case);
    QVERIFY(expected && expected.value());
    auto closed = AccessReport::collect(db, m_case);
    QVERIFY(closed);
    QCOMPARE(closed->retentionUntil, std::optional<QDate>(expected.value()->endsOn));
    QVERIFY(closed->retentionText().contains(DateText::date(expected.value()->endsOn)));
    QCOMPARE(closed->toJson().value(QStringLiteral("retentionUntil")).toString(), expected.value()->endsOn.toString(Qt::ISODate));
    // An unknown case is NotFound.
    auto missing = AccessReport::collect(db, QStringLiteral("VN-1999-9999"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

void TestPrivacyDocuments::accessReportIsAudited()
{
    Database &db = m_vault->vault().database();
    QVERIFY(AccessReport::recordMade(db, m_case));
    auto recent = AuditLog(db).recent(1);
    QVERIFY(recent && recent->size() == 1);
    QCOMPARE(recent->first().action, QStringLiteral("privacy.access_report"));
    QCOMPARE(recent->first().subject, m_case);
    QVERIFY(AuditLog(db).verify());
}

void TestPrivacyDocuments::accessReportNamesWhereDataCameFrom()
{
    // What the bundle importer leaves behind: the imported bundle and the audit entries naming the case.
    Database &db = m_vault->vault().database();
    auto insert
        = db.prepare(QStringLiteral("INSERT INTO imported_bundles(bundle_id, at, sender_contact_id, kind, purpose, created,"
                                    " updated, conflicts, received) VALUES (?, ?, ?, 'cases', 'care', 1, 0, 0, 0)"));
    QVERIFY(insert);
    insert->bind(1, QStringLiteral("bundle-in-1"))
        .bind(2, QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC))
        .bind(3, m_comensha);
    QVERIFY(insert->run());
    QVERIFY(AuditLog(db).append(QStringLiteral("case.imported"), m_case, QStringLiteral("bundle-in-1")));
    QVERIFY(AuditLog(db).append(QStringLiteral("case.merged"), m_case, QStringLiteral("bundle=bundle-in-2 conflicts=0")));
    QVERIFY(AuditLog(db).append(QStringLiteral("case.merged"), m_otherCase, QStringLiteral("bundle=bundle-other conflicts=0")));
    auto report = AccessReport::collect(db, m_case);
    QVERIFY(report);
    QCOMPARE(report->sources.size(), 2);
    QCOMPARE(report->sources.at(0).bundleId, QStringLiteral("bundle-in-1"));
    QVERIFY(report->sources.at(0).created);
    QCOMPARE(report->sources.at(0).senderName, QStringLiteral("CoMensha"));
    QCOMPARE(report->sources.at(0).at, QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
    QCOMPARE(report->sources.at(0).purposeLabel, ConsentPurposes::label(QStringLiteral("care")));
    // A merge from a bundle this vault no longer knows still counts, without a sender.
    QCOMPARE(report->sources.at(1).bundleId, QStringLiteral("bundle-in-2"));
    QVERIFY(!report->sources.at(1).created);
    QVERIFY(report->sources.at(1).senderName.isEmpty());
}

void TestPrivacyDocuments::consentFormNamesRecipientPurposeAndScopes()
{
    Consent k;
    k.caseId = m_case;
    k.recipientId = m_shelterContact;
    k.purpose = QStringLiteral("placement");
    k.scopes = { QStringLiteral("health"), QStringLiteral("identity") };
    k.language = QStringLiteral("ro");
    k.interpreterUsed = true;
    k.validFrom = QDate(2026, 3, 1);
    auto form = ConsentFormContent::collect(m_vault->vault().database(), k, QDate(2026, 3, 1));
    QVERIFY2(form, form ? "" : qPrintable(form.error().message()));
    QCOMPARE(form->recipientName, QStringLiteral("Shelter Noord"));
    QCOMPARE(form->personName, QStringLiteral("Ilinca Testescu"));
    QCOMPARE(form->purposeLabel, ConsentPurposes::label(QStringLiteral("placement")));
    QCOMPARE(form->scopes.size(), 2);
    QVERIFY(form->scopes.at(0).label.startsWith(ConsentScopes::label(QStringLiteral("identity"))));
    QVERIFY(form->scopes.at(1).label.startsWith(ConsentScopes::label(QStringLiteral("health"))));
    QCOMPARE(form->expires, QDate(2027, 3, 1));
    QVERIFY(form->interpreterUsed);
    QCOMPARE(form->informedLanguage, QStringLiteral("Romanian"));
}

void TestPrivacyDocuments::consentFormRefusesWhatAConsentWouldRefuse_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("code");
    QTest::newRow("no scopes") << QStringLiteral("care") << QStringList() << QStringLiteral("subject")
                               << int(ErrorCode::InvalidInput);
    QTest::newRow("unknown purpose") << QStringLiteral("gossip") << QStringList { QStringLiteral("identity") }
                                     << QStringLiteral("subject") << int(ErrorCode::InvalidInput);
    QTest::newRow("unknown scope") << QStringLiteral("care") << QStringList { QStringLiteral("shoe_size") }
                                   << QStringLiteral("subject") << int(ErrorCode::InvalidInput);
    QTest::newRow("registration and placement")
        << QStringLiteral("registration,placement") << QStringList { QStringLiteral("identity") } << QStringLiteral("subject")
        << int(ErrorCode::InvalidInput);
}

void TestPrivacyDocuments::consentFormRefusesWhatAConsentWouldRefuse()
{
    QFETCH(QString, purpose);
    QFETCH(QStringList, scopes);
    QFETCH(QString, signer);
    QFETCH(int, code);
    Consent k;
    k.caseId = m_case;
    k.recipientId = m_comensha;
    k.purpose = purpose;
    k.scopes = scopes;
    k.signer = signer;
    auto form = ConsentFormContent::collect(m_vault->vault().database(), k);
    QVERIFY(!form);
    QCOMPARE(int(form.error().code()), code);
}

void TestPrivacyDocuments::placementRequestNeedsPlacementConsent()
{
    Database &db = m_vault->vault().database();
    const QString placement = addPlacement(m_case);
    QVERIFY(!placement.isEmpty());
    // No consent at all, then consent for another purpose: refused, with the reason.
    auto none = PlacementRequestContent::collect(db, placement, m_shelterContact, false);
    QVERIFY(!none);
    QCOMPARE(none.error().code(), ErrorCode::Refused);
    QVERIFY(!addConsent(m_case, m_shelterContact, QStringLiteral("care"), { QStringLiteral("health") }).isEmpty());
    auto care = PlacementRequestContent::collect(db, placement, m_shelterContact, false);
    QVERIFY(!care);
    QCOMPARE(care.error().code(), ErrorCode::Refused);
    // A withdrawn placement consent refuses too.
    const QString consent = addConsent(m_case, m_shelterContact, QStringLiteral("placement"), { QStringLiteral("health") });
    QVERIFY(PlacementRequestContent::collect(db, placement, m_shelterContact, false));
    QVERIFY(ConsentRegister(db).withdraw(consent, QString()));
    auto withdrawn = PlacementRequestContent::collect(db, placement, m_shelterContact, false);
    QVERIFY(!withdrawn);
    QCOMPARE(withdrawn.error().code(), ErrorCode::Refused);
    // Unknown placement and recipient.
    QCOMPARE(PlacementRequestContent::collect(db, QStringLiteral("nope"), m_shelterContact, false).error().code(),
        ErrorCode::NotFound);
    QCOMPARE(
        PlacementRequestContent::collect(db, placement, QStringLiteral("Nobody"), false).error().code(), ErrorCode::NotFound);
}

void TestPrivacyDocuments::placementRequestHoldsNoAddressNameOrPerpetrators()
{
    Database &db = m_vault->vault().database();
    const QString placement = addPlacement(m_case);
    // Every scope consented: the placement profile still keeps name, birth date, phone and perpetrators out.
    QVERIFY(!addConsent(m_case, m_shelterContact, QStringLiteral("placement"), ConsentScopes::all()).isEmpty());
    auto request = PlacementRequestContent::collect(db, placement, m_shelterContact, false);
    QVERIFY2(request, request ? "" : qPrintable(request.error().message()));
    const QByteArray json = QJsonDocument(request->toJson()).toJson();
    for (const char *never : { "Ilinca", "Testescu", "1234 5678", "1995", "Uncle Grigore", "Almere" })
        QVERIFY2(!json.contains(never), never);
    QStringList labels;
    for (const LabelledValue &f : request->fields)
        labels.append(f.label);
    QVERIFY2(labels.contains(CaseFieldLabels::label(QStringLiteral("needs"))), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(labels.contains(CaseFieldLabels::label(QStringLiteral("requiredSecurityLevel"))));
    QVERIFY(!labels.contains(CaseFieldLabels::label(QStringLiteral("phone"))));
    QVERIFY(request->perpetratorFacts.isEmpty());
    QVERIFY(!request->scopes.contains(QStringLiteral("perpetrators")));
    QCOMPARE(request->shelterName, QStringLiteral("Shelter Noord"));
}

void TestPrivacyDocuments::placementRequestPerpetratorsOnlyWhenMarkedAndConsented()
{
    Database &db = m_vault->vault().database();
    const QString placement = addPlacement(m_case);
    QVERIFY(!addConsent(m_case, m_comensha, QStringLiteral("placement"), { QStringLiteral("health") }).isEmpty());
    auto refused = PlacementRequestContent::collect(db, placement, m_comensha, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Refused);

    QVERIFY(!addConsent(
        m_case, m_shelterContact, QStringLiteral("placement"), { QStringLiteral("health"), QStringLiteral("perpetrators") })
                 .isEmpty());
    auto marked = PlacementRequestContent::collect(db, placement, m_shelterContact, true);
    QVERIFY(marked);
    const QByteArray json = QJsonDocument(marked->toJson()).toJson();
    QVERIFY(json.contains("Almere")); // known areas, when marked
    QVERIFY(!json.contains("Uncle Grigore")); // never the alias
    QVERIFY(marked->scopes.contains(QStringLiteral("perpetrators")));
}

void TestPrivacyDocuments::placementRequestIsRecordedAsDisclosure()
{
    Database &db = m_vault->vault().database();
    const QString placement = addPlacement(m_case);
    QVERIFY(!addConsent(
        m_case, m_shelterContact, QStringLiteral("placement"), { QStringLiteral("health"), QStringLiteral("identity") })
                 .isEmpty());
    auto request = PlacementRequestContent::collect(db, placement, m_shelterContact, false);
    QVERIFY(request);
    const QString documentId = DocumentDisclosure::newDocumentId();
    QVERIFY(DocumentDisclosure::isDocumentId(documentId));
    QVERIFY(request->recordDisclosure(db, documentId));
    auto rows = DisclosureRegister(db).forCase(m_case);
    QVERIFY(rows && rows->size() == 1);
    QCOMPARE(rows->first().bundleId, documentId);
    QCOMPARE(rows->first().purpose, QStringLiteral("placement"));
    auto report = AccessReport::collect(db, m_case);
    QVERIFY(report && report->disclosures.size() == 1);
    QVERIFY(report->disclosures.first().onPaper);
}

void TestPrivacyDocuments::handoverSummaryShowsSharing()
{
    Database &db = m_vault->vault().database();
    QVERIFY(!addConsent(m_case, m_comensha, QStringLiteral("registration"), { QStringLiteral("exploitation") }).isEmpty());
    QVERIFY(CaseRepository(db).addNote(m_case, QStringLiteral("Met at the station")));
    auto summary = HandoverSummary::collect(db, m_case);
    QVERIFY(summary);
    QCOMPARE(summary->sharing.size(), 1);
    QVERIFY(summary->sharing.first().startsWith(QStringLiteral("CoMensha")));
    QCOMPARE(summary->notes.size(), 1);
    QCOMPARE(summary->notes.first().value, QStringLiteral("Met at the station"));
    QVERIFY(HandoverSummary::recordMade(db, m_case));
    QCOMPARE(AuditLog(db).recent(1)->first().action, QStringLiteral("document.case_summary"));
}

QTEST_GUILESS_MAIN(TestPrivacyDocuments)
#include "TestPrivacyDocuments.moc"
