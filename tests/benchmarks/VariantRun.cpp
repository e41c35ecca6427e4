#include "VariantRun.h"

#include "Measurements.h"
#include "SyntheticCases.h"
#include "cases/CaseRepository.h"
#include "cases/CaseSearch.h"
#include "cases/TextFolding.h"
#include "crypto/KdfParameters.h"
#include "crypto/KeyDerivation.h"
#include "placement/PlacementService.h"
#include "shelters/ShelterCodes.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QTextStream>

namespace vangnet::bench {
namespace {

Result<Database> openVariant(const QString &variant, const QString &path, const SecureBuffer &key, Database::Mode mode)
{
    auto db = variant == QLatin1String("plain") ? Database::openPlain(path, mode) : Database::open(path, key, mode);
    if (!db)
        return db;
    if (auto st = Migrations::migrate(db.value()); !st)
        return st.error();
    return db;
}

QJsonObject row(const QString &name, const QString &unit, double value)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("unit"), unit }, { QStringLiteral("value"), value } };
}

[[noreturn]] void die(const Error &e)
{
    QTextStream(stderr) << "vangnet-bench: " << e.message() << " (" << e.detail() << ")" << Qt::endl;
    std::exit(1);
}

Samples searchSamples(Database &db, int queries, const std::function<CaseFilter(int)> &makeFilter)
{
    CaseSearch search(db);
    Samples samples;
    for (int i = 0; i < queries; ++i) {
        const CaseFilter filter = makeFilter(i);
        QElapsedTimer t;
        t.start();
        auto count = search.count(filter);
        auto page = search.find(filter, CaseSort::NumberDesc, 0, 50);
        samples.add(elapsedMs(t));
        if (!count)
            die(count.error());
        if (!page)
            die(page.error());
    }
    return samples;
}

// A synthetic registry: every type, level and region, realistic spreads of beds and languages.
Status seedShelters(Database &db, int count)
{
    const QStringList types = ShelterCodes::all(ShelterCodeKind::ShelterType);
    const QStringList &regions = SyntheticCases::regions();
    QRandomGenerator rng(7);
    QVector<ShelterInput> inputs;
    inputs.reserve(count);
    for (int i = 0; i < count; ++i) {
        ShelterInput in;
        Shelter &s = in.shelter;
        s.id = QStringLiteral("bench-%1").arg(i, 5, 10, QLatin1Char('0'));
        s.name = QStringLiteral("Shelter %1 (fictional)").arg(i);
        s.type = types.at(i % types.size());
        s.securityLevel = int(rng.bounded(5));
        s.addressConfidentiality = s.securityLevel >= 3 ? QStringLiteral("secret") : QStringLiteral("shielded");
        s.placingAuthority = s.type == QLatin1String("cosm") ? QStringLiteral("comensha") : QStringLiteral("direct");
        s.region = regions.at(int(rng.bounded(int(regions.size()))));
        s.capacity = 4 + int(rng.bounded(20));
        s.freeBeds = int(rng.bounded(s.capacity + 1));
        s.availabilityAsOf = QDate::currentDate().addDays(-int(rng.bounded(40)));
        if (s.type.startsWith(QLatin1String("youth")) || s.type == QLatin1String("protected_minors")) {
            s.minAge = 12;
            s.maxAge = 17;
        } else {
            s.minAge = 18;
        }
        s.genders = rng.bounded(2) ? QStringList { QStringLiteral("female") } : QStringList {};
        s.acceptsChildren = rng.bounded(3) == 0;
        s.languages = { QStringLiteral("nl"), QStringLiteral("en") };
        if (s.securityLevel >= 3)
            s.reference = QStringLiteral("REF-%1").arg(i);
        in.hasReference = !s.reference.isEmpty();
        inputs.append(in);
    }
    auto stored = ShelterRepository(db).importAll(inputs);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace

QJsonArray runVariant(const QString &variant, int cases, const QString &folder, int queries)
{
    QJsonArray out;
    const QString path = folder + QStringLiteral("/bench-") + variant + QStringLiteral(".db");
    const SecureBuffer key = SecureBuffer::random(32);

    {
        auto db = openVariant(variant, path, key, Database::Mode::Create);
        if (!db)
            die(db.error());
        CaseRepository repo(db.value());
        SyntheticCases generator;
        QElapsedTimer t;
        t.start();
        constexpr int Batch = 500;
        for (int start = 0; start < cases; start += Batch) {
            Transaction tx(db.value());
            if (!tx.began())
                die(tx.began().error());
            for (int i = start; i < std::min(cases, start + Batch); ++i) {
                auto created = repo.create(generator.next(i));
                if (!created)
                    die(created.error());
            }
            if (auto st = tx.commit(); !st)
                die(st.error());
        }
        out.append(row(
            QStringLiteral("bulk insert (3 notes of 1 KB each)"), QStringLiteral("cases/s"), cases / (elapsedMs(t) / 1000.0)));
    }

    Samples open;
    Samples firstPage;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = openVariant(variant, path, key, Database::Mode::OpenExisting);
        if (!db)
            die(db.error());
        open.add(elapsedMs(t));
        QElapsedTimer p;
        p.start();
        CaseSearch search(db.value());
        auto count = search.count({});
        auto page = search.find({}, CaseSort::NumberDesc, 0, 100);
        if (!count || !page)
            die(count ? page.error() : count.error());
        firstPage.add(elapsedMs(p));
    }
    out.append(row(QStringLiteral("open without key derivation"), QStringLiteral("ms"), open.percentile(95)));
    out.append(
        row(QStringLiteral("first page of the case list (100 rows + count)"), QStringLiteral("ms"), firstPage.percentile(95)));

    auto db = openVariant(variant, path, key, Database::Mode::OpenExisting);
    if (!db)
        die(db.error());
    const QStringList &names = SyntheticCases::familyNames();
    const QStringList &words = SyntheticCases::noteWords();
    const QStringList &regions = SyntheticCases::regions();
    const Samples byName = searchSamples(db.value(), queries, [&](int i) {
        CaseFilter f;
        f.text = TextFolding::fold(names.at(i % names.size())).left(5);
        return f;
    });
    const Samples byNote = searchSamples(db.value(), queries, [&](int i) {
        CaseFilter f;
        f.text = words.at(i % words.size());
        return f;
    });
    const Samples byFilters = searchSamples(db.value(), queries, [&](int i) {
        CaseFilter f;
        f.phase = QStringLiteral("reflection");
        f.exploitationForm = i % 2 ? QStringLiteral("labour") : QStringLiteral("sexual");
        f.region = regions.at(i % regions.size());
        f.reflectionEndingWithinDays = 30;
        return f;
    });
    out.append(row(QStringLiteral("search: name prefix p50"), QStringLiteral("ms"), byName.percentile(50)));
    out.append(row(QStringLiteral("search: name prefix p95"), QStringLiteral("ms"), byName.percentile(95)));
    out.append(row(QStringLiteral("search: word in notes p50"), QStringLiteral("ms"), byNote.percentile(50)));
    out.append(row(QStringLiteral("search: word in notes p95"), QStringLiteral("ms"), byNote.percentile(95)));
    out.append(row(QStringLiteral("search: filter combination p50"), QStringLiteral("ms"), byFilters.percentile(50)));
    out.append(row(QStringLiteral("search: filter combination p95"), QStringLiteral("ms"), byFilters.percentile(95)));
    // Placement advice as the case's placement panel asks for it: the case, its level and every
    // shelter loaded from the vault, then the rules and the score.
    if (auto st = seedShelters(db.value(), 2000); !st)
        die(st.error());
    {
        CaseSearch search(db.value());
        auto ids = search.find({}, CaseSort::NumberAsc, 0, std::max(1, std::min(queries, cases)));
        if (!ids)
            die(ids.error());
        PlacementService service(db.value());
        Samples advice;
        for (int i = 0; i < queries; ++i) {
            QElapsedTimer t;
            t.start();
            auto view = service.load(ids->at(i % ids->size()).id);
            advice.add(elapsedMs(t));
            if (!view)
                die(view.error());
        }
        out.append(row(QStringLiteral("placement advice, 2,000 shelters p50"), QStringLiteral("ms"), advice.percentile(50)));
        out.append(row(QStringLiteral("placement advice, 2,000 shelters p95"), QStringLiteral("ms"), advice.percentile(95)));
    }
    out.append(row(QStringLiteral("peak memory (storage workloads)"), QStringLiteral("MiB"), peakMemoryMiB()));

    // Key derivation last: its 256 MiB would otherwise dominate the peak memory figure.
    QJsonObject kdfRow;
    if (variant == QLatin1String("encrypted")) {
        QElapsedTimer t;
        t.start();
        auto derived = KeyDerivation::fromPassphrase(QStringLiteral("benchmark passphrase only"), KdfParameters::defaults());
        if (!derived)
            die(derived.error());
        kdfRow = row(QStringLiteral("key derivation (Argon2id, 256 MiB, 3 passes)"), QStringLiteral("ms"), elapsedMs(t));
    } else {
        kdfRow = row(QStringLiteral("key derivation (Argon2id, 256 MiB, 3 passes)"), QStringLiteral("ms"), 0);
    }
    out.prepend(kdfRow);
    return out;
}

} // namespace vangnet::bench
