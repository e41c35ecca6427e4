#include "FaultBench.h"

#include "TestVault.h"
#include "platform/AtomicFile.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vangnet::test {
namespace {

const QStringList FastKdf
    = { QStringLiteral("--kdf-memory"), QStringLiteral("8"), QStringLiteral("--kdf-passes"), QStringLiteral("1") };

QString show(const CliResult &r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray caseJson()
{
    return R"({"givenName": "Ana", "familyName": "Popescu", "birthDate": "1995-04-02", "gender": "female", "nationality": "RO",
               "exploitationForms": ["labour"], "reporterType": "police", "region": "Utrecht"})";
}

QByteArray shelterJson()
{
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("name"), QStringLiteral("Shelter Twente") },
                             { QStringLiteral("type"), QStringLiteral("general_shelter") },
                             { QStringLiteral("securityLevel"), QStringLiteral("S2") },
                             { QStringLiteral("addressConfidentiality"), QStringLiteral("shielded") },
                             { QStringLiteral("region"), QStringLiteral("Twente") },
                             { QStringLiteral("capacity"), 10 },
                             { QStringLiteral("freeBeds"), 2 },
                             { QStringLiteral("availabilityAsOf"), QDate::currentDate().toString(Qt::ISODate) },
                             { QStringLiteral("genders"), QJsonArray { QStringLiteral("female") } },
                             { QStringLiteral("minAge"), 18 },
                             { QStringLiteral("maxAge"), 120 },
                             { QStringLiteral("languages"), QJsonArray { QStringLiteral("nl") } },
                             { QStringLiteral("address"), QStringLiteral("Schuilweg 12") },
                         })
        .toJson();
}

} // namespace

QString FaultBench::name(Command command)
{
    switch (command) {
    case Command::Init:
        return QStringLiteral("init");
    case Command::Passwd:
        return QStringLiteral("passwd");
    case Command::Recover:
        return QStringLiteral("recover");
    case Command::CaseAdd:
        return QStringLiteral("case add");
    case Command::Attach:
        return QStringLiteral("attach");
    case Command::Import:
        return QStringLiteral("import");
    case Command::Export:
        return QStringLiteral("export");
    case Command::ShelterExport:
        return QStringLiteral("shelter export");
    case Command::CardExport:
        return QStringLiteral("identity export-card");
    case Command::RecoveryKeyNew:
        return QStringLiteral("recovery-key new");
    }
    return {};
}

QList<FaultBench::Command> FaultBench::all()
{
    return { Command::Init, Command::Passwd, Command::Recover, Command::CaseAdd, Command::Attach, Command::Import,
        Command::Export, Command::ShelterExport, Command::CardExport, Command::RecoveryKeyNew };
}

FaultBench::FaultBench(Command command, const QString &root)
    : m_command(command)
    , m_root(root)
    , m_passphrase(testPassphrase())
{ }

CliResult FaultBench::cli(const QString &folder, const QStringList &args, const QByteArray &stdinData) const
{
    CliRunner runner;
    runner.setPassphrase(m_passphrase);
    return runner.run(QStringList { QStringLiteral("--vault"), folder, QStringLiteral("--json") } + args, stdinData);
}

bool FaultBench::copyFolder(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files | QDir::Hidden))
        if (!QFile::copy(source.filePath(name), to + QLatin1Char('/') + name))
            return false;
    return true;
}

QString FaultBench::outputFile() const
{
    switch (m_command) {
    case Command::Export:
        return m_root + QStringLiteral("/out/team.vnb");
    case Command::ShelterExport:
        return m_root + QStringLiteral("/out/shelters.json");
    case Command::CardExport:
        return m_root + QStringLiteral("/out/me.vncard");
    default:
        return {};
    }
}

QString FaultBench::prepareExchange(const QString &sender, const QString &receiver, const QString &bundle)
{
    for (const QString &v : { sender, receiver }) {
        if (!QFileInfo::exists(v + QStringLiteral("/vault.key"))) {
            const CliResult r = cli(v, QStringList { QStringLiteral("init") } + FastKdf);
            if (r.exitCode != 0)
                return QStringLiteral("init: ") + show(r);
        }
        const CliResult named = cli(v, { QStringLiteral("identity"), QStringLiteral("set-name"), QFileInfo(v).fileName() });
        if (named.exitCode != 0)
            return QStringLiteral("set-name: ") + show(named);
        const CliResult card = cli(v,
            { QStringLiteral("identity"), QStringLiteral("export-card"), QStringLiteral("--out"),
                v + QStringLiteral(".vncard") });
        if (card.exitCode != 0)
            return QStringLiteral("export-card: ") + show(card);
    }
    const auto befriend = [this](const QString &vault, const QString &other) -> QString {
        const CliResult added = cli(vault,
            { QStringLiteral("contact"), QStringLiteral("add"), other + QStringLiteral(".vncard"), QStringLiteral("--name"),
                QFileInfo(other).fileName(), QStringLiteral("--team") });
        if (added.exitCode != 0)
            return QStringLiteral("contact add: ") + show(added);
        const CliResult verified
            = cli(vault, { QStringLiteral("contact"), QStringLiteral("verify"), QFileInfo(other).fileName() });
        return verified.exitCode == 0 ? QString() : QStringLiteral("contact verify: ") + show(verified);
    };
    if (QString e = befriend(sender, receiver); !e.isEmpty())
        return e;
    if (QString e = befriend(receiver, sender); !e.isEmpty())
        return e;
    if (!writeBytes(helper(QStringLiteral("case.json")), caseJson()))
        return QStringLiteral("case.json");
    for (int i = 0; i < 2; ++i) {
        const CliResult added = cli(sender,
            { QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), helper(QStringLiteral("case.json")) });
        if (added.exitCode != 0)
            return QStringLiteral("case add: ") + show(added);
    }
    if (bundle.isEmpty())
        return {};
    const CliResult exported = cli(sender,
        { QStringLiteral("export"), QStringLiteral("--to"), QFileInfo(receiver).fileName(), QStringLiteral("--out"), bundle });
    return exported.exitCode == 0 ? QString() : QStringLiteral("export: ") + show(exported);
}

QString FaultBench::prepare()
{
    if (!m_helpers.isValid() || !QDir().mkpath(m_root))
        return QStringLiteral("no temporary folder");
    m_nextPassphrase = QStringLiteral("zeven bruine koffiebonen 0");
    if (m_command == Command::Init)
        return {};
    if (!QDir().mkpath(m_root + QStringLiteral("/out")))
        return QStringLiteral("no output folder");
    if (m_command == Command::Import || m_command == Command::Export) {
        // The other vault lives outside the watched folder: only this vault's and the output's writes fail.
        const QString other = helper(m_command == Command::Import ? QStringLiteral("sender") : QStringLiteral("receiver"));
        const QString bundle = m_command == Command::Import ? helper(QStringLiteral("team.vnb")) : QString();
        if (QString e = m_command == Command::Import ? prepareExchange(other, vaultFolder(), bundle)
                                                     : prepareExchange(vaultFolder(), other, bundle);
            !e.isEmpty())
            return e;
        m_imported = 0;
    } else {
        const CliResult created = cli(vaultFolder(), QStringList { QStringLiteral("init") } + FastKdf);
        if (created.exitCode != 0)
            return QStringLiteral("init: ") + show(created);
    }
    // The recovery key: read from a fresh init is not possible for the exchange vaults (made above
    // without keeping it), so every bench makes a new one now, through the command under test.
    const CliResult key = cli(vaultFolder(), { QStringLiteral("recovery-key"), QStringLiteral("new") });
    if (key.exitCode != 0)
        return QStringLiteral("recovery-key new: ") + show(key);
    m_recoveryKey = key.json().object().value(QStringLiteral("recoveryKey")).toString();

    if (!writeBytes(helper(QStringLiteral("case.json")), caseJson()))
        return QStringLiteral("case.json");
    const CliResult added = cli(vaultFolder(),
        { QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--file"), helper(QStringLiteral("case.json")) });
    if (added.exitCode != 0)
        return QStringLiteral("case add: ") + show(added);
    m_caseId = added.json().object().value(QStringLiteral("id")).toString();
    m_caseIds << m_caseId;
    if (!writeBytes(helper(QStringLiteral("scan.pdf")), QByteArrayLiteral("%PDF-1.4\n") + QByteArray(20000, 'x') + "\n%%EOF\n"))
        return QStringLiteral("scan.pdf");
    if (m_command == Command::ShelterExport) {
        const CliResult shelter = cli(vaultFolder(),
            { QStringLiteral("shelter"), QStringLiteral("add"), QStringLiteral("--file"), QStringLiteral("-") }, shelterJson());
        if (shelter.exitCode != 0)
            return QStringLiteral("shelter add: ") + show(shelter);
    }
    if (m_command == Command::CardExport) {
        const CliResult named
            = cli(vaultFolder(), { QStringLiteral("identity"), QStringLiteral("set-name"), QStringLiteral("Coordinator") });
        if (named.exitCode != 0)
            return QStringLiteral("set-name: ") + show(named);
    }
    if (m_command == Command::Import) {
        m_pristineCaseIds = m_caseIds;
        if (!copyFolder(vaultFolder(), helper(QStringLiteral("pristine"))))
            return QStringLiteral("pristine copy");
    }
    return {};
}

CliResult FaultBench::attempt(const QProcessEnvironment &extra, const std::function<void()> &beforeRun)
{
    ++m_attempts;
    m_nextPassphrase = QStringLiteral("zeven bruine koffiebonen %1").arg(m_attempts);
    CliRunner runner;
    runner.setPassphrase(m_passphrase);
    runner.environment().insert(QStringLiteral("VANGNET_NEW_PASSPHRASE"), m_nextPassphrase);
    if (m_command == Command::Recover) {
        // recover unlocks with the recovery key alone.
        runner.environment().remove(QStringLiteral("VANGNET_PASSPHRASE"));
        runner.environment().insert(QStringLiteral("VANGNET_RECOVERY_KEY"), m_recoveryKey);
    }
    runner.environment().insert(extra);
    if (!outputFile().isEmpty()) {
        // A previous file under the output's name, different every time: a failed export must leave
        // it byte for byte, a successful one must replace it.
        m_previousOutput = QStringLiteral("the previous export #%1, which must survive a failed one\n").arg(m_attempts).toUtf8();
        writeBytes(outputFile(), m_previousOutput);
    }
    if (beforeRun)
        beforeRun();
    QStringList args { QStringLiteral("--vault"), vaultFolder(), QStringLiteral("--json") };
    switch (m_command) {
    case Command::Init:
        args << QStringLiteral("init") << FastKdf;
        break;
    case Command::Passwd:
        args << QStringLiteral("passwd") << FastKdf;
        break;
    case Command::Recover:
        args << QStringLiteral("recover") << FastKdf;
        break;
    case Command::CaseAdd:
        args << QStringLiteral("case") << QStringLiteral("add") << QStringLiteral("--file")
             << helper(QStringLiteral("case.json"));
        break;
    case Command::Attach:
        args << QStringLiteral("attach") << m_caseId << helper(QStringLiteral("scan.pdf"));
        break;
    case Command::Import:
        args << QStringLiteral("import") << helper(QStringLiteral("team.vnb"));
        break;
    case Command::Export:
        args << QStringLiteral("export") << QStringLiteral("--to") << QStringLiteral("receiver") << QStringLiteral("--out")
             << outputFile();
        break;
    case Command::ShelterExport:
        args << QStringLiteral("shelter") << QStringLiteral("export") << QStringLiteral("--out") << outputFile()
             << QStringLiteral("--include-addresses");
        break;
    case Command::CardExport:
        args << QStringLiteral("identity") << QStringLiteral("export-card") << QStringLiteral("--out") << outputFile();
        break;
    case Command::RecoveryKeyNew:
        args << QStringLiteral("recovery-key") << QStringLiteral("new");
        break;
    }
    return runner.run(args);
}

QString FaultBench::checkLeftovers(bool allowTemporaries) const
{
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString name = info.fileName();
        if (!allowTemporaries && (name.contains(AtomicFile::temporaryMarker()) || name.startsWith(QLatin1String("vault.db.new"))))
            return QStringLiteral("temporary file left: ") + name;
        // Empty by design: SQLite's -wal and -shm at times, the OS lock's file after a kill (taken over by
        // the next open, which the later checks prove) and the marker of an audit row a full disk held
        // back (the next unlock with space records the gap). Anything else empty is a lost file.
        const bool emptyByDesign = name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"))
            || name == QLatin1String("vault.lock") || name == QLatin1String("vault.audit-pending");
        if (info.size() == 0 && !emptyByDesign)
            return QStringLiteral("empty file left: ") + name;
    }
    return {};
}

QString FaultBench::checkOutputUnchanged() const
{
    if (outputFile().isEmpty())
        return {};
    if (readBytes(outputFile()) != m_previousOutput)
        return QStringLiteral("the previous output file was changed: ") + outputFile();
    return {};
}

int FaultBench::countRows(const QString &passphrase, const QString &sql)
{
    auto vault = Vault::open(vaultFolder(), passphrase);
    if (!vault)
        return -1;
    auto n = vault.value()->database().scalar(sql);
    return n ? n->toInt() : -1;
}

QString FaultBench::checkVault(const QString &passphrase, const QString &recoveryKey)
{
    {
        auto vault = Vault::open(vaultFolder(), passphrase);
        if (!vault)
            return QStringLiteral("the passphrase no longer opens the vault: ") + vault.error().message() + QLatin1Char(' ')
                + vault.error().detail();
        if (auto st = vault.value()->verifyIntegrity(); !st)
            return QStringLiteral("verify fails: ") + st.error().message() + QLatin1Char(' ') + st.error().detail();
        Database &db = vault.value()->database();
        for (const QString &id : std::as_const(m_caseIds)) {
            auto n = db.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1'").arg(id));
            if (!n || n->toInt() != 1)
                return QStringLiteral("an acknowledged case is missing: ") + id;
        }
        auto attachments = db.scalar(QStringLiteral("SELECT count(*) FROM case_attachments"));
        if (!attachments || attachments->toInt() < m_attachments)
            return QStringLiteral("an acknowledged attachment is missing");
        auto exports = db.scalar(QStringLiteral("SELECT count(*) FROM exported_bundles"));
        if (!exports || exports->toInt() < m_exports)
            return QStringLiteral("an acknowledged export is not recorded");
        auto cases = db.scalar(QStringLiteral("SELECT count(*) FROM cases"));
        if (!cases || cases->toInt() < m_caseIds.size() + m_imported)
            return QStringLiteral("acknowledged imported cases are missing");
    }
    auto recovered = Vault::openWithRecoveryKey(vaultFolder(), recoveryKey);
    if (!recovered)
        return QStringLiteral("the recovery key no longer opens the vault: ") + recovered.error().message();
    return {};
}

QString FaultBench::checkFailed(const CliResult &r, bool crashed)
{
    if (r.exitCode == 0 || r.exitCode == -1)
        return QStringLiteral("expected a clean failure: ") + show(r);
    if (!crashed && r.err.trimmed().isEmpty())
        return QStringLiteral("a failure without a message: ") + show(r);
    if (QString e = checkLeftovers(crashed); !e.isEmpty())
        return e + QStringLiteral(" after ") + show(r);
    if (m_command == Command::Init) {
        // Nothing of the vault stays: the folder is gone or empty (a killed init may leave the
        // pending database, which the next init removes, or a key file the next open completes).
        if (crashed && Vault::exists(vaultFolder())) {
            auto vault = Vault::open(vaultFolder(), m_passphrase);
            if (!vault)
                return QStringLiteral("a killed init left a vault that does not open: ") + vault.error().message();
            vault.value().reset();
            // A vault whose recovery key nobody saw: remove it, as the user would, and go on.
            QDir(vaultFolder()).removeRecursively();
            return {};
        }
        const QStringList left = QDir(vaultFolder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (!crashed && !left.isEmpty())
            return QStringLiteral("a failed init left files: ") + left.join(QLatin1Char(' '));
        if (crashed)
            for (const QString &f : left)
                if (f != QLatin1String("vault.lock") && !f.startsWith(QLatin1String("vault.db.new"))
                    && !f.contains(AtomicFile::temporaryMarker()))
                    return QStringLiteral("a killed init left: ") + f;
        return {};
    }
    // The old secrets still open the vault; a kill after the new key file was in place may have made
    // the new ones current (either is correct, never neither).
    QString oldState = checkVault(m_passphrase, m_recoveryKey);
    if (!oldState.isEmpty() && crashed) {
        if (m_command == Command::Passwd || m_command == Command::Recover) {
            if (checkVault(m_nextPassphrase, m_recoveryKey).isEmpty()) {
                m_passphrase = m_nextPassphrase;
                return {};
            }
        }
        if (m_command == Command::RecoveryKeyNew) {
            // Killed after the new key file was in place but before the new key was shown: the
            // passphrase opens the vault and verify passes, and the user makes a new key again
            // (docs/SECURITY.md, Failure behaviour).
            auto vault = Vault::open(vaultFolder(), m_passphrase);
            if (!vault)
                return QStringLiteral("neither recovery key and not the passphrase: ") + vault.error().message();
            if (auto st = vault.value()->verifyIntegrity(); !st)
                return QStringLiteral("verify fails: ") + st.error().message();
            vault.value().reset();
            const CliResult again = cli(vaultFolder(), { QStringLiteral("recovery-key"), QStringLiteral("new") });
            if (again.exitCode != 0)
                return QStringLiteral("recovery-key new after the kill: ") + show(again);
            m_recoveryKey = again.json().object().value(QStringLiteral("recoveryKey")).toString();
            oldState = checkVault(m_passphrase, m_recoveryKey);
        }
    }
    if (!oldState.isEmpty())
        return oldState + QStringLiteral(" after ") + show(r);
    if (!crashed || m_command == Command::Export || m_command == Command::ShelterExport || m_command == Command::CardExport) {
        // A killed export may have completed (then its file is there whole and it is recorded).
        if (QString e = checkOutputUnchanged(); !e.isEmpty()) {
            if (!crashed)
                return e;
            if (readBytes(outputFile()).isEmpty())
                return QStringLiteral("a killed export left an empty file");
            m_previousOutput = readBytes(outputFile());
        }
    }
    return {};
}

QString FaultBench::checkSucceeded(const CliResult &r)
{
    if (r.exitCode != 0)
        return QStringLiteral("expected success: ") + show(r);
    if (QString e = checkLeftovers(false); !e.isEmpty())
        return e;
    const QJsonObject out = r.json().object();
    switch (m_command) {
    case Command::Init:
        m_recoveryKey = out.value(QStringLiteral("recoveryKey")).toString();
        break;
    case Command::Passwd:
    case Command::Recover:
        m_passphrase = m_nextPassphrase;
        break;
    case Command::CaseAdd:
        m_caseIds << out.value(QStringLiteral("id")).toString();
        break;
    case Command::Attach:
        ++m_attachments;
        break;
    case Command::Import:
        m_imported = qMax(m_imported, out.value(QStringLiteral("created")).toInt());
        break;
    case Command::Export:
        ++m_exports;
        break;
    case Command::RecoveryKeyNew:
        m_recoveryKey = out.value(QStringLiteral("recoveryKey")).toString();
        break;
    case Command::ShelterExport:
    case Command::CardExport:
        break;
    }
    if (!outputFile().isEmpty()) {
        const QByteArray now = readBytes(outputFile());
        if (now.isEmpty() || now == m_previousOutput)
            return QStringLiteral("the export did not write its file");
        if (m_command == Command::ShelterExport && QJsonDocument::fromJson(now).array().size() != 1)
            return QStringLiteral("the shelter export is incomplete");
        m_previousOutput = now;
    }
    if (QString e = checkVault(m_passphrase, m_recoveryKey); !e.isEmpty())
        return e;
    if (m_command == Command::Init) // the next attempt makes a vault again
        QDir(vaultFolder()).removeRecursively();
    if (m_command == Command::Import) { // and the next import imports again
        if (!copyFolder(helper(QStringLiteral("pristine")), vaultFolder()))
            return QStringLiteral("cannot put the pristine vault back");
        m_caseIds = m_pristineCaseIds;
        m_imported = 0;
    }
    return {};
}

} // namespace vangnet::test
