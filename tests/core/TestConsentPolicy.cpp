// The scope → field policy: ConsentScopes, RecipientProfiles and ConsentPolicy::filter, including a
// property test over random cases and scope sets.
#include "cases/CaseJson.h"
#include "consent/ConsentPolicy.h"
#include "consent/ConsentPurposes.h"
#include "consent/ConsentScopes.h"
#include "consent/RecipientProfiles.h"
#include "domain/Codes.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace vangnet;

namespace {

QSet<QString> keySet(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QString pick(QRandomGenerator &rng, const QStringList &from)
{
    return from.at(int(rng.bounded(quint32(from.size()))));
}

QStringList pickSome(QRandomGenerator &rng, const QStringList &from)
{
    QStringList out;
    for (const QString &s : from)
        if (rng.bounded(2u) == 1)
            out.append(s);
    return out;
}

// A case with every field filled with random valid values, in its full JSON form.
QJsonObject randomCaseJson(QRandomGenerator &rng, const QDate &today)
{
    Case c;
    c.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(rng.bounded(1000000u), 12, 10, QLatin1Char('0'));
    c.number = QStringLiteral("VN-2025-%1").arg(rng.bounded(1, 9999), 4, 10, QLatin1Char('0'));
    c.createdAt = QDateTime(today.addDays(-int(rng.bounded(400u))), QTime(10, 0), Qt::UTC);
    c.updatedAt = c.createdAt;
    c.phase = pick(rng, Codes::all(CodeKind::Phase));
    c.coordinator = QStringLiteral("coordinator-a");
    c.region = QStringLiteral("Noord");
    c.givenName = QStringLiteral("Given");
    c.familyName = QStringLiteral("Family");
    c.aliases = { QStringLiteral("Alias") };
    if (rng.bounded(3u) > 0)
        c.birthDate = today.addDays(-int(rng.bounded(365u * 70)));
    c.ageBand = pick(rng, Codes::all(CodeKind::AgeBand));
    c.gender = pick(rng, Codes::all(CodeKind::Gender));
    c.nationality = QStringLiteral("RO");
    c.countryOfBirth = QStringLiteral("RO");
    c.languages = { QStringLiteral("ro"), QStringLiteral("en") };
    c.interpreterNeeded = rng.bounded(2u) == 1;
    c.phone = QStringLiteral("+31600000000");
    c.minor = rng.bounded(2u) == 1;
    c.legalRepresentative = pick(rng, Codes::all(CodeKind::LegalRepresentative));
    c.residenceStatus = pick(rng, Codes::all(CodeKind::ResidenceStatus));
    c.reflectionStart = today.addDays(-10);
    c.reflectionEnd = today.addDays(50);
    c.exploitationForms = pickSome(rng, Codes::all(CodeKind::ExploitationForm));
    c.sector = QStringLiteral("agriculture");
    c.exploitationRegion = QStringLiteral("Zuid");
    c.exploitationFrom = today.addYears(-2);
    c.exploitationTo = today.addYears(-1);
    c.reporterType = pick(rng, Codes::all(CodeKind::ReporterType));
    c.policeStatus = pick(rng, Codes::all(CodeKind::PoliceStatus));
    c.dossierType = pick(rng, Codes::all(CodeKind::DossierType));
    c.needs = pickSome(rng, Codes::all(CodeKind::Need));
    c.childrenCount = 1;
    c.childrenAges = { 4 };
    c.pets = QStringLiteral("a dog");
    c.perpetrators = { Perpetrator { QStringLiteral("P"), QStringLiteral("network"), { QStringLiteral("Zuid") },
        rng.bounded(2u) == 1, rng.bounded(2u) == 1 } };
    c.threat.code = pick(rng, Codes::all(CodeKind::ThreatCode));
    c.tasks = { CaseTask { QStringLiteral("lawyer"), today, QStringLiteral("x"), false } };
    c.notes = { CaseNote { 1, c.createdAt, QStringLiteral("x"), QStringLiteral("a note") } };
    return CaseJson::toJson(c, today);
}

} // namespace

class TestConsentPolicy : public QObject
{
    Q_OBJECT

private slots:
    void everyScopeIsKnownAndDisjoint();
    void unscopedFieldsNeverLeave();
    void parseNamesUnknownScopes();
    void registrationGetsAgeBandNotBirthDate();
    void placementAddsNeedsChildrenLanguageStatusLevel();
    void sexualFormNeedsSexualLifeScope();
    void sexualFormReleasedWithBothScopes();
    void ageBands_data();
    void ageBands();
    void propertyFilterReleasesExactlyTheScopes();
};

void TestConsentPolicy::everyScopeIsKnownAndDisjoint()
{
    QCOMPARE(ConsentScopes::all().size(), 8);
    QSet<QString> seen;
    for (const QString &scope : ConsentScopes::all()) {
        QVERIFY(ConsentScopes::isValid(scope));
        QVERIFY(!ConsentScopes::label(scope).isEmpty());
        for (const QString &key : ConsentScopes::keys(scope)) {
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QCOMPARE(ConsentScopes::scopeOf(key), scope);
        }
    }
    QVERIFY(!ConsentScopes::legalNote(QStringLiteral("health")).isEmpty());
    QVERIFY(!ConsentScopes::legalNote(QStringLiteral("sexual_life")).isEmpty());
    QVERIFY(!ConsentScopes::legalNote(QStringLiteral("perpetrators")).isEmpty());
    QVERIFY(ConsentScopes::legalNote(QStringLiteral("identity")).isEmpty());
    // Every writable case key is either in a scope or deliberately held back.
    const QSet<QString> heldBack = { QStringLiteral("notes"), QStringLiteral("tasks"), QStringLiteral("coordinator"),
        QStringLiteral("phase"), QStringLiteral("pets") };
    for (const QString &key : CaseJson::writableKeys())
        QVERIFY2(seen.contains(key) || heldBack.contains(key), qPrintable(key));
}

void TestConsentPolicy::unscopedFieldsNeverLeave()
{
    QRandomGenerator rng(7);
    const QDate today(2025, 6, 1);
    const QJsonObject full = randomCaseJson(rng, today);
    for (const QString &purpose : ConsentPurposes::all()) {
        const QJsonObject out = ConsentPolicy::filterCase(full, ConsentScopes::all(), purpose, today);
        for (const char *key : { "notes", "tasks", "coordinator", "phase", "pets", "attachments", "createdAt", "updatedAt",
                 "previousPhase", "phaseReason", "reflectionDaysLeft", "possibleDuplicates" })
            QVERIFY2(!out.contains(QLatin1String(key)), key);
        QCOMPARE(out.value(QStringLiteral("id")), full.value(QStringLiteral("id")));
        QCOMPARE(out.value(QStringLiteral("number")), full.value(QStringLiteral("number")));
    }
}

void TestConsentPolicy::parseNamesUnknownScopes()
{
    QStringList unknown;
    const QStringList scopes = ConsentScopes::parse(QStringLiteral("health, identity,,bogus,identity"), &unknown);
    QCOMPARE(scopes, (QStringList { QStringLiteral("identity"), QStringLiteral("health") }));
    QCOMPARE(unknown, QStringList { QStringLiteral("bogus") });
}

void TestConsentPolicy::registrationGetsAgeBandNotBirthDate()
{
    QRandomGenerator rng(1);
    const QDate today(2025, 6, 1);
    QJsonObject full = randomCaseJson(rng, today);
    full.insert(QStringLiteral("birthDate"), QStringLiteral("2000-06-02"));
    full.insert(QStringLiteral("ageBand"), QStringLiteral("65_plus")); // stale: the birth date wins
    const QJsonObject out = ConsentPolicy::filterCase(full, ConsentScopes::all(), QStringLiteral("registration"), today);
    QCOMPARE(keySet(out),
        toSet({ QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("exploitationForms"),
            QStringLiteral("nationality"), QStringLiteral("ageBand"), QStringLiteral("gender"), QStringLiteral("reporterType"),
            QStringLiteral("region"), QStringLiteral("signalDate") }));
    QCOMPARE(out.value(QStringLiteral("ageBand")).toString(), QStringLiteral("23_29")); // 24 years, one day short of 25
    QCOMPARE(out.value(QStringLiteral("signalDate")).toString(),
        QDateTime::fromString(full.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .date()
            .toString(Qt::ISODate));
}

void TestConsentPolicy::placementAddsNeedsChildrenLanguageStatusLevel()
{
    QRandomGenerator rng(2);
    const QDate today(2025, 6, 1);
    QJsonObject full = randomCaseJson(rng, today);
    QJsonObject threat = full.value(QStringLiteral("threat")).toObject();
    threat.insert(QStringLiteral("code"), QStringLiteral("red"));
    full.insert(QStringLiteral("threat"), threat);
    full.insert(QStringLiteral("perpetrators"), QJsonArray());
    const QJsonObject out = ConsentPolicy::filterCase(full, ConsentScopes::all(), QStringLiteral("placement"), today);
    for (const char *key : { "needs", "childrenCount", "childrenAges", "languages", "residenceStatus", "requiredSecurityLevel" })
        QVERIFY2(out.contains(QLatin1String(key)), key);
    for (const char *key : { "birthDate", "givenName", "familyName", "phone", "perpetrators", "threat" })
        QVERIFY2(!out.contains(QLatin1String(key)), key);
    QCOMPARE(out.value(QStringLiteral("requiredSecurityLevel")).toString(), QStringLiteral("S3"));
}

void TestConsentPolicy::sexualFormNeedsSexualLifeScope()
{
    QJsonObject full { { QStringLiteral("id"), QStringLiteral("x") },
        { QStringLiteral("number"), QStringLiteral("VN-2025-0001") },
        { QStringLiteral("exploitationForms"), QJsonArray { QStringLiteral("sexual"), QStringLiteral("labour") } } };
    const FilteredCase out = ConsentPolicy::filter(full, { QStringLiteral("exploitation") }, QStringLiteral("care"));
    QCOMPARE(out.data.value(QStringLiteral("exploitationForms")).toArray(), QJsonArray { QStringLiteral("labour") });
    QCOMPARE(out.notes.size(), 1);
    // The note is for the coordinator, never in the data.
    QCOMPARE(keySet(out.data), toSet({ QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("exploitationForms") }));
    // sexual_life alone releases no key.
    const FilteredCase alone = ConsentPolicy::filter(full, { QStringLiteral("sexual_life") }, QStringLiteral("care"));
    QCOMPARE(keySet(alone.data), toSet(ConsentScopes::minimalKeys()));
}

void TestConsentPolicy::sexualFormReleasedWithBothScopes()
{
    QJsonObject full { { QStringLiteral("id"), QStringLiteral("x") },
        { QStringLiteral("number"), QStringLiteral("VN-2025-0001") },
        { QStringLiteral("exploitationForms"), QJsonArray { QStringLiteral("sexual") } } };
    const FilteredCase out = ConsentPolicy::filter(
        full, { QStringLiteral("exploitation"), QStringLiteral("sexual_life") }, QStringLiteral("registration"));
    QCOMPARE(out.data.value(QStringLiteral("exploitationForms")).toArray(), QJsonArray { QStringLiteral("sexual") });
    QVERIFY(out.notes.isEmpty());
}

void TestConsentPolicy::ageBands_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("band");
    const QDate today(2025, 6, 1);
    QTest::newRow("11") << today.addYears(-12).addDays(1) << QStringLiteral("0_11");
    QTest::newRow("12") << today.addYears(-12) << QStringLiteral("12_15");
    QTest::newRow("15") << today.addYears(-16).addDays(1) << QStringLiteral("12_15");
    QTest::newRow("16") << today.addYears(-16) << QStringLiteral("16_17");
    QTest::newRow("18") << today.addYears(-18) << QStringLiteral("18_22");
    QTest::newRow("64") << today.addYears(-65).addDays(1) << QStringLiteral("50_64");
    QTest::newRow("65") << today.addYears(-65) << QStringLiteral("65_plus");
    QTest::newRow("future") << today.addDays(1) << QStringLiteral("unknown");
}

void TestConsentPolicy::ageBands()
{
    QFETCH(QDate, birth);
    QFETCH(QString, band);
    QCOMPARE(ConsentPolicy::ageBandOn(birth, QDate(2025, 6, 1)), band);
    QVERIFY(Codes::isValid(CodeKind::AgeBand, band));
}

void TestConsentPolicy::propertyFilterReleasesExactlyTheScopes()
{
    // Fixed seed: a failure is reproducible. 400 random cases × random scope sets × every purpose.
    QRandomGenerator rng(20250601);
    const QDate today(2025, 6, 1);
    const QSet<QString> minimal = toSet(ConsentScopes::minimalKeys());
    for (int i = 0; i < 400; ++i) {
        const QJsonObject full = randomCaseJson(rng, today);
        const QStringList scopes = pickSome(rng, ConsentScopes::all());
        const QString purpose = pick(rng, ConsentPurposes::all());
        const FilteredCase out = ConsentPolicy::filter(full, scopes, purpose, today);
        const QSet<QString> got = keySet(out.data);
        const QSet<QString> ofScopes = toSet(ConsentScopes::keysFor(scopes));
        const QString context
            = QStringLiteral("iteration %1, purpose %2, scopes %3").arg(i).arg(purpose, scopes.join(QLatin1Char(',')));

        // Never a key outside the scopes (plus id and number).
        QVERIFY2(got.contains(minimal), qPrintable(context));
        for (const QString &key : got)
            QVERIFY2(ofScopes.contains(key), qPrintable(context + QStringLiteral(": key ") + key));
        // Exactly the scopes' keys within the recipient profile (all are present or derivable here).
        QCOMPARE(got, toSet(RecipientProfiles::allowedKeys(scopes, purpose)));
        if (!RecipientProfiles::ceiling(purpose))
            QVERIFY2(got == ofScopes, qPrintable(context));
        // Copied values are unchanged; derived ones are well formed.
        for (const QString &key : got) {
            if (key == QLatin1String("exploitationForms") || key == QLatin1String("ageBand")
                || key == ConsentScopes::signalDateKey() || key == ConsentScopes::requiredSecurityLevelKey())
                continue;
            QVERIFY2(out.data.value(key) == full.value(key), qPrintable(context + QStringLiteral(": value of ") + key));
        }
        if (got.contains(QStringLiteral("ageBand")))
            QVERIFY(Codes::isValid(CodeKind::AgeBand, out.data.value(QStringLiteral("ageBand")).toString()));
        if (got.contains(ConsentScopes::requiredSecurityLevelKey()))
            QVERIFY(out.data.value(ConsentScopes::requiredSecurityLevelKey()).toString().startsWith(QLatin1Char('S')));
        // The sexual_life rule.
        const QJsonArray forms = out.data.value(QStringLiteral("exploitationForms")).toArray();
        const bool hadSexual = full.value(QStringLiteral("exploitationForms")).toArray().contains(QStringLiteral("sexual"));
        if (!scopes.contains(QStringLiteral("sexual_life")))
            QVERIFY2(!forms.contains(QStringLiteral("sexual")), qPrintable(context));
        else if (got.contains(QStringLiteral("exploitationForms")))
            QCOMPARE(forms.contains(QStringLiteral("sexual")), hadSexual);
        QCOMPARE(!out.notes.isEmpty(),
            got.contains(QStringLiteral("exploitationForms")) && hadSexual && !scopes.contains(QStringLiteral("sexual_life")));
        // Registration and placement never get the birth date.
        if (RecipientProfiles::ageBandOnly(purpose))
            QVERIFY(!got.contains(QStringLiteral("birthDate")));
    }
}

QTEST_GUILESS_MAIN(TestConsentPolicy)
#include "TestConsentPolicy.moc"
