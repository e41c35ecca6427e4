// The command list exists four times: in the CommandTable (what `vangnet-cli --help` prints), in
// docs/CLI.md, in the man page packaging/man/vangnet-cli.1 and, derived from --help at run time,
// in the bash completion. These tests keep the written ones in step with the program.
#include "CliRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace vangnet::test;

namespace {

// The leading lower-case words of a command line; a gap of two spaces ends the name.
QString commandName(const QString &line)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    QStringList name;
    for (const QString &w : line.split(QLatin1Char(' '))) {
        if (!word.match(w).hasMatch())
            break;
        name << w;
        if (line.startsWith(name.join(QLatin1Char(' ')) + QStringLiteral("  ")))
            break;
    }
    return name.join(QLatin1Char(' '));
}

QStringList helpCommands(const QByteArray &help)
{
    QStringList out;
    bool on = false;
    for (const QString &line : QString::fromUtf8(help).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands:")))
            on = true;
        else if (on && line.startsWith(QLatin1String("  ")) && line.size() > 2 && line.at(2).isLower())
            out << commandName(line.mid(2));
    }
    return out;
}

// ".TP" then ".B name args" in the COMMANDS section.
QStringList manCommands(const QString &troff)
{
    QStringList out;
    const QString commands = troff.section(QStringLiteral(".SH COMMANDS\n"), 1).section(QStringLiteral("\n.SH "), 0, 0);
    const QStringList lines = commands.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines.at(i) == QLatin1String(".TP") && lines.at(i + 1).startsWith(QLatin1String(".B ")))
            out << commandName(lines.at(i + 1).mid(3).replace(QStringLiteral("\\-"), QStringLiteral("-")) + QStringLiteral("  "));
    return out;
}

QString readSource(const QString &relative)
{
    QFile f(qEnvironmentVariable("VANGNET_SOURCE_DIR") + u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private:
    QStringList m_help;

private slots:
    void initTestCase()
    {
        const CliResult r = CliRunner().run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        m_help = helpCommands(r.out);
        QVERIFY2(m_help.size() > 40, qPrintable(m_help.join(u',')));
        QVERIFY(m_help.contains(QStringLiteral("backup create")));
        QVERIFY(m_help.contains(QStringLiteral("master-key")));
    }

    void nameRule_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("name");
        QTest::newRow("padded") << QStringLiteral("info        format, cipher") << QStringLiteral("info");
        QTest::newRow("two words") << QStringLiteral("case add --file FILE|- x") << QStringLiteral("case add");
        QTest::newRow("argument") << QStringLiteral("export --to CONTACT Export") << QStringLiteral("export");
        QTest::newRow("upper case stops") << QStringLiteral("identity show   Show this") << QStringLiteral("identity show");
    }
    void nameRule()
    {
        QFETCH(QString, line);
        QFETCH(QString, name);
        QCOMPARE(commandName(line), name);
    }

    void manPageListsEveryCommand()
    {
        const QString troff = readSource(QStringLiteral("packaging/man/vangnet-cli.1"));
        QVERIFY(!troff.isEmpty());
        const QStringList man = manCommands(troff);
        // The same commands in the same order; a missing or an extra one is named.
        const QSet<QString> inHelp(m_help.begin(), m_help.end());
        const QSet<QString> inMan(man.begin(), man.end());
        QVERIFY2((inHelp - inMan).isEmpty(),
            qPrintable(u"missing from vangnet-cli.1: "_qs + QStringList((inHelp - inMan).values()).join(u", ")));
        QVERIFY2((inMan - inHelp).isEmpty(),
            qPrintable(u"not a command (vangnet-cli.1): "_qs + QStringList((inMan - inHelp).values()).join(u", ")));
        QCOMPARE(man, m_help);
    }

    void manPageCheckCatchesADroppedCommand()
    {
        const QString troff = readSource(QStringLiteral("packaging/man/vangnet-cli.1"));
        QString dropped = troff;
        dropped.remove(QRegularExpression(QStringLiteral("\\.TP\\n\\.B backup prune[^\\n]*\\n[^\\n]*\\n")));
        QVERIFY(dropped.size() < troff.size());
        QVERIFY(!manCommands(dropped).contains(QStringLiteral("backup prune")));
        QVERIFY(manCommands(troff).contains(QStringLiteral("backup prune")));
    }

    void cliMdDocumentsEveryCommand()
    {
        const QString md = readSource(QStringLiteral("docs/CLI.md"));
        QVERIFY(!md.isEmpty());
        QStringList missing;
        for (const QString &name : std::as_const(m_help)) {
            // Inline (`case add ...`) or as a section heading (### consent list).
            const QString escaped = QRegularExpression::escape(name);
            const QRegularExpression documented(
                u"`"_qs + escaped + u"[ `]|^#+ "_qs + escaped + u"$"_qs, QRegularExpression::MultilineOption);
            if (!documented.match(md).hasMatch())
                missing << name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing from docs/CLI.md: "_qs + missing.join(u", ")));
        QVERIFY(!QRegularExpression(QStringLiteral("`no-such-command[ `]")).match(md).hasMatch());
    }

    void versionIsTheProjectVersion()
    {
        const CliResult r = CliRunner().run({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), u"vangnet-cli "_qs + QStringLiteral(VANGNET_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "TestCliDocs.moc"
