#include "ExchangeRun.h"

#include "Measurements.h"
#include "cases/CaseSearch.h"
#include "consent/ConsentRegister.h"
#include "consent/ConsentScopes.h"
#include "exchange/BundleExporter.h"
#include "exchange/BundleImporter.h"
#include "exchange/ContactCard.h"
#include "exchange/ContactRepository.h"
#include "exchange/ExportPlanner.h"
#include "exchange/IdentityStore.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace vangnet::bench {
namespace {

// The widest consented export: an external recipient, purpose "other" (no ceiling beyond the
// consent) and every scope, so every case key a consent can release leaves the vault.
const QString kPurpose = QStringLiteral("other");
const QString kPurposeText = QStringLiteral("benchmark: the whole consented case file (fictional)");

QJsonObject row(const QString &name, const QString &unit, double value)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("unit"), unit }, { QStringLiteral("value"), value } };
}

[[noreturn]] void die(const Error &e)
{
    QTextStream(stderr) << "vangnet-bench (exchange): " << e.message() << " (" << e.detail() << ")" << Qt::endl;
    std::exit(1);
}

[[noreturn]] void die(const QString &what)
{
    die(Error(ErrorCode::Runtime, what));
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

// Names the vault, as `identity set-name` does.
void nameIdentity(Database &db, const QString &name, const QString &organisation)
{
    check(IdentityStore(db).setName(name, organisation));
}

// `identity export-card` on one side, `contact add` and `contact verify` on the other.
Contact addVerifiedContact(Database &me, Database &other)
{
    IdentityStore theirs(other);
    const OwnIdentity own = take(theirs.ownIdentity());
    const QString text = ContactCard::write(own.name, own.organisation, take(theirs.keys()));
    const ContactCard card = take(ContactCard::parse(text));
    Contact c;
    c.name = card.name;
    c.organisation = card.organisation;
    c.kind = QStringLiteral("external");
    c.encPublicKey = card.identity.encryptionKey;
    c.signPublicKey = card.identity.signingKey;
    c.fingerprint = card.identity.fingerprint();
    ContactRepository contacts(me);
    Contact added = take(contacts.add(c));
    check(contacts.verify(added.id));
    added.verified = true;
    return added;
}

// One written consent per case for the recipient, purpose and every scope (not timed).
void recordConsents(Database &db, const Contact &recipient, int count)
{
    CaseSearch search(db);
    ConsentRegister consents(db);
    constexpr int Batch = 500;
    for (int offset = 0; offset < count; offset += Batch) {
        const QVector<CaseSummary> page = take(search.find({}, CaseSort::NumberAsc, offset, std::min(Batch, count - offset)));
        if (page.isEmpty())
            die(QStringLiteral("fewer cases than consents"));
        Transaction tx(db);
        check(tx.began());
        for (const CaseSummary &s : page) {
            Consent c;
            c.caseId = s.id;
            c.recipientId = recipient.id;
            c.purpose = kPurpose;
            c.purposeText = kPurposeText;
            c.scopes = ConsentScopes::all();
            c.method = QStringLiteral("written");
            (void)take(consents.add(c));
        }
        check(tx.commit());
    }
}

struct ExportTimes
{
    double planMs = 0;
    double exportMs = 0;
};

// `export --to partner --purpose other --out FILE`: the plan (consent decided per case), then the
// bundle written and recorded with its disclosures. The plan and the prepared bundle are freed on
// return, as they are when the command ends, before the receiving side starts.
ExportTimes exportConsented(Database &sender, const Contact &recipient, int count, const QString &bundlePath)
{
    ExportTimes times;
    QElapsedTimer t;
    t.start();
    const ExportPlan plan = take(ExportPlanner(sender).plan(recipient.id, kPurpose, {}, QDate::currentDate(), kPurposeText));
    times.planMs = elapsedMs(t);
    if (plan.included.size() != count || !plan.heldBack.isEmpty())
        die(QStringLiteral("the plan includes %1 of %2 consented cases").arg(plan.included.size()).arg(count));
    t.restart();
    BundleExporter exporter(sender);
    const PreparedExport prepared = take(exporter.prepare(plan));
    const ExportResult written = take(exporter.write(prepared, bundlePath));
    times.exportMs = elapsedMs(t);
    if (written.caseCount != count)
        die(QStringLiteral("the bundle holds %1 cases").arg(written.caseCount));
    return times;
}

} // namespace

QJsonArray runExchange(Database &sender, const OpenVariant &open, const QString &prefix, int cases)
{
    const int count = std::min(cases, 10000);
    const QString receiverPath = prefix + QStringLiteral("-receiver.db");
    const QString bundlePath = prefix + QStringLiteral("-export.vnb");
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(receiverPath + QLatin1String(suffix));
    QFile::remove(bundlePath);
    Database receiver = take(open(receiverPath, Database::Mode::Create));

    nameIdentity(sender, QStringLiteral("Coordinator (benchmark)"), QStringLiteral("Vangnet benchmark"));
    nameIdentity(receiver, QStringLiteral("Partner (benchmark)"), QStringLiteral("Fictional partner organisation"));
    const Contact recipient = addVerifiedContact(sender, receiver);
    (void)addVerifiedContact(receiver, sender);
    recordConsents(sender, recipient, count);

    const ExportTimes exported = exportConsented(sender, recipient, count, bundlePath);

    // `inspect FILE`, then `import FILE` on the receiving vault (two commands: nothing is shared).
    BundleImporter importer(receiver);
    QElapsedTimer t;
    t.start();
    {
        const BundleInspection inspection = take(importer.inspect(bundlePath));
        QString reason;
        if (!inspection.canImport(&reason) || inspection.records.size() != count)
            die(QStringLiteral("the bundle cannot be imported: %1").arg(reason));
    }
    const double inspectMs = elapsedMs(t);
    t.restart();
    const ImportResult imported = take(importer.importBundle(bundlePath));
    const double importMs = elapsedMs(t);
    if (imported.received != count)
        die(QStringLiteral("%1 of %2 records received").arg(imported.received).arg(count));

    const QString n = QLocale(QLocale::English).toString(count);
    QJsonArray out;
    // The export as a coordinator runs it: the consent plan, gathering the records, writing the file.
    out.append(row(QStringLiteral("export %1 consented cases (other, all scopes)").arg(n), QStringLiteral("s"),
        (exported.planMs + exported.exportMs) / 1000.0));
    out.append(row(QStringLiteral("  of which the consent plan"), QStringLiteral("s"), exported.planMs / 1000.0));
    out.append(row(QStringLiteral("inspect that bundle"), QStringLiteral("s"), inspectMs / 1000.0));
    out.append(row(QStringLiteral("import that bundle (received records)"), QStringLiteral("s"), importMs / 1000.0));
    out.append(
        row(QStringLiteral("bundle size"), QStringLiteral("MiB"), double(QFileInfo(bundlePath).size()) / (1024.0 * 1024.0)));
    out.append(row(QStringLiteral("peak memory (after the exchange)"), QStringLiteral("MiB"), peakMemoryMiB()));

    receiver.close();
    QFile::remove(receiverPath);
    QFile::remove(bundlePath);
    return out;
}

} // namespace vangnet::bench
