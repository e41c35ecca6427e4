#include "CliRunner.h"
#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vangnet;

// vangnet-cli retention list/purge, legal-hold set/lift, case erase and audit list/verify (issue 16):
// the good paths, refusals under a legal hold (exit 4), a purge that erases only after --yes, bad
// input (exit 2) and a tampered audit log (exit 5 naming the entry).
class TestCliPrivacy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eraseUnderLegalHold();
    void badInputExits2_data();
    void badInputExits2();
    void retentionPurgeAfterPreview();
    void auditListAndVerify();

private:
    test::CliResult cli(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return m_runner.run(QStringList { QStringLiteral("--vault"), m_vault } + args, stdinData);
    }
    QString addCase(const QString &givenName)
    {
        const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("givenName"), givenName },
                                                  { QStringLiteral("familyName"), QStringLiteral("Clitestova") } })
                                    .toJson();
        const auto r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"),
                               QStringLiteral("-") },
            json);
        return r.exitCode == 0 ? r.json().object().value(QStringLiteral("number")).toString() : QString();
    }

    QTemporaryDir m_dir;
    QString m_vault;
    test::CliRunner m_runner;
    int m_counter = 0;
};

void TestCliPrivacy::init()
{
    QVERIFY(m_dir.isValid());
    m_vault = m_dir.path() + QStringLiteral("/vault%1").arg(++m_counter);
    m_runner.setPassphrase(test::testPassphrase());
    const auto r = cli({ QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8"),
        QStringLiteral("--kdf-passes"), QStringLiteral("1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliPrivacy::eraseUnderLegalHold()
{
    const QString number = addCase(QStringLiteral("Erasable"));
    QVERIFY(!number.isEmpty());
    auto r = cli({ QStringLiteral("legal-hold"), QStringLiteral("set"), number, QStringLiteral("--reason"),
        QStringLiteral("Criminal case pending") });
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({ QStringLiteral("case"), QStringLiteral("erase"), number, QStringLiteral("--reason"), QStringLiteral("Asked") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("legal hold"), r.err.constData());
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("show"), number }).exitCode, 0);

    r = cli({ QStringLiteral("legal-hold"), QStringLiteral("lift"), number });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("legal-hold"), QStringLiteral("lift"), number });
    QCOMPARE(r.exitCode, 2); // no hold left to lift

    r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("erase"), number, QStringLiteral("--reason"),
        QStringLiteral("Asked by the person") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("number")).toString(), number);
    QCOMPARE(r.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("Asked by the person"));
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("show"), number }).exitCode, 2);

    r = cli({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--kind"),
        QStringLiteral("privacy") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray entries = r.json().array();
    QVERIFY(entries.size() >= 3);
    const QJsonObject newest = entries.first().toObject();
    QCOMPARE(newest.value(QStringLiteral("action")).toString(), QStringLiteral("case.erased"));
    QCOMPARE(newest.value(QStringLiteral("case")).toString(), number);
    QCOMPARE(newest.value(QStringLiteral("description")).toString(), QStringLiteral("Case erased"));
}

void TestCliPrivacy::badInputExits2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("erase without reason") << QStringList { QStringLiteral("case"), QStringLiteral("erase"),
        QStringLiteral("CASE") };
    QTest::newRow("erase blank reason") << QStringList { QStringLiteral("case"), QStringLiteral("erase"), QStringLiteral("CASE"),
        QStringLiteral("--reason"), QStringLiteral("  ") };
    QTest::newRow("erase unknown case") << QStringList { QStringLiteral("case"), QStringLiteral("erase"),
        QStringLiteral("VN-2001-0777"), QStringLiteral("--reason"), QStringLiteral("x") };
    QTest::newRow("hold without reason") << QStringList { QStringLiteral("legal-hold"), QStringLiteral("set"),
        QStringLiteral("CASE") };
    QTest::newRow("hold blank reason") << QStringList { QStringLiteral("legal-hold"), QStringLiteral("set"),
        QStringLiteral("CASE"), QStringLiteral("--reason"), QStringLiteral("") };
    QTest::newRow("audit since not a date") << QStringList { QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--since"), QStringLiteral("yesterday") };
    QTest::newRow("audit unknown kind") << QStringList { QStringLiteral("audit"), QStringLiteral("list"),
        QStringLiteral("--kind"), QStringLiteral("everything") };
    QTest::newRow("purge leftover") << QStringList { QStringLiteral("retention"), QStringLiteral("purge"),
        QStringLiteral("now") };
}

void TestCliPrivacy::badInputExits2()
{
    QFETCH(QStringList, args);
    const QString number = addCase(QStringLiteral("Stays"));
    QVERIFY(!number.isEmpty());
    args.replaceInStrings(QStringLiteral("CASE"), number);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("show"), number }).exitCode, 0);
}

void TestCliPrivacy::retentionPurgeAfterPreview()
{
    // A case closed in 2005 (past every default period), one closed now, one old one under a hold.
    QString oldId;
    QString heldNumber;
    {
        auto vault = Vault::open(m_vault, test::testPassphrase());
        QVERIFY(vault);
        CaseRepository repo(vault.value()->database());
        QDateTime at(QDate(2004, 3, 1), QTime(12, 0), Qt::UTC);
        repo.setClock([&at] { return at; });
        for (int i = 0; i < 2; ++i) {
            Case c;
            c.givenName = QStringLiteral("Longago%1").arg(i);
            auto created = repo.create(c);
            QVERIFY(created);
            at = QDateTime(QDate(2005, 3, 1), QTime(12, 0), Qt::UTC);
            QVERIFY(repo.close(created->id, QStringLiteral("Care ended")));
            (i == 0 ? oldId : heldNumber) = i == 0 ? created->id : created->number;
        }
    }
    const QString recent = addCase(QStringLiteral("Recent"));
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("close"), recent, QStringLiteral("--reason"), QStringLiteral("done") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("legal-hold"), QStringLiteral("set"), heldNumber, QStringLiteral("--reason"),
                     QStringLiteral("Residence procedure pending") })
                 .exitCode,
        0);

    auto r = cli({ QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().array().size(), 2);
    QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("endsOn")).toString(), QStringLiteral("2020-03-01"));

    // Without --yes: a preview, nothing erased.
    r = cli({ QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("purge") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("wouldErase")).toArray().size(), 1);
    QCOMPARE(r.json().object().value(QStringLiteral("held")).toArray().first().toString(), heldNumber);
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("show"), oldId }).exitCode, 0);
    r = cli({ QStringLiteral("retention"), QStringLiteral("purge") });
    QVERIFY(r.out.contains("--yes"));

    r = cli({ QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--yes") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("erased")).toArray().size(), 1);
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("show"), oldId }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("show"), heldNumber }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("case"), QStringLiteral("show"), recent }).exitCode, 0);
    r = cli({ QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("list") });
    QCOMPARE(r.json().array().size(), 1); // only the held one is left
}

void TestCliPrivacy::auditListAndVerify()
{
    QVERIFY(!addCase(QStringLiteral("Audited")).isEmpty());
    auto r = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
        QDate::currentDate().addDays(-1).toString(Qt::ISODate) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList actions;
    for (const QJsonValue &v : r.json().array())
        actions.append(v.toObject().value(QStringLiteral("action")).toString());
    QVERIFY(actions.contains(QStringLiteral("vault.created")));
    QVERIFY(actions.contains(QStringLiteral("case.created")));
    r = cli({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
        QDate::currentDate().addDays(2).toString(Qt::ISODate) });
    QCOMPARE(r.json().array().size(), 0);
    r = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("cases") });
    QVERIFY(r.out.contains("Case created"));
    QVERIFY(!r.out.contains("case.created"));

    // Altering one entry breaks the chain from there: exit 5, naming the entry.
    qint64 altered = 0;
    {
        auto vault = Vault::open(m_vault, test::testPassphrase());
        QVERIFY(vault);
        Database &db = vault.value()->database();
        altered = db.scalar(QStringLiteral("SELECT min(id) FROM audit_log WHERE action = 'case.created'")).value().toLongLong();
        QVERIFY(db.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = %1").arg(altered)));
    }
    r = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QByteArray(QByteArray("entry ") + QByteArray::number(altered))), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "TestCliPrivacy.moc"
