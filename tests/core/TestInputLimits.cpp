#include "cases/CaseJson.h"
#include "domain/InputLimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace vangnet;

// The one place of the input limits: which characters a single-line or multi-line field may hold,
// what a terminal is shown, how long error messages get, and that a case stored before the rules
// got stricter still loads while new input is refused.
class TestInputLimits final : public QObject
{
    Q_OBJECT

private slots:
    void singleAndMultiLine_data();
    void singleAndMultiLine();
    void printableReplacesControls();
    void problemsAreCapped();
    void storedCaseStillLoads();
};

void TestInputLimits::singleAndMultiLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("singleLine");
    QTest::addColumn<bool>("multiLine");
    QTest::newRow("plain") << QStringLiteral("Łukasz Nowak-Özlem") << true << true;
    QTest::newRow("NUL") << QStringLiteral("a\u0000b") << false << false;
    QTest::newRow("escape") << QStringLiteral("a\u001b[31m") << false << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false << true;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false << true;
    QTest::newRow("DEL") << QStringLiteral("a\u007fb") << false << false;
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009bb") << false << false;
    QTest::newRow("bidi override") << QStringLiteral("a\u202eb") << false << false;
}

void TestInputLimits::singleAndMultiLine()
{
    QFETCH(QString, text);
    QFETCH(bool, singleLine);
    QFETCH(bool, multiLine);
    QCOMPARE(InputLimits::isSingleLine(text), singleLine);
    QCOMPARE(InputLimits::isMultiLine(text), multiLine);
}

void TestInputLimits::printableReplacesControls()
{
    const QChar r(0xfffd);
    QCOMPARE(InputLimits::printable(QStringLiteral("X\u001b[2J\ry")),
        QStringLiteral("X") + r + QStringLiteral("[2J") + r + QStringLiteral("y"));
    QCOMPARE(InputLimits::printable(QStringLiteral("line\nnext")), QStringLiteral("line\nnext"));
    QCOMPARE(InputLimits::printable(QStringLiteral("line\nnext"), false), QStringLiteral("line") + r + QStringLiteral("next"));
    QCOMPARE(InputLimits::printable(QStringLiteral("Özlem")), QStringLiteral("Özlem"));
}

void TestInputLimits::problemsAreCapped()
{
    QStringList problems;
    for (int i = 0; i < 1000; ++i)
        problems << QStringLiteral("problem %1").arg(i);
    const QString joined = InputLimits::joinProblems(problems);
    QVERIFY(joined.contains(QStringLiteral("problem 19")));
    QVERIFY(!joined.contains(QStringLiteral("problem 20")));
    QVERIFY(joined.contains(QStringLiteral("980")));
    QCOMPARE(InputLimits::joinProblems({ QStringLiteral("a"), QStringLiteral("b") }), QStringLiteral("a; b"));
}

void TestInputLimits::storedCaseStillLoads()
{
    QJsonArray aliases;
    for (int i = 0; i <= InputLimits::MaxListItems; ++i)
        aliases.append(QStringLiteral("alias %1").arg(i));
    const QJsonObject legacy { { QStringLiteral("givenName"), QStringLiteral("Old\u001bname") },
        { QStringLiteral("aliases"), aliases } };
    auto input = CaseJson::fromJson(legacy);
    QVERIFY(!input.ok());
    QVERIFY(input.error().message().contains(QStringLiteral("givenName")));
    QVERIFY(input.error().message().contains(QStringLiteral("aliases")));
    auto stored = CaseJson::fromStoredJson(legacy);
    QVERIFY(stored.ok());
    QCOMPARE(stored->givenName, QStringLiteral("Old\u001bname"));
    QCOMPARE(stored->aliases.size(), InputLimits::MaxListItems + 1);
    // Other rules still hold for stored data: a wrong type is damage, not legacy.
    QVERIFY(!CaseJson::fromStoredJson(QJsonObject { { QStringLiteral("givenName"), 42 } }).ok());
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "TestInputLimits.moc"
