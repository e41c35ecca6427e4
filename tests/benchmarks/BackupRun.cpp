#include "BackupRun.h"

#include "Measurements.h"
#include "SyntheticCases.h"
#include "backup/BackupReader.h"
#include "backup/BackupRestorer.h"
#include "backup/BackupSource.h"
#include "backup/BackupVerifier.h"
#include "backup/BackupWriter.h"
#include "cases/CaseRepository.h"
#include "crypto/KdfParameters.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

namespace vangnet::bench {
namespace {

const QString Passphrase = QStringLiteral("benchmark passphrase only 7");

QJsonObject row(const QString &name, const QString &unit, double value)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("unit"), unit }, { QStringLiteral("value"), value } };
}

[[noreturn]] void die(const QString &what)
{
    QTextStream(stderr) << "vangnet-bench: " << what << Qt::endl;
    std::exit(1);
}

[[noreturn]] void die(const Error &e)
{
    die(e.message() + QStringLiteral(" (") + e.detail() + QLatin1Char(')'));
}

qint64 folderBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

double timeProcess(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(program + QStringLiteral(" failed"));
    return elapsedMs(t);
}

} // namespace

int runBackupCreateChild(const QString &dir)
{
    auto vault = Vault::open(dir + QStringLiteral("/vault"), Passphrase);
    if (!vault)
        die(vault.error());
    QDir().mkpath(dir + QStringLiteral("/backups"));
    const double openedMiB = peakMemoryMiB();
    QElapsedTimer t;
    t.start();
    auto source = BackupSource::take(*vault.value());
    if (!source)
        die(source.error());
    auto created = BackupWriter::create(source.value(), dir + QStringLiteral("/backups"), QDateTime::currentDateTimeUtc());
    if (!created)
        die(created.error());
    const double ms = elapsedMs(t);
    QTextStream(stdout) << QJsonDocument(
        QJsonObject { { QStringLiteral("ms"), ms }, { QStringLiteral("peakMiB"), peakMemoryMiB() },
            { QStringLiteral("openedMiB"), openedMiB }, { QStringLiteral("bytes"), created->bytes },
            { QStringLiteral("file"), created->path } })
                               .toJson(QJsonDocument::Compact);
    return 0;
}

QJsonArray runBackup(const QString &dir, int cases)
{
    const QString folder = dir + QStringLiteral("/backup-bench");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    {
        // Fast key derivation: the figures are about the backup, not Argon2id.
        auto created = Vault::create(folder + QStringLiteral("/vault"), Passphrase, KdfParameters::withSalt(1, 8 * 1024 * 1024));
        if (!created)
            die(created.error());
        Database &db = created->vault->database();
        CaseRepository repo(db);
        SyntheticCases generator;
        constexpr int Batch = 500;
        for (int start = 0; start < cases; start += Batch) {
            Transaction tx(db);
            for (int i = start; i < std::min(cases, start + Batch); ++i)
                if (auto c = repo.create(generator.next(i)); !c)
                    die(c.error());
            if (auto st = tx.commit(); !st)
                die(st.error());
        }
    } // closed: the WAL is checkpointed into vault.db

    QJsonArray out;
    const QString vaultFolder = folder + QStringLiteral("/vault");
    out.append(row(QStringLiteral("vault folder size"), QStringLiteral("MiB"), folderBytes(vaultFolder) / 1048576.0));
    // The baseline, twice so that both sides read from a warm page cache as the backup does.
    timeProcess(QStringLiteral("cp"), { QStringLiteral("-a"), vaultFolder, folder + QStringLiteral("/warm") });
    const double cp = timeProcess(QStringLiteral("cp"), { QStringLiteral("-a"), vaultFolder, folder + QStringLiteral("/copy") });
    const double cpSync
        = cp + timeProcess(QStringLiteral("sync"), { QStringLiteral("-f"), folder + QStringLiteral("/copy/vault.db") });
    out.append(row(QStringLiteral("cp -a of the vault folder"), QStringLiteral("ms"), cp));
    out.append(row(QStringLiteral("cp -a of the vault folder + sync"), QStringLiteral("ms"), cpSync));
    out.append(row(QStringLiteral("sync alone after cp"), QStringLiteral("ms"), cpSync - cp));

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--variant"), QStringLiteral("backup-create"), QStringLiteral("--cases"), QString::number(cases),
            QStringLiteral("--dir"), folder });
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        die(QStringLiteral("backup create failed"));
    const QJsonObject made = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    out.append(row(QStringLiteral("backup create"), QStringLiteral("ms"), made.value(QStringLiteral("ms")).toDouble()));
    out.append(row(QStringLiteral("backup create / cp"), QStringLiteral("x"), made.value(QStringLiteral("ms")).toDouble() / cp));
    out.append(row(
        QStringLiteral("backup create peak memory"), QStringLiteral("MiB"), made.value(QStringLiteral("peakMiB")).toDouble()));
    out.append(row(QStringLiteral("  of which before the backup (the vault opened)"), QStringLiteral("MiB"),
        made.value(QStringLiteral("openedMiB")).toDouble()));
    out.append(row(
        QStringLiteral("backup file size"), QStringLiteral("MiB"), made.value(QStringLiteral("bytes")).toDouble() / 1048576.0));
    const QString file = made.value(QStringLiteral("file")).toString();

    auto vault = Vault::open(vaultFolder, Passphrase);
    if (!vault)
        die(vault.error());
    const SecureBuffer key = vault.value()->copyMasterKey();
    vault.value()->lock();
    {
        QElapsedTimer t;
        t.start();
        auto reader = BackupReader::open(file);
        if (!reader)
            die(reader.error());
        if (auto verified = BackupVerifier::verify(reader.value(), key); !verified)
            die(verified.error());
        const double ms = elapsedMs(t);
        out.append(row(QStringLiteral("backup verify"), QStringLiteral("ms"), ms));
        out.append(row(QStringLiteral("backup verify / cp"), QStringLiteral("x"), ms / cp));
    }
    {
        QElapsedTimer t;
        t.start();
        auto reader = BackupReader::open(file);
        if (!reader)
            die(reader.error());
        if (auto restored = BackupRestorer::restore(reader.value(), key, folder + QStringLiteral("/restored")); !restored)
            die(restored.error());
        const double ms = elapsedMs(t);
        out.append(row(QStringLiteral("backup restore"), QStringLiteral("ms"), ms));
        out.append(row(QStringLiteral("backup restore / cp"), QStringLiteral("x"), ms / cp));
    }
    {
        // The check that verify and restore both owe the issue, alone: every page read, decrypted
        // and its HMAC checked, and the b-tree structure walked, on a connection like verify's.
        QElapsedTimer t;
        t.start();
        auto db = BackupVerifier::openExtracted(vaultFolder + QStringLiteral("/vault.db"), key);
        if (!db)
            die(db.error());
        auto check = db->scalar(QStringLiteral("PRAGMA integrity_check"));
        if (!check || check->toString() != QLatin1String("ok"))
            die(QStringLiteral("integrity_check failed"));
        const double ms = elapsedMs(t);
        out.append(row(QStringLiteral("integrity_check of the vault"), QStringLiteral("ms"), ms));
        out.append(row(QStringLiteral("integrity_check / cp"), QStringLiteral("x"), ms / cp));
    }
    QDir(folder).removeRecursively();
    return out;
}

} // namespace vangnet::bench
