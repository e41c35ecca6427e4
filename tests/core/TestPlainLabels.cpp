// Issue #13: codes become words. Country and language names come from the generated iso-codes/CLDR
// table in the UI language; dates have one form per language; case fields and their values read as a
// coordinator names them.
#include "consent/ScopedFieldsText.h"
#include "domain/CaseFieldLabels.h"
#include "domain/Codes.h"
#include "i18n/DateText.h"
#include "i18n/IsoNames.h"
#include "i18n/Language.h"
#include "vault/RecordKinds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace vangnet;

class TestPlainLabels final : public QObject
{
    Q_OBJECT

private slots:
    // English plurals come from the English catalogue, as in the programs.
    void initTestCase()
    {
        QCOMPARE(Language::install(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    }
    void cleanup() { QLocale::setDefault(QLocale(QStringLiteral("en_GB"))); }

    void countryAndLanguageNames_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl_NL") << QStringLiteral("Turkije") << QStringLiteral("Turks");
        QTest::newRow("en") << QStringLiteral("en_GB") << QStringLiteral("Turkey") << QStringLiteral("Turkish");
    }

    void countryAndLanguageNames()
    {
        QFETCH(QString, locale);
        QFETCH(QString, country);
        QFETCH(QString, language);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(Codes::label(CodeKind::Country, QStringLiteral("TR")), country);
        QCOMPARE(Codes::label(CodeKind::Language, QStringLiteral("tr")), language);
        QCOMPARE(IsoNames::country(QStringLiteral("tr")), country); // case of the code does not matter
        // Every code the pickers offer has a name; stored values stay codes.
        for (const QString &code : Codes::all(CodeKind::Country))
            QVERIFY2(Codes::label(CodeKind::Country, code) != code, qPrintable(code));
        for (const QString &code : { QStringLiteral("nl"), QStringLiteral("ro"), QStringLiteral("bg"), QStringLiteral("ti") })
            QVERIFY2(!IsoNames::language(code).isEmpty(), qPrintable(code));
        QVERIFY(IsoNames::country(QStringLiteral("QQ")).isEmpty());
    }

    void namesFindCodesInBothLanguages()
    {
        QCOMPARE(IsoNames::countryCode(QStringLiteral("Turkije")), QStringLiteral("TR"));
        QCOMPARE(IsoNames::countryCode(QStringLiteral(" turkey ")), QStringLiteral("TR"));
        QCOMPARE(IsoNames::languageCode(QStringLiteral("Roemeens")), QStringLiteral("ro"));
        QCOMPARE(IsoNames::languageCode(QStringLiteral("Romanian")), QStringLiteral("ro"));
        QCOMPARE(IsoNames::languageCode(QStringLiteral("ro")), QStringLiteral("ro"));
        QVERIFY(IsoNames::languageCode(QStringLiteral("Klingon")).isEmpty());
    }

    void datesHaveOneFormPerLanguage()
    {
        const QDate day(2026, 3, 31);
        QLocale::setDefault(QLocale(QStringLiteral("nl_NL")));
        QCOMPARE(DateText::date(day), QStringLiteral("31-03-2026"));
        QCOMPARE(DateText::fromIso(QStringLiteral("2026-03-31")), QStringLiteral("31-03-2026"));
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QCOMPARE(DateText::date(day), QStringLiteral("31/03/2026"));
        QCOMPARE(DateText::relative(day, day.addDays(-3)), QStringLiteral("3 days left"));
        QCOMPARE(DateText::relative(day, day.addDays(1)), QStringLiteral("1 day overdue"));
        QCOMPARE(DateText::relative(day, day), QStringLiteral("today"));
        QCOMPARE(DateText::withRelative(day, day.addDays(-3)), QStringLiteral("31/03/2026 (3 days left)"));
        QVERIFY(DateText::date(QDate()).isEmpty());
        QCOMPARE(DateText::fromIso(QStringLiteral("not a date")), QStringLiteral("not a date"));
    }

    void fieldsReadAsWords()
    {
        QCOMPARE(CaseFieldLabels::label(QStringLiteral("reporterType")), QStringLiteral("Signalled by"));
        QCOMPARE(CaseFieldLabels::label(QStringLiteral("noSuchKey")), QStringLiteral("Other data"));
        QCOMPARE(CaseFieldLabels::valueText(QStringLiteral("nationality"), QStringLiteral("TR")), QStringLiteral("Turkey"));
        QCOMPARE(
            CaseFieldLabels::valueText(QStringLiteral("ageBand"), QStringLiteral("23_29")), QStringLiteral("23 to 29 years"));
        QCOMPARE(CaseFieldLabels::valueText(QStringLiteral("exploitationForms"), QJsonArray { QStringLiteral("labour") }),
            QStringLiteral("Labour exploitation"));
        QCOMPARE(CaseFieldLabels::valueText(QStringLiteral("interpreterNeeded"), true), QStringLiteral("Yes"));
        QCOMPARE(CaseFieldLabels::valueText(QStringLiteral("birthDate"), QJsonValue()), QStringLiteral("not recorded"));
        const QString perpetrators = CaseFieldLabels::valueText(QStringLiteral("perpetrators"),
            QJsonArray { QJsonObject { { QStringLiteral("alias"), QStringLiteral("M.") },
                { QStringLiteral("relation"), QStringLiteral("employer") }, { QStringLiteral("activelySearching"), true } } });
        QCOMPARE(perpetrators, QStringLiteral("M., Employer, actively searching"));
    }

    void sharedDataIsGroupedByScope()
    {
        const QJsonObject data { { QStringLiteral("id"), QStringLiteral("0b5e1c1e-8d6f-4f0e-9a57-3f1f1f1f1f1f") },
            { QStringLiteral("number"), QStringLiteral("VN-2026-0001") }, { QStringLiteral("gender"), QStringLiteral("female") },
            { QStringLiteral("reporterType"), QStringLiteral("labour_inspectorate") } };
        const QStringList lines = ScopedFieldsText::lines(data);
        QCOMPARE(lines,
            (QStringList { QStringLiteral("Case: Case number: VN-2026-0001"), QStringLiteral("Identity: Gender: Female"),
                QStringLiteral("Exploitation: Signalled by: Labour Inspectorate") }));
        QCOMPARE(ScopedFieldsText::scopeNames({ QStringLiteral("sexual_life"), QStringLiteral("identity") }),
            QStringLiteral("Identity, Sexual life"));
    }

    void tablesHaveNames()
    {
        const auto counts = RecordKinds::labelled({ { QStringLiteral("audit_log"), 3 }, { QStringLiteral("cases"), 2 },
            { QStringLiteral("future_a"), 1 }, { QStringLiteral("future_b"), 4 } });
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.at(0).first, QStringLiteral("Audit entries"));
        QCOMPARE(counts.at(2), (QPair<QString, qint64>(QStringLiteral("Other records"), 5)));
        QVERIFY(!RecordKinds::encryptionText().contains(QStringLiteral("HMAC")));
    }
};

QTEST_GUILESS_MAIN(TestPlainLabels)
#include "TestPlainLabels.moc"
