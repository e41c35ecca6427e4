#include "ExchangeFolderRun.h"

#include "SyntheticCases.h"
#include "cases/CaseRepository.h"
#include "crypto/SecureBuffer.h"
#include "exchange/BundleExporter.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExchangeFolder.h"
#include "exchange/ExchangeSync.h"
#include "exchange/ExportPlanner.h"
#include "exchange/IdentityStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/VaultConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <ctime>

namespace vangnet::bench {
namespace {

QJsonObject row(const QString &name, const QString &unit, double value)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("unit"), unit }, { QStringLiteral("value"), value } };
}

// CPU time of this process: on a shared machine the wall time also counts the other processes' turns.
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

[[noreturn]] void die(const Error &e)
{
    QTextStream(stderr) << "vangnet-bench (exchange folder): " << e.message() << " (" << e.detail() << ")" << Qt::endl;
    std::exit(1);
}

template<typename T> T take(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(r.value());
}

void check(const Status &st)
{
    if (!st)
        die(st.error());
}

Database openVault(const QString &path)
{
    QFile::remove(path);
    Database db = take(Database::open(path, SecureBuffer::random(32), Database::Mode::Create));
    check(Migrations::migrate(db));
    return db;
}

Contact addTeamContact(Database &me, Database &other, const QString &name)
{
    const OwnIdentity own = take(IdentityStore(other).ownIdentity());
    Contact c;
    c.name = name;
    c.kind = QStringLiteral("team");
    c.encPublicKey = own.publicIdentity.encryptionKey;
    c.signPublicKey = own.publicIdentity.signingKey;
    c.fingerprint = own.publicIdentity.fingerprint();
    ContactRepository contacts(me);
    Contact added = take(contacts.add(c));
    check(contacts.verify(added.id));
    return added;
}

} // namespace

QJsonArray runExchangeFolder(const QString &dir, int bundles, int casesPerBundle, int seenFiles)
{
    const QString shared = dir + QStringLiteral("/exchange-folder");
    QDir(shared).removeRecursively();
    QDir().mkpath(shared);
    Database field = openVault(dir + QStringLiteral("/bench-field.db"));
    Database office = openVault(dir + QStringLiteral("/bench-office.db"));
    check(IdentityStore(field).setName(QStringLiteral("Field"), QString()));
    check(IdentityStore(office).setName(QStringLiteral("Office"), QString()));
    const Contact toOffice = addTeamContact(field, office, QStringLiteral("Office"));
    addTeamContact(office, field, QStringLiteral("Field"));
    check(VaultConfig(field).set(VaultConfig::ExchangeFolder, shared));
    check(VaultConfig(office).set(VaultConfig::ExchangeFolder, shared));
    take(ExchangeSync(office, 0).run()); // makes the coordinator's mailbox

    SyntheticCases generator;
    QStringList ids;
    {
        Transaction tx(field);
        check(tx.began());
        CaseRepository repo(field);
        for (int i = 0; i < bundles * casesPerBundle; ++i)
            ids.append(take(repo.create(generator.next(i))).id);
        check(tx.commit());
    }
    QJsonArray rows;
    QElapsedTimer t;
    t.start();
    BundleExporter exporter(field);
    ExportPlanner planner(field);
    for (int b = 0; b < bundles; ++b) {
        const ExportPlan plan = take(planner.plan(toOffice.id, {}, ids.mid(b * casesPerBundle, casesPerBundle)));
        take(exporter.sendToMailbox(take(exporter.prepare(plan))));
    }
    rows.append(row(QStringLiteral("exchange folder: send %1 bundles of %2 cases").arg(bundles).arg(casesPerBundle),
        QStringLiteral("s"), double(t.elapsed()) / 1000.0));

    t.restart();
    double cpu = cpuSeconds();
    const SyncReport report = take(ExchangeSync(office, 0).run());
    const double syncSeconds = double(t.elapsed()) / 1000.0;
    const double syncCpu = cpuSeconds() - cpu;
    if (report.imported.size() != bundles || report.receipts.size() != bundles)
        die(Error(ErrorCode::Runtime,
            QStringLiteral("exchange sync imported %1 of %2 bundles").arg(report.imported.size()).arg(bundles)));
    rows.append(row(QStringLiteral("exchange sync: import %1 waiting bundles, write receipts").arg(bundles), QStringLiteral("s"),
        syncSeconds));
    rows.append(row(QStringLiteral("exchange sync: the same, CPU time of the process"), QStringLiteral("s"), syncCpu));

    // A mailbox with seenFiles files already looked at (recorded as a pass records them); the files
    // themselves are small stand-ins: a pass that finds them seen never opens them.
    const QString mailbox = take(ExchangeSync::ownMailbox(office));
    {
        Transaction tx(office);
        check(tx.began());
        auto insert = take(office.prepare(QStringLiteral("INSERT INTO exchange_seen(file_name, size, modified, bundle_id, "
                                                         "outcome, seen_at) VALUES (?, ?, ?, '', 'imported', ?)")));
        for (int i = report.imported.size(); i < seenFiles; ++i) {
            const QString path = QDir(mailbox).filePath(ExchangeFolder::newBundleFileName());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write("x") != 1)
                die(Error(ErrorCode::Runtime, QStringLiteral("cannot write %1").arg(path)));
            f.close();
            const QFileInfo info(path);
            insert.bind(1, info.fileName())
                .bind(2, info.size())
                .bind(3, QString::number(info.lastModified().toMSecsSinceEpoch()));
            insert.bind(4, QDateTime::currentDateTimeUtc());
            check(insert.run());
            insert.reset();
        }
        check(tx.commit());
    }
    const int files = int(QDir(mailbox).entryList(QDir::Files).size());
    t.restart();
    cpu = cpuSeconds();
    const SyncReport idle = take(ExchangeSync(office, 0).run());
    const double idleCpu = cpuSeconds() - cpu;
    if (!idle.imported.isEmpty() || !idle.skipped.isEmpty())
        die(Error(ErrorCode::Runtime, QStringLiteral("the idle pass found something new")));
    rows.append(
        row(QStringLiteral("exchange sync: scan %1 files seen before").arg(files), QStringLiteral("ms"), double(t.elapsed())));
    rows.append(row(QStringLiteral("exchange sync: the same, CPU time of the process"), QStringLiteral("ms"), idleCpu * 1000.0));
    return rows;
}

} // namespace vangnet::bench
