#include "crypto/PassphrasePolicy.h"

#include <QSet>
#include <QTest>

using namespace vangnet;

// Each rule of the passphrase policy refuses what it should, with a reason that names the rule,
// and good passphrases (including Dutch ones) pass.
class TestPassphrasePolicy final : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void tooShortNamesTheLength();
    void lengthCountsCharactersNotBytes();
    void reasonsDifferPerRule();
    void strengthOfAccepted();

private:
    // A word that occurs only in the message of that rule.
    static QString ruleOf(const QString &message);
};

QString TestPassphrasePolicy::ruleOf(const QString &message)
{
    if (message.contains(QStringLiteral("too short")))
        return QStringLiteral("length");
    if (message.contains(QStringLiteral("repeats")))
        return QStringLiteral("repeat");
    if (message.contains(QStringLiteral("sequence")))
        return QStringLiteral("sequence");
    if (message.contains(QStringLiteral("common password")))
        return QStringLiteral("common");
    return QStringLiteral("unknown: ") + message;
}

void TestPassphrasePolicy::check_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("rule"); // empty: accepted

    const auto refused
        = [](const char *name, const QString &p, const char *rule) { QTest::newRow(name) << p << QString::fromLatin1(rule); };
    refused("11 characters", QStringLiteral("Xq7#vB2m9Lp"), "length");
    refused("empty", QString(), "length");
    refused("11 with spaces", QStringLiteral("a b c d e f"), "length");

    refused("one character repeated", QStringLiteral("aaaaaaaaaaaaaa"), "repeat");
    refused("short unit repeated", QStringLiteral("abcabcabcabc"), "repeat");
    refused("unit of four repeated", QStringLiteral("ab12ab12ab12"), "repeat");
    refused("repeated with spaces", QStringLiteral("zzz zzz zzz zzz"), "repeat");

    refused("qwerty row into home row", QStringLiteral("qwertyuiopasdf"), "sequence");
    refused("azerty row into home row", QStringLiteral("azertyuiopqsd"), "sequence");
    refused("qwerty row", QStringLiteral("qwertyuiopqwe"), "sequence");
    refused("home row backwards", QStringLiteral("lkjhgfdsalkjh"), "sequence");
    refused("upper case keyboard row", QStringLiteral("QWERTYUIOPQW"), "sequence");
    refused("digits ascending with wrap", QStringLiteral("123456789012"), "sequence");
    refused("digits descending with wrap", QStringLiteral("98765432109876"), "sequence");
    refused("digits from zero", QStringLiteral("0123456789012"), "sequence");
    refused("alphabet", QStringLiteral("abcdefghijklmn"), "sequence");
    refused("alphabet backwards", QStringLiteral("zyxwvutsrqponm"), "sequence");
    refused("every other letter", QStringLiteral("acegikmoqsuw"), "sequence");

    refused("common with digits", QStringLiteral("password1234"), "common");
    refused("Dutch common with year and mark", QStringLiteral("Wachtwoord2024!"), "common");
    refused("common word doubled", QStringLiteral("welkomwelkom12"), "common");
    refused("common word tripled", QStringLiteral("geheimgeheimgeheim"), "common");
    refused("leet spelling", QStringLiteral("P4ssw0rd!2024"), "common");
    refused("common with spaces", QStringLiteral("  wachtwoord  1234"), "common");
    refused("app name", QStringLiteral("Vangnet2024!!"), "common");

    const auto accepted = [](const char *name, const QString &p) { QTest::newRow(name) << p << QString(); };
    accepted("English words", QStringLiteral("lantern orchard velvet 42"));
    accepted("Dutch words", QStringLiteral("Zeven bruine koffiebonen!"));
    accepted("exactly 12 characters", QStringLiteral("Tulp7-Regen!"));
    accepted("non-Latin",
        QStringLiteral("\u043a\u043e\u0442 \u0438 \u0441\u043e\u0431\u0430\u043a\u0430 \u0434\u0440\u0443\u0437\u044c\u044f"));
    accepted("common word inside a phrase", QStringLiteral("mijn wachtwoord is de fiets van oma"));
}

void TestPassphrasePolicy::check()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, rule);

    const Status st = PassphrasePolicy::check(passphrase);
    if (rule.isEmpty()) {
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message()));
        QVERIFY(PassphrasePolicy::estimatedBits(passphrase) > 0);
        QVERIFY(PassphrasePolicy::strength(passphrase) != PassphrasePolicy::Strength::Refused);
        return;
    }
    QVERIFY2(!st.ok(), "the policy accepted a passphrase it should refuse");
    QCOMPARE(st.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(ruleOf(st.error().message()), rule);
    QCOMPARE(PassphrasePolicy::estimatedBits(passphrase), 0);
    QCOMPARE(PassphrasePolicy::strength(passphrase), PassphrasePolicy::Strength::Refused);
}

void TestPassphrasePolicy::tooShortNamesTheLength()
{
    const Status st = PassphrasePolicy::check(QStringLiteral("Xq7#vB2m9Lp"));
    QVERIFY(!st.ok());
    const QString message = st.error().message();
    QVERIFY2(message.contains(QStringLiteral("at least 12")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("has 11")), qPrintable(message));
}

void TestPassphrasePolicy::lengthCountsCharactersNotBytes()
{
    // Twelve characters, one of them outside the BMP (two UTF-16 units) and several multi-byte in UTF-8.
    const QString twelve = QStringLiteral("\u00e9t\u00e9 \U0001F600 bl\u00f6ms!");
    QCOMPARE(twelve.toUcs4().size(), 12);
    const Status accepted = PassphrasePolicy::check(twelve);
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message()));
    // Eleven characters but twelve UTF-16 units: still too short.
    const QString eleven = QStringLiteral("\u00e9t\u00e9\U0001F600 bl\u00f6ms!");
    QCOMPARE(eleven.toUcs4().size(), 11);
    QCOMPARE(eleven.size(), 12);
    const Status st = PassphrasePolicy::check(eleven);
    QVERIFY(!st.ok());
    QVERIFY2(st.error().message().contains(QStringLiteral("has 11")), qPrintable(st.error().message()));
}

void TestPassphrasePolicy::reasonsDifferPerRule()
{
    const QStringList examples = { QStringLiteral("short"), QStringLiteral("aaaaaaaaaaaaaa"), QStringLiteral("98765432109876"),
        QStringLiteral("password1234") };
    QSet<QString> messages;
    QSet<QString> rules;
    for (const QString &p : examples) {
        const Status st = PassphrasePolicy::check(p);
        QVERIFY2(!st.ok(), qPrintable(p));
        QVERIFY(!st.error().message().isEmpty());
        messages.insert(st.error().message());
        rules.insert(ruleOf(st.error().message()));
    }
    QCOMPARE(messages.size(), examples.size());
    QCOMPARE(rules.size(), examples.size());
}

void TestPassphrasePolicy::strengthOfAccepted()
{
    // A long phrase rates higher than a minimal one; the meter never says "refused" for an accepted one.
    const int shortBits = PassphrasePolicy::estimatedBits(QStringLiteral("Tulp7-Regen!"));
    const int longBits = PassphrasePolicy::estimatedBits(QStringLiteral("Zeven bruine koffiebonen op de vensterbank!"));
    QVERIFY(shortBits > 0);
    QVERIFY(longBits > shortBits);
    QCOMPARE(PassphrasePolicy::strength(QStringLiteral("Zeven bruine koffiebonen op de vensterbank!")),
        PassphrasePolicy::Strength::Strong);
}

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "TestPassphrasePolicy.moc"
