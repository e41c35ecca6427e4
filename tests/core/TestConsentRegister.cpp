// The consent register, ConsentPolicy::decide/overview and the disclosure register, on a real vault.
#include "ConsentFixtures.h"
#include "TestVault.h"
#include "cases/Attachments.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "consent/DisclosureRegister.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vangnet;
using namespace vangnet::test;

class TestConsentRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void validation_data();
    void validation();
    void underSixteenSubjectSignatureRefused_data();
    void underSixteenSubjectSignatureRefused();
    void defaultsAndRoundTrip();
    void unknownCaseOrRecipient();
    void caseNumberAccepted();
    void decide_data();
    void decide();
    void withdrawalListsRecipientsToInform();
    void disclosureNeedsMatchingValidConsent();
    void overviewPerRecipient();
    void scanLinkedByAttachment();
    void propertyDecideMatchesModel();
    void contacts();

private:
    Consent draft(const QString &purpose = QStringLiteral("registration")) const;

    std::unique_ptr<TestVault> m_vault;
    QString m_case;
    QString m_comensha;
    QString m_shelter;
    const QDate m_today { 2025, 6, 1 };
};

void TestConsentRegister::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(m_vault->handle());
    Database &db = m_vault->vault().database();
    m_case = addTestCase(db, QDate(1990, 1, 1));
    m_comensha = addTestContact(db, QStringLiteral("CoMensha"));
    m_shelter = addTestContact(db, QStringLiteral("Shelter Noord"));
    QVERIFY(!m_case.isEmpty() && !m_comensha.isEmpty() && !m_shelter.isEmpty());
}

void TestConsentRegister::cleanup()
{
    m_vault.reset();
}

Consent TestConsentRegister::draft(const QString &purpose) const
{
    Consent c;
    c.caseId = m_case;
    c.recipientId = m_comensha;
    c.purpose = purpose;
    c.scopes = { QStringLiteral("exploitation"), QStringLiteral("identity") };
    c.method = QStringLiteral("written");
    c.validFrom = m_today;
    return c;
}

void TestConsentRegister::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown scope") << "scopes"
                                   << "identity,hobbies"
                                   << "hobbies";
    QTest::newRow("no scope") << "scopes"
                              << ""
                              << "kind of data";
    QTest::newRow("unknown purpose") << "purpose"
                                     << "statistics"
                                     << "statistics";
    QTest::newRow("registration and placement") << "purpose"
                                                << "registration,placement"
                                                << "separate";
    QTest::newRow("two purposes") << "purpose"
                                  << "care,police"
                                  << "exactly one purpose";
    QTest::newRow("other without text") << "purpose"
                                        << "other"
                                        << "describe the purpose";
    QTest::newRow("unknown method") << "method"
                                    << "verbal"
                                    << "verbal";
    QTest::newRow("no method") << "method"
                               << ""
                               << "method";
    QTest::newRow("unknown signer") << "signer"
                                    << "neighbour"
                                    << "neighbour";
    QTest::newRow("bad language") << "language"
                                  << "dutch"
                                  << "language";
    QTest::newRow("unknown language") << "language"
                                      << "qq"
                                      << "language";
    QTest::newRow("expires before valid-from") << "expires"
                                               << "2025-05-31"
                                               << "expires";
    QTest::newRow("expires on valid-from") << "expires"
                                           << "2025-06-01"
                                           << "expires";
}

void TestConsentRegister::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    Consent c = draft();
    if (field == QLatin1String("scopes"))
        c.scopes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (field == QLatin1String("purpose"))
        c.purpose = value;
    else if (field == QLatin1String("method"))
        c.method = value;
    else if (field == QLatin1String("signer"))
        c.signer = value;
    else if (field == QLatin1String("language"))
        c.language = value;
    else if (field == QLatin1String("expires"))
        c.expires = QDate::fromString(value, Qt::ISODate);
    auto added = ConsentRegister(m_vault->vault().database()).add(c, m_today);
    QVERIFY(!added);
    QCOMPARE(added.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(added.error().message().contains(named), qPrintable(added.error().message()));
    auto stored = ConsentRegister(m_vault->vault().database()).forCase(m_case);
    QVERIFY(stored);
    QVERIFY(stored->isEmpty()); // a refused write leaves nothing behind
}

void TestConsentRegister::underSixteenSubjectSignatureRefused_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("ageBand");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("15, subject") << QDate(2009, 6, 2) << QString() << "subject" << false;
    QTest::newRow("16 today, subject") << QDate(2009, 6, 1) << QString() << "subject" << true;
    QTest::newRow("15, parent") << QDate(2009, 6, 2) << QString() << "parent" << true;
    QTest::newRow("15, guardian") << QDate(2009, 6, 2) << QString() << "guardian" << true;
    QTest::newRow("band 12-15, subject") << QDate() << "12_15"
                                         << "subject" << false;
    QTest::newRow("band 16-17, subject") << QDate() << "16_17"
                                         << "subject" << true;
    QTest::newRow("age unknown, subject") << QDate() << QString() << "subject" << true;
}

void TestConsentRegister::underSixteenSubjectSignatureRefused()
{
    QFETCH(QDate, birth);
    QFETCH(QString, ageBand);
    QFETCH(QString, signer);
    QFETCH(bool, accepted);
    Database &db = m_vault->vault().database();
    Consent c = draft();
    c.caseId = addTestCase(db, birth, ageBand);
    c.signer = signer;
    auto added = ConsentRegister(db).add(c, m_today);
    QCOMPARE(added.ok(), accepted);
    if (!accepted) {
        QCOMPARE(added.error().code(), ErrorCode::Refused);
        QVERIFY(added.error().message().contains(QStringLiteral("16")));
    }
}

void TestConsentRegister::defaultsAndRoundTrip()
{
    Database &db = m_vault->vault().database();
    Consent c = draft();
    c.validFrom = QDate();
    c.language = QStringLiteral("RO");
    c.interpreterUsed = true;
    c.told = QStringLiteral("explained in Romanian what CoMensha registers");
    c.scopes = { QStringLiteral("identity"), QStringLiteral("exploitation"), QStringLiteral("identity") };
    auto added = ConsentRegister(db).add(c, m_today);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
    QVERIFY(!added->id.isEmpty());
    QCOMPARE(added->validFrom, m_today);
    QCOMPARE(added->expires, QDate(2026, 6, 1));
    auto found = ConsentRegister(db).find(added->id);
    QVERIFY(found);
    QCOMPARE(found->caseId, m_case);
    QCOMPARE(found->scopes, (QStringList { QStringLiteral("identity"), QStringLiteral("exploitation") }));
    QCOMPARE(found->language, QStringLiteral("ro"));
    QVERIFY(found->interpreterUsed);
    QCOMPARE(found->told, c.told);
    QCOMPARE(found->signer, QStringLiteral("subject"));
    QCOMPARE(found->statusOn(m_today), ConsentStatus::Valid);
    QCOMPARE(found->statusOn(QDate(2026, 5, 31)), ConsentStatus::Valid);
    QCOMPARE(found->statusOn(QDate(2026, 6, 1)), ConsentStatus::Expired);
}

void TestConsentRegister::unknownCaseOrRecipient()
{
    Database &db = m_vault->vault().database();
    Consent c = draft();
    c.caseId = QStringLiteral("VN-1999-0001");
    auto noCase = ConsentRegister(db).add(c, m_today);
    QVERIFY(!noCase);
    QCOMPARE(noCase.error().code(), ErrorCode::NotFound);
    c = draft();
    c.recipientId = QStringLiteral("no-such-contact");
    auto noContact = ConsentRegister(db).add(c, m_today);
    QVERIFY(!noContact);
    QCOMPARE(noContact.error().code(), ErrorCode::NotFound);
}

void TestConsentRegister::caseNumberAccepted()
{
    Database &db = m_vault->vault().database();
    auto loaded = CaseRepository(db).load(m_case);
    QVERIFY(loaded);
    Consent c = draft();
    c.caseId = loaded->number;
    auto added = ConsentRegister(db).add(c, m_today);
    QVERIFY(added);
    QCOMPARE(added->caseId, m_case);
    auto decision = ConsentPolicy(db).decide(loaded->number, m_comensha, QStringLiteral("registration"), m_today);
    QVERIFY(decision);
    QVERIFY(decision->allowed);
}

void TestConsentRegister::decide_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("valid") << "valid" << true << "valid" << QString();
    QTest::newRow("expired") << "expired" << false << "expired"
                             << "consent expired on 2025-05-01";
    QTest::newRow("withdrawn") << "withdrawn" << false << "withdrawn"
                               << "consent withdrawn on";
    QTest::newRow("not yet valid") << "future" << false << "not_yet_valid"
                                   << "consent not yet valid";
    QTest::newRow("other recipient") << "otherRecipient" << false << "no_consent"
                                     << "no consent for this recipient and purpose";
    QTest::newRow("other purpose") << "otherPurpose" << false << "no_consent"
                                   << "no consent for this recipient and purpose";
}

void TestConsentRegister::decide()
{
    QFETCH(QString, situation);
    QFETCH(bool, allowed);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    Database &db = m_vault->vault().database();
    ConsentRegister reg(db);
    Consent c = draft();
    if (situation == QLatin1String("expired")) {
        c.validFrom = QDate(2024, 5, 1);
        c.expires = QDate(2025, 5, 1);
    } else if (situation == QLatin1String("future")) {
        c.validFrom = QDate(2025, 7, 1);
    }
    auto added = reg.add(c, m_today);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
    if (situation == QLatin1String("withdrawn"))
        QVERIFY(reg.withdraw(added->id, QStringLiteral("changed her mind")));
    const QString recipient = situation == QLatin1String("otherRecipient") ? m_shelter : m_comensha;
    const QString purpose
        = situation == QLatin1String("otherPurpose") ? QStringLiteral("placement") : QStringLiteral("registration");
    auto d = ConsentPolicy(db).decide(m_case, recipient, purpose, m_today);
    QVERIFY(d);
    QCOMPARE(d->allowed, allowed);
    QCOMPARE(d->status, status);
    if (allowed) {
        QCOMPARE(d->consentId, added->id);
        QCOMPARE(d->scopes, (QStringList { QStringLiteral("identity"), QStringLiteral("exploitation") }));
        QVERIFY(d->keys.contains(QStringLiteral("nationality")));
        QVERIFY(!d->keys.contains(QStringLiteral("givenName"))); // registration profile
        QVERIFY(d->reason.isEmpty());
    } else {
        QVERIFY2(d->reason.startsWith(reason), qPrintable(d->reason));
        QVERIFY(d->scopes.isEmpty());
    }
}

void TestConsentRegister::withdrawalListsRecipientsToInform()
{
    Database &db = m_vault->vault().database();
    ConsentRegister reg(db);
    DisclosureRegister disclosures(db);
    // Disclosures are recorded now, so these consents hold from today.
    Consent registration = draft();
    registration.validFrom = QDate::currentDate();
    auto consent = reg.add(registration, QDate::currentDate());
    QVERIFY(consent);
    Consent care = draft(QStringLiteral("care"));
    care.validFrom = QDate::currentDate();
    care.recipientId = m_shelter;
    auto careConsent = reg.add(care, QDate::currentDate());
    QVERIFY(careConsent);

    for (const QString &bundle : { QStringLiteral("bundle-1"), QStringLiteral("bundle-2") }) {
        Disclosure d { 0, m_case, {}, m_comensha, QStringLiteral("registration"), { QStringLiteral("exploitation") }, bundle,
            consent->id };
        QVERIFY(disclosures.recordDisclosure(d));
    }
    Disclosure other { 0, m_case, {}, m_shelter, QStringLiteral("care"), { QStringLiteral("identity") },
        QStringLiteral("bundle-3"), careConsent->id };
    QVERIFY(disclosures.recordDisclosure(other));
    auto all = disclosures.recipientsOf(m_case);
    QVERIFY(all);
    QCOMPARE(all->size(), 3);

    auto withdrawn = reg.withdraw(consent->id, QStringLiteral("by phone"));
    QVERIFY(withdrawn);
    QVERIFY(withdrawn->consent.isWithdrawn());
    QCOMPARE(withdrawn->consent.withdrawalNote, QStringLiteral("by phone"));
    QCOMPARE(withdrawn->informRecipients.size(), 2);
    for (const DisclosureRecipient &r : withdrawn->informRecipients) {
        QCOMPARE(r.contactId, m_comensha);
        QCOMPARE(r.name, QStringLiteral("CoMensha"));
        QVERIFY(r.disclosedAt.isValid());
    }
    QCOMPARE(withdrawn->informRecipients.at(0).bundleId, QStringLiteral("bundle-1"));
    QCOMPARE(withdrawn->informRecipients.at(1).bundleId, QStringLiteral("bundle-2"));

    // Every later export is blocked.
    auto d = ConsentPolicy(db).decide(m_case, m_comensha, QStringLiteral("registration"));
    QVERIFY(d);
    QVERIFY(!d->allowed);
    QCOMPARE(d->status, QStringLiteral("withdrawn"));
    Disclosure late { 0, m_case, {}, m_comensha, QStringLiteral("registration"), { QStringLiteral("exploitation") },
        QStringLiteral("bundle-4"), consent->id };
    auto refused = disclosures.recordDisclosure(late);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Refused);
    // Withdrawing twice is an input error.
    auto again = reg.withdraw(consent->id, QString());
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::InvalidInput);
    // The other consent is untouched.
    auto stillCare = ConsentPolicy(db).decide(m_case, m_shelter, QStringLiteral("care"));
    QVERIFY(stillCare && stillCare->allowed);
}

void TestConsentRegister::disclosureNeedsMatchingValidConsent()
{
    Database &db = m_vault->vault().database();
    Consent current = draft();
    current.validFrom = QDate::currentDate();
    auto consent = ConsentRegister(db).add(current, QDate::currentDate());
    QVERIFY(consent);
    DisclosureRegister reg(db);
    const auto attempt = [&](const QString &recipient, const QString &purpose, const QStringList &scopes) {
        return reg.recordDisclosure(Disclosure { 0, m_case, {}, recipient, purpose, scopes, QStringLiteral("b"), consent->id });
    };
    auto outsideScope = attempt(m_comensha, QStringLiteral("registration"), { QStringLiteral("health") });
    QVERIFY(!outsideScope);
    QCOMPARE(outsideScope.error().code(), ErrorCode::Refused);
    auto otherPurpose = attempt(m_comensha, QStringLiteral("placement"), { QStringLiteral("identity") });
    QVERIFY(!otherPurpose);
    QCOMPARE(otherPurpose.error().code(), ErrorCode::Refused);
    auto otherRecipient = attempt(m_shelter, QStringLiteral("registration"), { QStringLiteral("identity") });
    QVERIFY(!otherRecipient);
    auto fine = attempt(m_comensha, QStringLiteral("registration"), { QStringLiteral("identity") });
    QVERIFY(fine);
    auto rows = reg.forCase(m_case);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().scopes, QStringList { QStringLiteral("identity") });
    QCOMPARE(rows->first().consentId, consent->id);
}

void TestConsentRegister::overviewPerRecipient()
{
    Database &db = m_vault->vault().database();
    ConsentRegister reg(db);
    QVERIFY(reg.add(draft(), m_today));
    Consent expired = draft(QStringLiteral("placement"));
    expired.validFrom = QDate(2024, 1, 1);
    expired.expires = QDate(2025, 1, 1);
    QVERIFY(reg.add(expired, m_today));
    Consent police = draft(QStringLiteral("police"));
    police.recipientId = m_shelter;
    QVERIFY(reg.add(police, m_today));
    // A second, valid placement consent for CoMensha replaces the expired one in the overview.
    Consent renewed = draft(QStringLiteral("placement"));
    renewed.scopes = { QStringLiteral("health") };
    auto renewedAdded = reg.add(renewed, m_today);
    QVERIFY(renewedAdded);

    auto lines = ConsentPolicy(db).overview(m_case, m_today);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 3);
    QCOMPARE(lines->at(0).purpose, QStringLiteral("registration"));
    QCOMPARE(lines->at(0).contactName, QStringLiteral("CoMensha"));
    QVERIFY(lines->at(0).decision.allowed);
    QCOMPARE(lines->at(1).purpose, QStringLiteral("placement"));
    QVERIFY(lines->at(1).decision.allowed);
    QCOMPARE(lines->at(1).decision.consentId, renewedAdded->id);
    QCOMPARE(lines->at(1).decision.scopes, QStringList { QStringLiteral("health") });
    QCOMPARE(lines->at(2).purpose, QStringLiteral("police"));
    QCOMPARE(lines->at(2).contactName, QStringLiteral("Shelter Noord"));

    auto later = ConsentPolicy(db).overview(m_case, QDate(2026, 6, 1));
    QVERIFY(later);
    for (const RecipientOverview &o : later.value()) {
        QVERIFY(!o.decision.allowed);
        QCOMPARE(o.decision.reason, QStringLiteral("consent expired on 2026-06-01"));
    }
}

void TestConsentRegister::scanLinkedByAttachment()
{
    Database &db = m_vault->vault().database();
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n%fake consent form\n");
    auto scan = Attachments(db).add(m_case, QStringLiteral("consent.pdf"), pdf);
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message()));
    Consent c = draft();
    c.scanAttachmentId = scan->id;
    auto added = ConsentRegister(db).add(c, m_today);
    QVERIFY(added);
    QCOMPARE(ConsentRegister(db).find(added->id)->scanAttachmentId, scan->id);

    const QString otherCase = addTestCase(db);
    auto otherScan = Attachments(db).add(otherCase, QStringLiteral("other.pdf"), pdf);
    QVERIFY(otherScan);
    auto wrong = ConsentRegister(db).attachScan(added->id, otherScan->id);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::InvalidInput);
    auto missing = ConsentRegister(db).attachScan(added->id, QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

void TestConsentRegister::propertyDecideMatchesModel()
{
    // Random consents (recipient, purpose, dates, withdrawal) and random days: decide() allows
    // exactly when some consent for that recipient and purpose holds on that day, and then relies
    // on the latest such consent.
    Database &db = m_vault->vault().database();
    ConsentRegister reg(db);
    QRandomGenerator rng(4242);
    const QStringList recipients = { m_comensha, m_shelter };
    QVector<Consent> made;
    for (int i = 0; i < 60; ++i) {
        Consent c = draft(ConsentPurposes::all().at(int(rng.bounded(4u)))); // not "other": no text needed
        c.recipientId = recipients.at(int(rng.bounded(2u)));
        c.scopes.clear();
        for (const QString &s : ConsentScopes::all())
            if (rng.bounded(2u) == 1)
                c.scopes.append(s);
        if (c.scopes.isEmpty())
            c.scopes = { QStringLiteral("identity") };
        c.validFrom = m_today.addDays(int(rng.bounded(400u)) - 300);
        c.expires = c.validFrom.addDays(1 + int(rng.bounded(400u)));
        auto added = reg.add(c, m_today);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
        Consent stored = added.value();
        if (rng.bounded(5u) == 0) {
            auto w = reg.withdraw(stored.id, QString());
            QVERIFY(w);
            stored = w->consent;
        }
        made.append(stored);
    }
    ConsentPolicy policy(db);
    for (int i = 0; i < 200; ++i) {
        const QString recipient = recipients.at(int(rng.bounded(2u)));
        const QString purpose = ConsentPurposes::all().at(int(rng.bounded(5u)));
        const QDate day = m_today.addDays(int(rng.bounded(800u)) - 400);
        const Consent *expected = nullptr;
        bool any = false;
        for (const Consent &c : made) {
            if (c.recipientId != recipient || c.purpose != purpose)
                continue;
            any = true;
            if (!c.isWithdrawn() && c.validFrom <= day && day < c.expires)
                expected = &c;
        }
        auto d = policy.decide(m_case, recipient, purpose, day);
        QVERIFY(d);
        QCOMPARE(d->allowed, expected != nullptr);
        if (expected) {
            QCOMPARE(d->consentId, expected->id);
            QCOMPARE(d->scopes, expected->scopes);
        } else {
            QCOMPARE(d->status == QLatin1String("no_consent"), !any);
            QVERIFY(!d->reason.isEmpty());
        }
    }
}

void TestConsentRegister::contacts()
{
    Database &db = m_vault->vault().database();
    ContactRepository repo(db);
    const QString team = addTestContact(db, QStringLiteral("Anna de Vries"), QStringLiteral("team"));
    auto list = repo.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->first().id, team); // team first
    auto byName = repo.findByIdOrName(QStringLiteral("comensha"));
    QVERIFY(byName);
    QCOMPARE(byName->id, m_comensha);
    QVERIFY(!byName->verified);
    QVERIFY(repo.verify(m_comensha));
    QVERIFY(repo.find(m_comensha)->verified);
    QVERIFY(repo.setKind(m_comensha, QStringLiteral("team")));
    QCOMPARE(repo.find(m_comensha)->kind, QStringLiteral("team"));
    QCOMPARE(repo.setKind(m_comensha, QStringLiteral("friend")).error().code(), ErrorCode::InvalidInput);

    addTestContact(db, QStringLiteral("Shelter Noord"));
    auto ambiguous = repo.findByIdOrName(QStringLiteral("Shelter Noord"));
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(repo.findByIdOrName(QStringLiteral("nobody")).error().code(), ErrorCode::NotFound);

    Contact dup = repo.find(m_shelter).value();
    dup.name = QStringLiteral("Copy");
    QCOMPARE(repo.add(dup).error().code(), ErrorCode::AlreadyExists);
    Contact empty;
    auto bad = repo.add(empty);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code(), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestConsentRegister)
#include "TestConsentRegister.moc"
