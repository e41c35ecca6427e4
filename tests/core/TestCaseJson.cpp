#include "cases/CaseJson.h"
#include "domain/Codes.h"

#include <QJsonDocument>
#include <QTest>

using namespace vangnet;

// Validation of the case JSON: every bad input is refused with InvalidInput naming the field.
class TestCaseJson : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

private slots:
    void acceptsMinimalCase()
    {
        auto c = CaseJson::fromJson(parse(R"({"aliases": ["Mira"]})"));
        QVERIFY(c);
        QCOMPARE(c->phase, QStringLiteral("signal"));
        QCOMPARE(c->aliases, QStringList { QStringLiteral("Mira") });
    }

    void roundTripsEveryKey()
    {
        const QJsonObject in = parse(R"({"givenName":"Ana","familyName":"Pop","aliases":["A"],"birthDate":"1990-01-31",
            "ageBand":"30_39","gender":"female","nationality":"RO","countryOfBirth":"MD","languages":["ro","en"],
            "interpreterNeeded":true,"phone":"+40 1","minor":false,"unaccompaniedMinor":false,"legalRepresentative":"guardian",
            "residenceStatus":"b8_reflection","reflectionStart":"2026-01-31","reflectionEnd":"2026-04-30",
            "exploitationForms":["sexual","criminal"],"sector":"hospitality","exploitationRegion":"Utrecht",
            "exploitationPeriod":{"from":"2025-01-01","to":"2025-12-01"},"reporterType":"kmar","policeStatus":"report_filed",
            "dossierType":"registration_shelter","needs":["medical","pregnancy"],"childrenCount":2,"childrenAges":[3,5],
            "pets":"cat","perpetrators":[{"alias":"Boss","relation":"employer","knownAreas":["Utrecht"],"knowsLocation":true,
            "activelySearching":false}],"threat":{"instrument":"RTI","code":"red","reviewer":"Kees","reviewDate":"2026-02-01",
            "perpetratorSearching":true,"perpetratorKnowsLocation":false,"policeProtection":true},
            "tasks":[{"kind":"lawyer","due":"2026-02-01","owner":"anna","done":false}],"coordinator":"anna","region":"Utrecht",
            "phase":"intake"})");
        auto c = CaseJson::fromJson(in);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message()));
        const QJsonObject out = CaseJson::toEditableJson(c.value());
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            QVERIFY2(out.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(c->threat.policeProtection, true);
        QCOMPARE(c->reflectionDaysLeft(QDate(2026, 4, 20)).value(), 10);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"({"gender":"female"})") << "givenName"
                                 << "aliases";
        QTest::newRow("unknown key") << QByteArray(R"({"givenName":"A","shoeSize":42})") << "shoeSize"
                                     << "unknown key";
        QTest::newRow("unknown gender") << QByteArray(R"({"givenName":"A","gender":"f"})") << "gender"
                                        << "female, male, x, unknown";
        QTest::newRow("unknown residence") << QByteArray(R"({"givenName":"A","residenceStatus":"tourist"})") << "residenceStatus"
                                           << "b8_reflection";
        QTest::newRow("unknown form") << QByteArray(R"({"givenName":"A","exploitationForms":["sexual","slavery"]})")
                                      << "exploitationForms"
                                      << "organ_removal";
        QTest::newRow("unknown reporter") << QByteArray(R"({"givenName":"A","reporterType":"neighbour"})") << "reporterType"
                                          << "fairwork";
        QTest::newRow("unknown police status") << QByteArray(R"({"givenName":"A","policeStatus":"x"})") << "policeStatus"
                                               << "report_filed";
        QTest::newRow("unknown dossier") << QByteArray(R"({"givenName":"A","dossierType":"x"})") << "dossierType"
                                         << "registration_advice";
        QTest::newRow("unknown need") << QByteArray(R"({"givenName":"A","needs":["hunger"]})") << "needs"
                                      << "mental_health";
        QTest::newRow("unknown relation") << QByteArray(R"({"givenName":"A","perpetrators":[{"relation":"x"}]})")
                                          << "perpetrators[0].relation"
                                          << "network";
        QTest::newRow("unknown threat code") << QByteArray(R"({"givenName":"A","threat":{"code":"purple"}})") << "threat.code"
                                             << "green, orange, red";
        QTest::newRow("unknown threat key") << QByteArray(R"({"givenName":"A","threat":{"colour":"red"}})") << "threat.colour"
                                            << "unknown key";
        QTest::newRow("unknown task kind") << QByteArray(R"({"givenName":"A","tasks":[{"kind":"x"}]})") << "tasks[0].kind"
                                           << "lawyer";
        QTest::newRow("task without kind") << QByteArray(R"({"givenName":"A","tasks":[{"due":"2026-01-01"}]})") << "tasks[0].kind"
                                           << "required";
        QTest::newRow("unknown phase") << QByteArray(R"({"givenName":"A","phase":"limbo"})") << "phase"
                                       << "aftercare";
        QTest::newRow("unknown country") << QByteArray(R"({"givenName":"A","nationality":"XX"})") << "nationality"
                                         << "ISO 3166-1";
        QTest::newRow("lower-case country") << QByteArray(R"({"givenName":"A","countryOfBirth":"nl"})") << "countryOfBirth"
                                            << "ISO 3166-1";
        QTest::newRow("unknown language") << QByteArray(R"({"givenName":"A","languages":["xx"]})") << "languages"
                                          << "ISO 639-1";
        QTest::newRow("unknown legal rep") << QByteArray(R"({"givenName":"A","legalRepresentative":"uncle"})")
                                           << "legalRepresentative"
                                           << "nidos";
        QTest::newRow("impossible date") << QByteArray(R"({"givenName":"A","birthDate":"2026-02-30"})") << "birthDate"
                                         << "YYYY-MM-DD";
        QTest::newRow("date with time") << QByteArray(R"({"givenName":"A","birthDate":"2000-01-01T00:00:00"})") << "birthDate"
                                        << "YYYY-MM-DD";
        QTest::newRow("future birth") << QByteArray(R"({"givenName":"A","birthDate":"2999-01-01"})") << "birthDate"
                                      << "future";
        QTest::newRow("reflection too long")
            << QByteArray(R"({"givenName":"A","reflectionStart":"2026-01-01","reflectionEnd":"2026-04-02"})") << "reflectionEnd"
            << "three months";
        QTest::newRow("reflection reversed")
            << QByteArray(R"({"givenName":"A","reflectionStart":"2026-03-01","reflectionEnd":"2026-01-01"})") << "reflectionEnd"
            << "before";
        QTest::newRow("period reversed") << QByteArray(
            R"({"givenName":"A","exploitationPeriod":{"from":"2026-03-01","to":"2026-01-01"}})")
                                         << "exploitationPeriod.to"
                                         << "before";
        QTest::newRow("name not string") << QByteArray(R"({"givenName":42})") << "givenName"
                                         << "string";
        QTest::newRow("aliases not array") << QByteArray(R"({"givenName":"A","aliases":"B"})") << "aliases"
                                           << "array";
        QTest::newRow("bool as string") << QByteArray(R"({"givenName":"A","minor":"yes"})") << "minor"
                                        << "true or false";
        QTest::newRow("count as string") << QByteArray(R"({"givenName":"A","childrenCount":"2"})") << "childrenCount"
                                         << "whole number";
        QTest::newRow("fractional count") << QByteArray(R"({"givenName":"A","childrenCount":1.5})") << "childrenCount"
                                          << "whole number";
        QTest::newRow("age beyond any integer")
            << QByteArray(R"({"givenName":"A","childrenCount":1,"childrenAges":[2e65]})") << "childrenAges"
            << "whole number";
        QTest::newRow("count beyond any integer") << QByteArray(R"({"givenName":"A","childrenCount":-1e300})") << "childrenCount"
                                                  << "whole number";
        QTest::newRow("more ages than children")
            << QByteArray(R"({"givenName":"A","childrenCount":1,"childrenAges":[2,3]})") << "childrenAges"
            << "childrenCount";
        QTest::newRow("unaccompanied not minor")
            << QByteArray(R"({"givenName":"A","unaccompaniedMinor":true})") << "unaccompaniedMinor"
            << "minor";
        QTest::newRow("read-only id") << QByteArray(R"({"givenName":"A","id":"x"})") << "id"
                                      << "read-only";
        QTest::newRow("note without text") << QByteArray(R"({"givenName":"A","notes":[{}]})") << "notes[0].text"
                                           << "required";
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        auto c = CaseJson::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!c);
        QCOMPARE(c.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(c.error().message().contains(QStringLiteral("field ") + field), qPrintable(c.error().message()));
        QVERIFY2(c.error().message().contains(mentions), qPrintable(c.error().message()));
    }

    void errorsNeverCarryValues()
    {
        auto c = CaseJson::fromJson(parse(R"({"givenName":"Zyxwvut","gender":"Qwertyuiop","birthDate":"1999-13-01"})"));
        QVERIFY(!c);
        QVERIFY(!c.error().message().contains(QStringLiteral("Qwertyuiop")));
        QVERIFY(!c.error().message().contains(QStringLiteral("1999-13-01")));
    }

    void codeListsHaveLabels()
    {
        QVERIFY(Codes::isValid(CodeKind::Country, QStringLiteral("NL")));
        QVERIFY(Codes::isValid(CodeKind::Country, QStringLiteral("PL")));
        QVERIFY(!Codes::isValid(CodeKind::Country, QStringLiteral("XX")));
        QVERIFY(Codes::isValid(CodeKind::Language, QStringLiteral("nl")));
        QVERIFY(Codes::isValid(CodeKind::Language, QStringLiteral("uk")));
        QCOMPARE(Codes::all(CodeKind::Phase).first(), QStringLiteral("signal"));
        QCOMPARE(Codes::label(CodeKind::ExploitationForm, QStringLiteral("criminal")), QStringLiteral("Forced criminality"));
        QCOMPARE(Codes::label(CodeKind::Country, QStringLiteral("NL")), QStringLiteral("Netherlands"));
        for (int k = 0; k <= int(CodeKind::Language); ++k)
            QVERIFY(!Codes::all(CodeKind(k)).isEmpty());
    }

    void patchChangesOnlyGivenKeys()
    {
        auto c = CaseJson::fromJson(parse(R"({"givenName":"A","familyName":"B","threat":{"code":"green","instrument":"X"}})"));
        QVERIFY(c);
        auto p = CaseJson::applyPatch(c.value(), parse(R"({"familyName":null,"threat":{"code":"red"}})"));
        QVERIFY(p);
        QCOMPARE(p->givenName, QStringLiteral("A"));
        QVERIFY(p->familyName.isEmpty());
        QCOMPARE(p->threat.code, QStringLiteral("red"));
        QCOMPARE(p->threat.instrument, QStringLiteral("X"));
        QVERIFY(!CaseJson::applyPatch(c.value(), parse(R"({"givenName":null,"familyName":null})")));
    }
};

QTEST_GUILESS_MAIN(TestCaseJson)
#include "TestCaseJson.moc"
