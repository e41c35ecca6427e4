#include "CliRunner.h"
#include "FileScan.h"
#include "TestVault.h"
#include "crypto/RecoveryKey.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vangnet;
using test::CliResult;
using test::CliRunner;

namespace {

const QStringList FastKdf
    = { QStringLiteral("--kdf-memory"), QStringLiteral("8"), QStringLiteral("--kdf-passes"), QStringLiteral("1") };

QString show(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

// vangnet-cli as a user and a script see it: exit codes, --json output, secrets only from the
// environment or files, one process at a time, and a passphrase change that survives a crash.
class TestCliVault final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void initCreatesVault();
    void initHumanOutput();
    void initRefusesExistingVault();
    void initRefusesWeakPassphrase();
    void infoJson();
    void wrongPassphraseChangesNothing();
    void jsonErrorOnStderr();
    void noPassphraseAndNoTerminal();
    void passphraseNeverFromArgv_data();
    void passphraseNeverFromArgv();
    void usageErrors_data();
    void usageErrors();
    void passphraseFile();
    void passwd();
    void passwdWithFile();
    void passwdWeakNewPassphrase();
    void recover();
    void recoverTypoAndOtherVault();
    void vaultInUseByAnotherProcess();
    void interruptedPassphraseChange_data();
    void interruptedPassphraseChange();
    void masterKeyNeedsReveal();
    void stockSqlcipherShellOpensVault();
    void interruptedCreationIsCompleted();
    void abandonedCreationDoesNotBlockInit();
    void verifyDetectsDamage();
    void damagedRecoverySlot();

private:
    // A fresh vault made through the cli; returns the --json output of init.
    QJsonObject initVault(const QString &folder, const QString &passphrase = test::testPassphrase());
    CliResult cli(const QStringList &args, const QString &passphrase = test::testPassphrase()) const;
    QString folder() const { return m_dir->filePath(QStringLiteral("vault")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliVault::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::program()), qPrintable(QStringLiteral("VANGNET_CLI not found: ") + CliRunner::program()));
}

void TestCliVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliResult TestCliVault::cli(const QStringList &args, const QString &passphrase) const
{
    CliRunner runner;
    if (!passphrase.isNull())
        runner.setPassphrase(passphrase);
    return runner.run(args);
}

QJsonObject TestCliVault::initVault(const QString &folder, const QString &passphrase)
{
    const CliResult r
        = cli(QStringList { QStringLiteral("--vault"), folder, QStringLiteral("--json"), QStringLiteral("init") } + FastKdf,
            passphrase);
    if (r.exitCode != 0) {
        qWarning("init failed: %s", qPrintable(show(r)));
        return {};
    }
    return r.json().object();
}

void TestCliVault::initCreatesVault()
{
    const CliResult r
        = cli(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("init") } + FastKdf);
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    const QJsonObject o = r.json().object();
    QVERIFY2(!o.isEmpty(), qPrintable(show(r)));
    QCOMPARE(o.value(QStringLiteral("folder")).toString(), folder());
    QVERIFY(!QUuid::fromString(o.value(QStringLiteral("vaultId")).toString()).isNull());
    const QString recoveryKey = o.value(QStringLiteral("recoveryKey")).toString();
    QVERIFY(RecoveryKey::parse(recoveryKey).ok());
    // The weaker-than-default KDF is pointed out.
    QVERIFY2(r.err.contains("weaker than the defaults"), qPrintable(show(r)));
    // The passphrase is not echoed anywhere.
    QVERIFY(!r.out.contains(test::testPassphrase().toUtf8()) && !r.err.contains(test::testPassphrase().toUtf8()));

    // The recovery key printed is the one of this vault, and the passphrase opens it.
    auto opened = Vault::openWithRecoveryKey(folder(), recoveryKey);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
    QCOMPARE(opened.value()->vaultId(), o.value(QStringLiteral("vaultId")).toString());
    opened.value().reset();
    QVERIFY(Vault::open(folder(), test::testPassphrase()).ok());
}

void TestCliVault::initHumanOutput()
{
    const CliResult r = cli(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("init") } + FastKdf);
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    static const QRegularExpression key(QStringLiteral("[0-9A-Z]{4}(-[0-9A-Z]{4}){13}"));
    const auto match = key.match(QString::fromUtf8(r.out));
    QVERIFY2(match.hasMatch(), qPrintable(show(r)));
    QVERIFY(RecoveryKey::parse(match.captured(0)).ok());
    QVERIFY(Vault::openWithRecoveryKey(folder(), match.captured(0)).ok());
}

void TestCliVault::initRefusesExistingVault()
{
    const QJsonObject first = initVault(folder());
    QVERIFY(!first.isEmpty());
    const auto before = test::folderSnapshot(folder());

    const CliResult again
        = cli(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("init") } + FastKdf,
            QStringLiteral("Zeven bruine koffiebonen!"));
    QVERIFY2(again.exitCode == 2, qPrintable(show(again)));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(test::folderSnapshot(folder()), before);
    // The original passphrase and recovery key still work; the new passphrase does not.
    QVERIFY2(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode == 0, "original passphrase");
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, QStringLiteral("Zeven bruine koffiebonen!"))
                 .exitCode,
        3);
    QVERIFY(Vault::openWithRecoveryKey(folder(), first.value(QStringLiteral("recoveryKey")).toString()).ok());
}

void TestCliVault::initRefusesWeakPassphrase()
{
    const CliResult r = cli(
        QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("init") } + FastKdf, QStringLiteral("password1234"));
    QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    QVERIFY(r.err.contains("common password"));
    QVERIFY(!QFile::exists(folder()));
}

void TestCliVault::infoJson()
{
    const QJsonObject created = initVault(folder());
    QVERIFY(!created.isEmpty());
    const CliResult r = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("info") });
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    const QJsonObject o = r.json().object();
    QVERIFY2(!o.isEmpty(), qPrintable(show(r)));

    for (const char *key :
        { "folder", "vaultId", "format", "cipher", "kdf", "schemaVersion", "createdAt", "databaseBytes", "records" })
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("folder")).toString(), folder());
    QCOMPARE(o.value(QStringLiteral("vaultId")).toString(), created.value(QStringLiteral("vaultId")).toString());
    QCOMPARE(o.value(QStringLiteral("format")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), Migrations::latestVersion());

    const QJsonObject cipher = o.value(QStringLiteral("cipher")).toObject();
    QVERIFY2(cipher.value(QStringLiteral("library")).toString().startsWith(QStringLiteral("SQLCipher ")), qPrintable(show(r)));
    QVERIFY(cipher.value(QStringLiteral("library")).toString().size() > 10); // a version follows
    QVERIFY(!cipher.value(QStringLiteral("algorithm")).toString().isEmpty());
    QCOMPARE(cipher.value(QStringLiteral("pageSize")).toInt(), 4096);

    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    QCOMPARE(kdf.value(QStringLiteral("algorithm")).toString(), QStringLiteral("argon2id"));
    QCOMPARE(kdf.value(QStringLiteral("memoryBytes")).toInteger(), qint64(8) * 1024 * 1024);
    QCOMPARE(kdf.value(QStringLiteral("passes")).toInteger(), qint64(1));
    QVERIFY(!kdf.contains(QStringLiteral("salt")));

    const QDateTime createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    QVERIFY(createdAt.isValid());
    QVERIFY(qAbs(createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QVERIFY(o.value(QStringLiteral("databaseBytes")).toInteger() >= 4096);
    const QJsonObject records = o.value(QStringLiteral("records")).toObject();
    QVERIFY2(records.value(QStringLiteral("audit_log")).toInteger() >= 2, qPrintable(show(r))); // created, unlocked
    QVERIFY(!records.contains(QStringLiteral("meta")));

    // Nothing secret in the output.
    QVERIFY(!r.out.contains(test::testPassphrase().toUtf8()));
    QVERIFY(!r.out.contains(created.value(QStringLiteral("recoveryKey")).toString().toUtf8()));

    // The human form carries the same facts.
    const CliResult human = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") });
    QVERIFY2(human.exitCode == 0, qPrintable(show(human)));
    QVERIFY(human.out.contains(created.value(QStringLiteral("vaultId")).toString().toUtf8()));
    QVERIFY2(human.out.contains("8 MiB, 1 passes"), qPrintable(show(human)));
}

void TestCliVault::wrongPassphraseChangesNothing()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const auto before = test::folderSnapshot(folder());
    QVERIFY(before.contains(QStringLiteral("vault.db")));

    for (const QString &wrong : { QStringLiteral("lantern orchard velvet 43"), QString(QStringLiteral("")) }) {
        const CliResult r = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, wrong);
        QVERIFY2(r.exitCode == 3, qPrintable(show(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("not correct"), qPrintable(show(r)));
        QCOMPARE(test::folderSnapshot(folder()), before);
    }
    // Every command that unlocks behaves the same.
    for (const QStringList &command :
        { QStringList { QStringLiteral("passwd") }, QStringList { QStringLiteral("master-key"), QStringLiteral("--reveal") } }) {
        CliRunner runner;
        runner.setPassphrase(QStringLiteral("lantern orchard velvet 43"));
        runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), QStringLiteral("Zeven bruine koffiebonen!"));
        const CliResult r = runner.run(QStringList { QStringLiteral("--vault"), folder() } + command);
        QVERIFY2(r.exitCode == 3, qPrintable(show(r)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(test::folderSnapshot(folder()), before);
    }
    // No vault at all: also "cannot unlock", and nothing is created.
    const QString nowhere = m_dir->filePath(QStringLiteral("nowhere"));
    const CliResult none = cli({ QStringLiteral("--vault"), nowhere, QStringLiteral("info") });
    QVERIFY2(none.exitCode == 3, qPrintable(show(none)));
    QVERIFY(!QFile::exists(nowhere));
}

void TestCliVault::jsonErrorOnStderr()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const CliResult r = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("info") },
        QStringLiteral("lantern orchard velvet 43"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    const QJsonObject error = QJsonDocument::fromJson(r.err).object().value(QStringLiteral("error")).toObject();
    QVERIFY2(!error.isEmpty(), qPrintable(show(r)));
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("cannot_unlock"));
    QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), 3);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

    const CliResult usage = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("frobnicate") });
    QCOMPARE(usage.exitCode, 2);
    const QJsonObject usageError = QJsonDocument::fromJson(usage.err).object().value(QStringLiteral("error")).toObject();
    QVERIFY2(!usageError.isEmpty(), qPrintable(show(usage)));
    QCOMPARE(usageError.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_input"));
    QCOMPARE(usageError.value(QStringLiteral("exitCode")).toInt(), 2);
}

void TestCliVault::noPassphraseAndNoTerminal()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const auto before = test::folderSnapshot(folder());
    // CliRunner starts the child in a session of its own: no controlling terminal to prompt on.
    const CliResult r = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, QString());
    QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    QVERIFY2(r.err.contains("VANGNET_PASSPHRASE"), qPrintable(show(r)));
    QCOMPARE(test::folderSnapshot(folder()), before);

    const CliResult init = cli(
        QStringList { QStringLiteral("--vault"), m_dir->filePath(QStringLiteral("other")), QStringLiteral("init") } + FastKdf,
        QString());
    QVERIFY2(init.exitCode == 2, qPrintable(show(init)));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("other"))));
}

void TestCliVault::passphraseNeverFromArgv_data()
{
    QTest::addColumn<QStringList>("args");
    const QString secret = QStringLiteral("Geheime Zin Die Nooit Verschijnt 9");
    QTest::newRow("global --passphrase") << QStringList { QStringLiteral("--passphrase"), secret, QStringLiteral("info") };
    QTest::newRow("global --passphrase=") << QStringList { QStringLiteral("--passphrase=") + secret, QStringLiteral("info") };
    QTest::newRow("after the command") << QStringList { QStringLiteral("info"), QStringLiteral("--passphrase"), secret };
    QTest::newRow("after the command with =") << QStringList { QStringLiteral("info"), QStringLiteral("--passphrase=") + secret };
    QTest::newRow("init") << QStringList { QStringLiteral("init"), QStringLiteral("--passphrase"), secret };
}

void TestCliVault::passphraseNeverFromArgv()
{
    QFETCH(QStringList, args);
    QVERIFY(!initVault(folder()).isEmpty());
    const auto before = test::folderSnapshot(folder());
    const CliResult r = cli(QStringList { QStringLiteral("--vault"), folder() } + args, QString());
    QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    QVERIFY(r.out.isEmpty());
    // The refused secret is not repeated back (terminal scrollback, CI logs).
    QVERIFY2(!r.err.contains("Nooit Verschijnt"), qPrintable(show(r)));
    QCOMPARE(test::folderSnapshot(folder()), before);
}

void TestCliVault::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("unknown global option") << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("info") };
    QTest::newRow("unknown command option") << QStringList { QStringLiteral("info"), QStringLiteral("--frobnicate") };
    QTest::newRow("stray positional") << QStringList { QStringLiteral("info"), QStringLiteral("extra") };
    QTest::newRow("--vault without value") << QStringList { QStringLiteral("--vault") };
    QTest::newRow("--kdf-memory without value") << QStringList { QStringLiteral("init"), QStringLiteral("--kdf-memory") };
    QTest::newRow("--kdf-memory 0") << QStringList { QStringLiteral("init"), QStringLiteral("--kdf-memory"),
        QStringLiteral("0") };
    QTest::newRow("--kdf-memory 5000") << QStringList { QStringLiteral("init"), QStringLiteral("--kdf-memory"),
        QStringLiteral("5000") };
    QTest::newRow("--kdf-passes abc") << QStringList { QStringLiteral("init"), QStringLiteral("--kdf-passes"),
        QStringLiteral("abc") };
    QTest::newRow("--kdf-passes 65") << QStringList { QStringLiteral("init"), QStringLiteral("--kdf-passes"),
        QStringLiteral("65") };
    QTest::newRow("master-key without --reveal") << QStringList { QStringLiteral("master-key") };
    QTest::newRow("missing passphrase file")
        << QStringList { QStringLiteral("--passphrase-file"), QStringLiteral("/nonexistent/pass"), QStringLiteral("info") };
}

void TestCliVault::usageErrors()
{
    QFETCH(QStringList, args);
    QVERIFY(!initVault(folder()).isEmpty());
    const auto before = test::folderSnapshot(folder());
    const QString other = m_dir->filePath(QStringLiteral("other"));
    // Usage errors are found before anything is unlocked or created; a usable passphrase is set
    // so that only the usage is wrong. "init" rows point at a fresh folder.
    const QString target = args.contains(QStringLiteral("init")) ? other : folder();
    const CliResult r = cli(QStringList { QStringLiteral("--vault"), target } + args,
        args.contains(QStringLiteral("--passphrase-file")) ? QString() : test::testPassphrase());
    QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    QVERIFY(!r.err.isEmpty());
    QCOMPARE(test::folderSnapshot(folder()), before);
    QVERIFY(!QFile::exists(other));
}

void TestCliVault::passphraseFile()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const QString file = m_dir->filePath(QStringLiteral("pass.txt"));
    QVERIFY(writeFile(file, test::testPassphrase().toUtf8() + "\n"));
    const CliResult ok = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--passphrase-file"), file,
                                 QStringLiteral("--json"), QStringLiteral("info") },
        QString());
    QVERIFY2(ok.exitCode == 0, qPrintable(show(ok)));
    QVERIFY(!ok.json().object().isEmpty());

    // CRLF line ending (a file saved on Windows) is stripped too; inner spaces are kept.
    QVERIFY(writeFile(file, test::testPassphrase().toUtf8() + "\r\n"));
    QCOMPARE(
        cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--passphrase-file"), file, QStringLiteral("info") }, QString())
            .exitCode,
        0);
    QVERIFY(writeFile(file, "lantern  orchard velvet 42\n"));
    QCOMPARE(
        cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--passphrase-file"), file, QStringLiteral("info") }, QString())
            .exitCode,
        3);

    // init reads the new vault's passphrase from the file as well.
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(writeFile(file, "Zeven bruine koffiebonen!\n"));
    const CliResult created
        = cli(QStringList { QStringLiteral("--vault"), other, QStringLiteral("--passphrase-file"), file, QStringLiteral("init") }
                + FastKdf,
            QString());
    QVERIFY2(created.exitCode == 0, qPrintable(show(created)));
    QVERIFY(Vault::open(other, QStringLiteral("Zeven bruine koffiebonen!")).ok());
}

void TestCliVault::passwd()
{
    const QJsonObject created = initVault(folder());
    QVERIFY(!created.isEmpty());
    const QString next = QStringLiteral("Zeven bruine koffiebonen!");
    CliRunner runner;
    runner.setPassphrase(test::testPassphrase());
    runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), next);
    const CliResult r = runner.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("passwd") } + FastKdf);
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(!r.out.contains(next.toUtf8()) && !r.err.contains(next.toUtf8()));

    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode, 3);
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, next).exitCode, 0);
    // The recovery key stays valid.
    QVERIFY(Vault::openWithRecoveryKey(folder(), created.value(QStringLiteral("recoveryKey")).toString()).ok());
}

void TestCliVault::passwdWithFile()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const QString file = m_dir->filePath(QStringLiteral("new.txt"));
    QVERIFY(writeFile(file, "Zeven bruine koffiebonen!\n"));
    const CliResult r = cli(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("passwd"),
                                QStringLiteral("--new-passphrase-file"), file }
        + FastKdf);
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QCOMPARE(r.json().object().value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, QStringLiteral("Zeven bruine koffiebonen!"))
                 .exitCode,
        0);
}

void TestCliVault::passwdWeakNewPassphrase()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const QByteArray keyFile = [this] {
        QFile f(folder() + QStringLiteral("/vault.key"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!keyFile.isEmpty());
    for (const QString &weak : { QStringLiteral("short"), QStringLiteral("Wachtwoord2024!"), QStringLiteral("qwertyuiopasdf") }) {
        CliRunner runner;
        runner.setPassphrase(test::testPassphrase());
        runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), weak);
        const CliResult r = runner.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("passwd") } + FastKdf);
        QVERIFY2(r.exitCode == 2, qPrintable(weak + QLatin1Char('\n') + show(r)));
        QFile f(folder() + QStringLiteral("/vault.key"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), keyFile);
        QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, weak).exitCode, 3);
    }
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode, 0);
}

void TestCliVault::recover()
{
    const QJsonObject created = initVault(folder());
    QVERIFY(!created.isEmpty());
    const QString recoveryKey = created.value(QStringLiteral("recoveryKey")).toString();
    const QString next = QStringLiteral("Zeven bruine koffiebonen!");

    CliRunner runner; // no VANGNET_PASSPHRASE: the passphrase is forgotten
    runner.environment().insert(QStringLiteral("VANGNET_RECOVERY_KEY"), recoveryKey.toLower());
    runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), next);
    const CliResult r = runner.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("recover") } + FastKdf);
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode, 3);
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, next).exitCode, 0);

    // Again, with the key from a file, and the recovery key still works after a recovery.
    const QString keyFile = m_dir->filePath(QStringLiteral("recovery.txt"));
    QVERIFY(writeFile(keyFile, recoveryKey.toUtf8() + "\n"));
    CliRunner fromFile;
    fromFile.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), test::testPassphrase());
    const CliResult r2 = fromFile.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("--json"),
                                          QStringLiteral("recover"), QStringLiteral("--recovery-key-file"), keyFile }
        + FastKdf);
    QVERIFY2(r2.exitCode == 0, qPrintable(show(r2)));
    QCOMPARE(r2.json().object().value(QStringLiteral("recovered")).toBool(), true);
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode, 0);
}

void TestCliVault::recoverTypoAndOtherVault()
{
    const QJsonObject mine = initVault(folder());
    const QJsonObject other = initVault(m_dir->filePath(QStringLiteral("other")));
    QVERIFY(!mine.isEmpty() && !other.isEmpty());
    const auto before = test::folderSnapshot(folder());

    QString typo = mine.value(QStringLiteral("recoveryKey")).toString();
    typo[5] = typo.at(5) == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
    const auto attempt = [this](const QString &key) {
        CliRunner runner;
        runner.environment().insert(QStringLiteral("VANGNET_RECOVERY_KEY"), key);
        runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), QStringLiteral("Zeven bruine koffiebonen!"));
        return runner.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("recover") } + FastKdf);
    };

    const CliResult withTypo = attempt(typo);
    QVERIFY2(withTypo.exitCode == 2, qPrintable(show(withTypo)));
    QVERIFY2(withTypo.err.contains("typing error"), qPrintable(show(withTypo)));
    const CliResult withOther = attempt(other.value(QStringLiteral("recoveryKey")).toString());
    QVERIFY2(withOther.exitCode == 3, qPrintable(show(withOther)));
    const CliResult notAKey = attempt(QStringLiteral("lantern orchard velvet 42"));
    QVERIFY2(notAKey.exitCode == 2, qPrintable(show(notAKey)));
    QCOMPARE(test::folderSnapshot(folder()), before);
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode, 0);
}

void TestCliVault::vaultInUseByAnotherProcess()
{
    QVERIFY(!initVault(folder()).isEmpty());
    {
        auto held = Vault::open(folder(), test::testPassphrase());
        QVERIFY(held.ok());
        const CliResult r = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") });
        QVERIFY2(r.exitCode == 6, qPrintable(show(r)));
        QVERIFY2(r.err.contains("already open"), qPrintable(show(r)));
        QVERIFY(r.out.isEmpty());

        const CliResult json = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("info") });
        QCOMPARE(json.exitCode, 6);
        QCOMPARE(QJsonDocument::fromJson(json.err)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("in_use"));
        // The holder is undisturbed.
        QVERIFY(held.value()->isOpen());
        QVERIFY(held.value()->info().ok());
    }
    const CliResult after = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") });
    QVERIFY2(after.exitCode == 0, qPrintable(show(after)));
}

void TestCliVault::interruptedPassphraseChange_data()
{
    QTest::addColumn<QString>("crashPoint");
    QTest::addColumn<bool>("newIsActive");
    QTest::newRow("before the key file is committed") << QStringLiteral("keyfile-before-commit") << false;
    QTest::newRow("after the key file is committed") << QStringLiteral("keyfile-after-commit") << true;
}

void TestCliVault::interruptedPassphraseChange()
{
    QFETCH(QString, crashPoint);
    QFETCH(bool, newIsActive);
    const QJsonObject created = initVault(folder());
    QVERIFY(!created.isEmpty());
    const QString next = QStringLiteral("Zeven bruine koffiebonen!");

    CliRunner runner;
    runner.setPassphrase(test::testPassphrase());
    runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), next);
    runner.environment().insert(QStringLiteral("VANGNET_CRASH_AT"), crashPoint);
    const CliResult crashed = runner.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("passwd") } + FastKdf);
    QVERIFY2(crashed.exitCode == 86, qPrintable(show(crashed)));
    // The killed process left its lock file behind, as after a power cut.
    QVERIFY(QFile::exists(folder() + QStringLiteral("/vault.lock")));

    const int oldExit = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode;
    const int newExit = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }, next).exitCode;
    QVERIFY2(oldExit == 0 || newExit == 0, "neither passphrase opens the vault");
    QCOMPARE(oldExit, newIsActive ? 3 : 0);
    QCOMPARE(newExit, newIsActive ? 0 : 3);
    // The recovery key works in either case, and the audit chain is intact.
    auto recovered = Vault::openWithRecoveryKey(folder(), created.value(QStringLiteral("recoveryKey")).toString());
    QVERIFY(recovered.ok());
    recovered.value().reset();
    // Nothing half-written is left beside the vault.
    QStringList files = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
    files.removeOne(QStringLiteral("vault.db"));
    files.removeOne(QStringLiteral("vault.key"));
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
}

void TestCliVault::masterKeyNeedsReveal()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const CliResult refused = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("master-key") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());

    const CliResult r = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("master-key"),
        QStringLiteral("--reveal") });
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    const QString hex = r.json().object().value(QStringLiteral("masterKey")).toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY2(hex64.match(hex).hasMatch(), qPrintable(show(r)));
    // Revealing is recorded in the audit log.
    auto vault = Vault::open(folder(), test::testPassphrase());
    QVERIFY(vault.ok());
    auto stmt = vault.value()->database().prepare(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'vault.master_key_revealed'"));
    QVERIFY(stmt.ok() && stmt->step().value());
    QCOMPARE(stmt->integer(0), qint64(1));
}

void TestCliVault::stockSqlcipherShellOpensVault()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty())
        QSKIP("the sqlcipher shell is not installed");
    QVERIFY(!initVault(folder()).isEmpty());
    const CliResult r = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("master-key"), QStringLiteral("--reveal") });
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    const QByteArray hex = r.out.trimmed();
    QCOMPARE(hex.size(), 64);

    // Exactly the settings of CipherSettingsV3 in core/storage/Database.cpp, as documented for users.
    const auto runShell = [&](const QByteArray &keyHex) {
        const QByteArray script = "PRAGMA key = \"x'" + keyHex
            + "'\";\n"
              "PRAGMA cipher_page_size = 4096;\n"
              "PRAGMA kdf_iter = 64000;\n"
              "PRAGMA fast_kdf_iter = 2;\n"
              "PRAGMA cipher_use_hmac = ON;\n"
              "PRAGMA cipher_hmac_pgno = le;\n"
              "PRAGMA cipher_hmac_salt_mask = \"x'3a'\";\n"
              "SELECT 'count=' || count(*) FROM audit_log;\n";
        QProcess p;
        p.start(shell, { QStringLiteral("-bail"), folder() + QStringLiteral("/vault.db") });
        p.write(script);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };

    const auto [rc, output] = runShell(hex);
    static const QRegularExpression count(QStringLiteral("count=(\\d+)"));
    const auto match = count.match(output);
    QVERIFY2(rc == 0 && match.hasMatch(), qPrintable(output));
    QVERIFY(match.captured(1).toInt() >= 3); // created, unlocked, revealed

    QByteArray wrong = hex;
    wrong[0] = wrong.at(0) == '0' ? '1' : '0';
    const auto [wrongRc, wrongOutput] = runShell(wrong);
    QVERIFY2(!count.match(wrongOutput).hasMatch(), qPrintable(wrongOutput));
    QVERIFY2(wrongRc != 0 || wrongOutput.contains(QStringLiteral("not a database")), qPrintable(wrongOutput));
    // The stock shell left the vault as good as it found it.
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode, 0);
}

void TestCliVault::interruptedCreationIsCompleted()
{
    // Killed after the key file was written but before the database got its final name.
    CliRunner runner;
    runner.setPassphrase(test::testPassphrase());
    runner.environment().insert(QStringLiteral("VANGNET_CRASH_AT"), QStringLiteral("create-after-keyfile"));
    const CliResult crashed = runner.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("init") } + FastKdf);
    QVERIFY2(crashed.exitCode == 86, qPrintable(show(crashed)));
    QVERIFY(QFile::exists(folder() + QStringLiteral("/vault.key")));
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/vault.db")));
    // The next open finishes the creation: the vault is usable and nothing is lost.
    const CliResult info = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("info") });
    QVERIFY2(info.exitCode == 0, qPrintable(show(info)));
    QVERIFY(QFile::exists(folder() + QStringLiteral("/vault.db")));
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/vault.db.new")));
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("verify") }).exitCode, 0);
}

void TestCliVault::abandonedCreationDoesNotBlockInit()
{
    // A database left by a creation killed before its key file existed can never be opened; it
    // does not count as a vault and a new init replaces it.
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(writeFile(folder() + QStringLiteral("/vault.db.new"), QByteArray(4096, 'x')));
    const CliResult r = cli(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("init") } + FastKdf);
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(!QFile::exists(folder() + QStringLiteral("/vault.db.new")));
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("info") }).exitCode, 0);
}

void TestCliVault::verifyDetectsDamage()
{
    QVERIFY(!initVault(folder()).isEmpty());
    const CliResult good = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("verify") });
    QVERIFY2(good.exitCode == 0, qPrintable(show(good)));
    QVERIFY(good.json().object().value(QStringLiteral("intact")).toBool());

    // Flip one byte inside the last page (inside the HMAC-covered part): opening may still work,
    // verify reads every page and must notice.
    const QString db = folder() + QStringLiteral("/vault.db");
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size >= 3 * 4096);
    f.seek(size - 4096 + 100);
    char byte = 0;
    f.getChar(&byte);
    f.seek(size - 4096 + 100);
    f.putChar(static_cast<char>(byte ^ 0x20));
    f.close();
    const CliResult bad = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("verify") });
    QVERIFY2(bad.exitCode == 5 || bad.exitCode == 3, qPrintable(show(bad)));
}

void TestCliVault::damagedRecoverySlot()
{
    // Before: verify said "intact", passwd said "the recovery key stays valid", recover then exited 3.
    const QJsonObject created = initVault(folder());
    QVERIFY(!created.isEmpty());
    const QString keyPath = folder() + QStringLiteral("/vault.key");
    QFile file(keyPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject slot = o.value(QStringLiteral("recoverySlot")).toObject();
    QByteArray ciphertext = QByteArray::fromBase64(slot.value(QStringLiteral("ciphertext")).toString().toLatin1());
    ciphertext[5] = static_cast<char>(ciphertext.at(5) ^ 0x40);
    slot.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64()));
    o.insert(QStringLiteral("recoverySlot"), slot);
    QVERIFY(writeFile(keyPath, QJsonDocument(o).toJson()));

    const CliResult verify = cli({ QStringLiteral("--vault"), folder(), QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 5, qPrintable(show(verify)));
    QVERIFY2(verify.err.contains("recovery slot"), qPrintable(show(verify)));

    CliRunner runner;
    runner.setPassphrase(test::testPassphrase());
    const QString next = QStringLiteral("Zeven bruine koffiebonen!");
    runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), next);
    const CliResult passwd = runner.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("passwd") } + FastKdf);
    QVERIFY2(passwd.exitCode == 0, qPrintable(show(passwd)));
    QVERIFY2(!passwd.out.contains("stays valid"), qPrintable(show(passwd)));
    QVERIFY2(passwd.err.contains("recovery-key new"), qPrintable(show(passwd)));
    // Still damaged after the passphrase change: the damage is not papered over.
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("verify") }, next).exitCode, 5);

    const CliResult fresh = cli(
        { QStringLiteral("--vault"), folder(), QStringLiteral("--json"), QStringLiteral("recovery-key"), QStringLiteral("new") },
        next);
    QVERIFY2(fresh.exitCode == 0, qPrintable(show(fresh)));
    const QString newKey = fresh.json().object().value(QStringLiteral("recoveryKey")).toString();
    QVERIFY(RecoveryKey::parse(newKey).ok());
    QCOMPARE(cli({ QStringLiteral("--vault"), folder(), QStringLiteral("verify") }, next).exitCode, 0);
    CliRunner recover;
    recover.environment().insert(QStringLiteral("VANGNET_RECOVERY_KEY"), newKey);
    recover.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), test::testPassphrase());
    const CliResult recovered
        = recover.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("recover") } + FastKdf);
    QVERIFY2(recovered.exitCode == 0, qPrintable(show(recovered)));
    // The old key is refused.
    recover.environment().insert(QStringLiteral("VANGNET_RECOVERY_KEY"), created.value(QStringLiteral("recoveryKey")).toString());
    QCOMPARE(recover.run(QStringList { QStringLiteral("--vault"), folder(), QStringLiteral("recover") } + FastKdf).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliVault)
#include "TestCliVault.moc"
