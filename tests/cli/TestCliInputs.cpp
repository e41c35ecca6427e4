#include "CliRunner.h"
#include "TestVault.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// What vangnet-cli accepts from files and the command line (issue 11, items 5 and 6): case data
// never in argv, documented size limits enforced before anything is parsed, strict single-line
// fields, dates and codes, error messages that name fields but never values, and human output
// with the terminal's control characters taken out.
class TestCliInputs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noteTextInArgvRefused();
    void noteFromFileAndStandardInput();
    void searchFromFile();
    void argvValuesAreOneShortLine();
    void endlessInputRefusedWithLimit_data();
    void endlessInputRefusedWithLimit();
    void documentOverLimitRefused();
    void controlCharactersRefused_data();
    void controlCharactersRefused();
    void incidentDateOnlyIsoShape();
    void incidentErrorsNeverEchoValues();
    void securityLevelExactCode();
    void tooManyAliasesRefused();
    void thousandAliasesAccepted();
    void humanOutputStripsEscapes();

private:
    test::CliResult cli(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return m_runner.run(QStringList { QStringLiteral("--vault"), m_vault } + args, stdinData);
    }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }
    int caseCount() const
    {
        const auto r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") });
        return r.exitCode == 0 ? int(r.json().array().size()) : -1;
    }
    QJsonArray notesOf(const QString &id) const
    {
        const auto r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id });
        return r.json().object().value(QStringLiteral("notes")).toArray();
    }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    static QByteArray incident(const QString &key, const QJsonValue &value)
    {
        QJsonObject o { { QStringLiteral("date"), QStringLiteral("2024-03-18") },
            { QStringLiteral("setting"), QStringLiteral("office") }, { QStringLiteral("type"), QStringLiteral("verbal") },
            { QStringLiteral("source"), QStringLiteral("client") },
            { QStringLiteral("description"), QStringLiteral("Shouted at the desk") } };
        o.insert(key, value);
        return json(o);
    }
    static QByteArray shelter(const QString &key, const QJsonValue &value)
    {
        QJsonObject o { { QStringLiteral("name"), QStringLiteral("De Haven") },
            { QStringLiteral("type"), QStringLiteral("womens_shelter") },
            { QStringLiteral("securityLevel"), QStringLiteral("S2") }, { QStringLiteral("region"), QStringLiteral("Utrecht") } };
        o.insert(key, value);
        return json(o);
    }

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_caseId;
    test::CliRunner m_runner;
};

void TestCliInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.path() + QStringLiteral("/vault");
    m_runner.setPassphrase(test::testPassphrase());
    const auto r = cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto added = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"),
                               QStringLiteral("-") },
        json({ { QStringLiteral("givenName"), QStringLiteral("Anna") },
            { QStringLiteral("familyName"), QStringLiteral("Nowak") } }));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    m_caseId = added.json().object().value(QStringLiteral("id")).toString();
    QVERIFY(!m_caseId.isEmpty());
}

void TestCliInputs::noteTextInArgvRefused()
{
    const int before = int(notesOf(m_caseId).size());
    for (const QString &form : { QStringLiteral("--text"), QStringLiteral("--text=") }) {
        const QStringList args = form.endsWith(QLatin1Char('='))
            ? QStringList { QStringLiteral("note"), QStringLiteral("add"), m_caseId, form + QStringLiteral("met at the station") }
            : QStringList { QStringLiteral("note"), QStringLiteral("add"), m_caseId, form, QStringLiteral("met at the station") };
        const auto r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("process list") && r.err.contains("--file"), r.err.constData());
        QVERIFY2(!r.err.contains("station"), r.err.constData());
    }
    QCOMPARE(notesOf(m_caseId).size(), before);
}

void TestCliInputs::noteFromFileAndStandardInput()
{
    const int before = int(notesOf(m_caseId).size());
    const QString file = writeFile(QStringLiteral("note.txt"), "First line\nsecond line\n");
    const auto fromFile = cli({ QStringLiteral("note"), QStringLiteral("add"), m_caseId, QStringLiteral("--file"), file });
    QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
    const auto fromStdin
        = cli({ QStringLiteral("note"), QStringLiteral("add"), m_caseId, QStringLiteral("--file"), QStringLiteral("-") },
            "Called the lawyer");
    QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
    const QJsonArray notes = notesOf(m_caseId);
    QCOMPARE(notes.size(), before + 2);
    QStringList texts;
    for (const QJsonValue &n : notes)
        texts << n.toObject().value(QStringLiteral("text")).toString();
    QVERIFY(texts.contains(QStringLiteral("First line\nsecond line")));
    QVERIFY(texts.contains(QStringLiteral("Called the lawyer")));

    // A note with a terminal escape or a NUL is refused, naming no value.
    const auto escape
        = cli({ QStringLiteral("note"), QStringLiteral("add"), m_caseId, QStringLiteral("--file"), QStringLiteral("-") },
            QByteArray("red \x1b[31m alert"));
    QCOMPARE(escape.exitCode, 2);
    QVERIFY2(escape.err.contains("control characters"), escape.err.constData());
    QCOMPARE(notesOf(m_caseId).size(), before + 2);
    const auto missing = cli({ QStringLiteral("note"), QStringLiteral("add"), m_caseId, QStringLiteral("--file"),
        m_dir.path() + QStringLiteral("/absent.txt") });
    QCOMPARE(missing.exitCode, 2);
}

void TestCliInputs::searchFromFile()
{
    const auto r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--query-file"),
                           QStringLiteral("-") },
        "nowak\nignored second line\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().array().size(), 1);
    const auto both = cli({ QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("x"),
                              QStringLiteral("--query-file"), QStringLiteral("-") },
        "nowak");
    QCOMPARE(both.exitCode, 2);
}

void TestCliInputs::argvValuesAreOneShortLine()
{
    // A reason with a line break or 1,001 characters: refused before the vault is opened, unechoed.
    const auto multiLine = cli({ QStringLiteral("case"), QStringLiteral("close"), m_caseId, QStringLiteral("--reason"),
        QStringLiteral("moved\nSecret line") });
    QCOMPARE(multiLine.exitCode, 2);
    QVERIFY2(multiLine.err.contains("--reason") && !multiLine.err.contains("Secret"), multiLine.err.constData());
    const auto longReason = cli({ QStringLiteral("case"), QStringLiteral("close"), m_caseId,
        QStringLiteral("--reason=") + QString(1001, QLatin1Char('r')) });
    QCOMPARE(longReason.exitCode, 2);
    QVERIFY2(longReason.err.contains("1000"), longReason.err.constData());
    const auto show = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), m_caseId });
    QCOMPARE(show.json().object().value(QStringLiteral("phase")).toString(), QStringLiteral("signal"));
}

void TestCliInputs::endlessInputRefusedWithLimit_data()
{
    QTest::addColumn<QStringList>("args");
    const QString zero = QStringLiteral("/dev/zero");
    QTest::newRow("case add") << QStringList { QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), zero };
    QTest::newRow("case update") << QStringList { QStringLiteral("case"), QStringLiteral("update"), QStringLiteral("VN-1"),
        QStringLiteral("--file"), zero };
    QTest::newRow("note add") << QStringList { QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("VN-1"),
        QStringLiteral("--file"), zero };
    QTest::newRow("incident add") << QStringList { QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"),
        zero };
    QTest::newRow("shelter add") << QStringList { QStringLiteral("shelter"), QStringLiteral("add"), QStringLiteral("--file"),
        zero };
    QTest::newRow("shelter import") << QStringList { QStringLiteral("shelter"), QStringLiteral("import"), zero };
}

void TestCliInputs::endlessInputRefusedWithLimit()
{
    // Today's main read the whole "file" and died of bad_alloc (exit 134).
    QFETCH(QStringList, args);
    const auto r = cli(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + QString::fromUtf8(r.err)));
    QVERIFY2(r.err.contains("8 MiB"), r.err.constData());
}

void TestCliInputs::documentOverLimitRefused()
{
    // Valid JSON, 9 MiB of it: refused by size before it is parsed, and standard input alike.
    QByteArray big = "{\"givenName\": \"Big\", \"familyName\": \"";
    big += QByteArray(9 * 1024 * 1024, 'a');
    big += "\"}";
    const int before = caseCount();
    const auto r = cli({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") }, big);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("8 MiB"), r.err.constData());
    QVERIFY(r.err.size() < 2000);
    QCOMPARE(caseCount(), before);
}

void TestCliInputs::controlCharactersRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("field");
    const QStringList caseAdd { QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") };
    const QStringList incidentAdd { QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"),
        QStringLiteral("-") };
    const QStringList shelterAdd { QStringLiteral("shelter"), QStringLiteral("add"), QStringLiteral("--file"),
        QStringLiteral("-") };
    QTest::newRow("NUL in a name") << caseAdd << json({ { QStringLiteral("givenName"), QStringLiteral("An\u0000na") } })
                                   << QByteArray("givenName");
    QTest::newRow("escape in a name") << caseAdd << json({ { QStringLiteral("familyName"), QStringLiteral("X\u001b[2J") } })
                                      << QByteArray("familyName");
    QTest::newRow("newline in a name") << caseAdd << json({ { QStringLiteral("familyName"), QStringLiteral("Line\nbreak") } })
                                       << QByteArray("familyName");
    QTest::newRow("NUL in an alias") << caseAdd
                                     << json({ { QStringLiteral("aliases"),
                                            QJsonArray { QStringLiteral("ok"), QStringLiteral("b\u0000d") } } })
                                     << QByteArray("aliases[1]");
    QTest::newRow("NUL in a note") << caseAdd
                                   << json({ { QStringLiteral("givenName"), QStringLiteral("N") },
                                          { QStringLiteral("notes"),
                                              QJsonArray {
                                                  QJsonObject { { QStringLiteral("text"), QStringLiteral("a\u0000b") } } } } })
                                   << QByteArray("notes[0].text");
    QTest::newRow("escape in incident staff member")
        << incidentAdd << incident(QStringLiteral("staffMember"), QStringLiteral("J\u001b]0;x\u0007"))
        << QByteArray("staffMember");
    QTest::newRow("NUL in incident description")
        << incidentAdd << incident(QStringLiteral("description"), QStringLiteral("a\u0000b")) << QByteArray("description");
    QTest::newRow("escape in shelter name") << shelterAdd << shelter(QStringLiteral("name"), QStringLiteral("Haven\u001b[1m"))
                                            << QByteArray("name");
}

void TestCliInputs::controlCharactersRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, field);
    const auto r = cli(args, document);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(field) && r.err.contains("control characters"), r.err.constData());
    QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\0'), r.err.constData());
}

void TestCliInputs::incidentDateOnlyIsoShape()
{
    for (const QString &date : { QStringLiteral("2026/02/03"), QStringLiteral("2024-3-18"), QStringLiteral("20240318") }) {
        const auto r = cli({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
            incident(QStringLiteral("date"), date));
        QVERIFY2(r.exitCode == 2, qPrintable(date + QLatin1Char(' ') + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("YYYY-MM-DD"), r.err.constData());
        QVERIFY2(!r.err.contains(date.toUtf8()), r.err.constData());
    }
}

void TestCliInputs::incidentErrorsNeverEchoValues()
{
    // A long value in a code field: the message names the field and the allowed codes, nothing more.
    const QString secret = QStringLiteral("Secret-") + QString(1024 * 1024, QLatin1Char('z'));
    for (const QString &field :
        { QStringLiteral("setting"), QStringLiteral("type"), QStringLiteral("source"), QStringLiteral("status") }) {
        const auto r = cli({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
            incident(field, secret));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(field.toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains("Secret-"), qPrintable(QString::fromUtf8(r.err.left(300))));
        QVERIFY(r.err.size() < 2000);
    }
    // Future dates and unknown keys: no value either.
    const auto future = cli({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
        incident(QStringLiteral("date"), QStringLiteral("2999-12-31")));
    QCOMPARE(future.exitCode, 2);
    QVERIFY2(!future.err.contains("2999"), future.err.constData());
    const auto unknownKey
        = cli({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
            incident(QStringLiteral("Secret-") + QString(500, QLatin1Char('k')), QStringLiteral("v")));
    QCOMPARE(unknownKey.exitCode, 2);
    QVERIFY2(!unknownKey.err.contains("Secret-"), unknownKey.err.constData());
    // A value longer than the field's limit: named with the limit.
    const auto longStaff
        = cli({ QStringLiteral("incident"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
            incident(QStringLiteral("staffMember"), secret));
    QCOMPARE(longStaff.exitCode, 2);
    QVERIFY2(longStaff.err.contains("staffMember") && longStaff.err.contains("1000"), longStaff.err.constData());
    QVERIFY(!longStaff.err.contains("Secret-"));
}

void TestCliInputs::securityLevelExactCode()
{
    for (const QString &level : { QStringLiteral("s2"), QStringLiteral("S 2"), QStringLiteral("S5") }) {
        const auto r = cli({ QStringLiteral("shelter"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
            shelter(QStringLiteral("securityLevel"), level));
        QVERIFY2(r.exitCode == 2, qPrintable(level + QLatin1Char(' ') + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("securityLevel"), r.err.constData());
    }
    const auto minLevel
        = cli({ QStringLiteral("shelter"), QStringLiteral("list"), QStringLiteral("--min-level"), QStringLiteral("s2") });
    QCOMPARE(minLevel.exitCode, 2);
    const auto good = cli({ QStringLiteral("shelter"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
        shelter(QStringLiteral("securityLevel"), QStringLiteral("S2")));
    QVERIFY2(good.exitCode == 0, good.err.constData());
}

void TestCliInputs::tooManyAliasesRefused()
{
    QJsonArray aliases;
    for (int i = 0; i < 1001; ++i)
        aliases.append(QStringLiteral("alias %1").arg(i));
    const int before = caseCount();
    const auto r = cli({ QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") },
        json({ { QStringLiteral("givenName"), QStringLiteral("Many") }, { QStringLiteral("aliases"), aliases } }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("aliases") && r.err.contains("1000"), r.err.constData());
    QCOMPARE(caseCount(), before);
}

void TestCliInputs::thousandAliasesAccepted()
{
    // The limit itself is accepted, and the duplicate check finds a case through one of them.
    QJsonArray aliases;
    for (int i = 0; i < 1000; ++i)
        aliases.append(QStringLiteral("Name%1 Other%1").arg(i));
    const auto first = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"),
                               QStringLiteral("-") },
        json({ { QStringLiteral("givenName"), QStringLiteral("Many") }, { QStringLiteral("aliases"), aliases } }));
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const auto second = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"),
                                QStringLiteral("-") },
        json({ { QStringLiteral("givenName"), QStringLiteral("Name999") },
            { QStringLiteral("familyName"), QStringLiteral("Other999") } }));
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonArray duplicates = second.json().object().value(QStringLiteral("possibleDuplicates")).toArray();
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("id")).toString(),
        first.json().object().value(QStringLiteral("id")).toString());
}

void TestCliInputs::humanOutputStripsEscapes()
{
    // A name that reached the vault before the input rules (an older version, an import): stored
    // with raw SQL here. The human output shows U+FFFD instead of obeying the escape.
    {
        auto vault = Vault::open(m_vault, test::testPassphrase());
        QVERIFY(vault.ok());
        QVERIFY(vault.value()->database().exec(
            QStringLiteral("UPDATE cases SET family_name = 'Evil' || char(27) || '[2J' || char(13) || 'x',"
                           " data = replace(data, '\"familyName\":\"Nowak\"', '\"familyName\":\"Evil\\u001b[2J\\rx\"')"
                           " WHERE given_name = 'Anna'")));
    }
    const auto list = cli({ QStringLiteral("case"), QStringLiteral("list") });
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY2(list.out.contains("Evil"), list.out.constData());
    QVERIFY2(!list.out.contains('\x1b') && !list.out.contains('\r'), list.out.constData());
    QVERIFY(list.out.contains("Evil\xEF\xBF\xBD[2J\xEF\xBF\xBDx"));
    const auto show = cli({ QStringLiteral("case"), QStringLiteral("show"), m_caseId });
    QVERIFY2(show.exitCode == 0, show.err.constData());
    QVERIFY2(!show.out.contains('\x1b'), show.out.constData());
    // --json output stays exact: JSON escapes the character itself.
    const auto json = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), m_caseId });
    QCOMPARE(json.json().object().value(QStringLiteral("familyName")).toString(), QStringLiteral("Evil\u001b[2J\rx"));
}

QTEST_GUILESS_MAIN(TestCliInputs)
#include "TestCliInputs.moc"
