#include "VariantRun.h"

#include "ExchangeRun.h"
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
#include "shelters/ShelterRegistryCache.h"
#include "shelters/ShelterRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
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

// A search as the case list runs it: the count (exact, or capped at cap as CaseSearch::count(filter,
// cap) offers) and the first page of 50, with one CaseSearch per search as the list uses it.
Samples searchSamples(Database &db, int queries, const std::function<CaseFilter(int)> &makeFilter, int cap = -1)
{
    Samples samples;
    for (int i = 0; i < queries; ++i) {
        const CaseFilter filter = makeFilter(i);
        QElapsedTimer t;
        t.start();
        CaseSearch search(db);
        Status counted;
        if (cap < 0) {
            if (auto n = search.count(filter); !n)
                counted = n.error();
        } else if (auto n = search.count(filter, cap); !n) {
            counted = n.error();
        }
        auto page = search.find(filter, CaseSort::NumberDesc, 0, 50);
        samples.add(elapsedMs(t));
        if (!counted)
            die(counted.error());
        if (!page)
            die(page.error());
    }
    return samples;
}

// Words a coordinator would type to find a case again: a word from the notes of a random case,
// each distinct content word of those notes equally likely (function words such as "de" or "the"
// are never searched for). Most are of middle frequency, some are common, as in real notes.
QStringList noteQueryWords(Database &db, int cases, int queries)
{
    const QStringList &vocabulary = SyntheticCases::contentWords();
    const QSet<QString> content(vocabulary.cbegin(), vocabulary.cend());
    CaseSearch search(db);
    CaseRepository repo(db);
    QRandomGenerator rng(99);
    QStringList out;
    while (out.size() < queries) {
        auto hit = search.find({}, CaseSort::NumberAsc, int(rng.bounded(cases)), 1);
        if (!hit)
            die(hit.error());
        auto c = repo.load(hit->first().id);
        if (!c)
            die(c.error());
        QStringList words;
        for (const CaseNote &n : c->notes)
            for (const QString &w : TextFolding::tokens(n.text))
                if (content.contains(w))
                    words.append(w);
        words.removeDuplicates();
        if (!words.isEmpty())
            out.append(words.at(int(rng.bounded(int(words.size())))));
    }
    return out;
}

// The share of all cases that each query matches, in percent, for the report beside the latencies.
Samples matchedShare(Database &db, int cases, const QStringList &words)
{
    CaseSearch search(db);
    Samples shares;
    for (const QString &w : words) {
        CaseFilter f;
        f.text = w;
        auto n = search.count(f);
        if (!n)
            die(n.error());
        shares.add(100.0 * double(n.value()) / double(cases));
    }
    return shares;
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
    // A fresh file for every size: the previous size's vault (another key) stays behind otherwise.
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));

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
    // The same right after opening, with the count the list can cap ("more than 1,000 cases").
    Samples firstPageCapped;
    for (int i = 0; i < 5; ++i) {
        auto db = openVariant(variant, path, key, Database::Mode::OpenExisting);
        if (!db)
            die(db.error());
        QElapsedTimer p;
        p.start();
        CaseSearch search(db.value());
        auto count = search.count({}, CaseSearch::ListCountCap);
        auto page = search.find({}, CaseSort::NumberDesc, 0, 100);
        if (!count || !page)
            die(count ? page.error() : count.error());
        firstPageCapped.add(elapsedMs(p));
    }
    out.append(row(QStringLiteral("open without key derivation"), QStringLiteral("ms"), open.percentile(95)));
    out.append(
        row(QStringLiteral("first page of the case list (100 rows + count)"), QStringLiteral("ms"), firstPage.percentile(95)));
    out.append(
        row(QStringLiteral("first page of the case list, capped count"), QStringLiteral("ms"), firstPageCapped.percentile(95)));

    auto db = openVariant(variant, path, key, Database::Mode::OpenExisting);
    if (!db)
        die(db.error());
    const QStringList &names = SyntheticCases::familyNames();
    const QStringList noteWords = noteQueryWords(db.value(), cases, queries);
    const QStringList &regions = SyntheticCases::regions();
    const auto byNameFilter = [&](int i) {
        CaseFilter f;
        f.text = TextFolding::fold(names.at(i % names.size())).left(5);
        return f;
    };
    const auto byNoteFilter = [&](int i) {
        CaseFilter f;
        f.text = noteWords.at(i);
        return f;
    };
    // The worst case, kept visible: the most frequent content word occurs in nearly every case.
    const auto byCommonWordFilter = [&](int) {
        CaseFilter f;
        f.text = SyntheticCases::contentWords().first();
        return f;
    };
    const auto byFiltersFilter = [&](int i) {
        CaseFilter f;
        f.phase = QStringLiteral("reflection");
        f.exploitationForm = i % 2 ? QStringLiteral("labour") : QStringLiteral("sexual");
        f.region = regions.at(i % regions.size());
        f.reflectionEndingWithinDays = 30;
        return f;
    };
    const Samples byName = searchSamples(db.value(), queries, byNameFilter);
    const Samples byNote = searchSamples(db.value(), queries, byNoteFilter);
    const Samples byCommonWord = searchSamples(db.value(), queries, byCommonWordFilter);
    const Samples byFilters = searchSamples(db.value(), queries, byFiltersFilter);
    // The same with the count the list can show as "more than 1,000" (CaseSearch::ListCountCap).
    const int cap = CaseSearch::ListCountCap;
    const Samples byNameCapped = searchSamples(db.value(), queries, byNameFilter, cap);
    const Samples byNoteCapped = searchSamples(db.value(), queries, byNoteFilter, cap);
    const Samples byCommonWordCapped = searchSamples(db.value(), queries, byCommonWordFilter, cap);
    const Samples byFiltersCapped = searchSamples(db.value(), queries, byFiltersFilter, cap);
    const Samples noteShare = matchedShare(db.value(), cases, noteWords);
    out.append(row(QStringLiteral("search: name prefix p50"), QStringLiteral("ms"), byName.percentile(50)));
    out.append(row(QStringLiteral("search: name prefix p95"), QStringLiteral("ms"), byName.percentile(95)));
    out.append(row(QStringLiteral("search: word in notes p50"), QStringLiteral("ms"), byNote.percentile(50)));
    out.append(row(QStringLiteral("search: word in notes p95"), QStringLiteral("ms"), byNote.percentile(95)));
    out.append(row(QStringLiteral("search: word in notes, cases matched p50"), QStringLiteral("%"), noteShare.percentile(50)));
    out.append(row(QStringLiteral("search: word in notes, cases matched p95"), QStringLiteral("%"), noteShare.percentile(95)));
    out.append(
        row(QStringLiteral("search: very common word (in most cases) p50"), QStringLiteral("ms"), byCommonWord.percentile(50)));
    out.append(
        row(QStringLiteral("search: very common word (in most cases) p95"), QStringLiteral("ms"), byCommonWord.percentile(95)));
    out.append(row(QStringLiteral("search: filter combination p50"), QStringLiteral("ms"), byFilters.percentile(50)));
    out.append(row(QStringLiteral("search: filter combination p95"), QStringLiteral("ms"), byFilters.percentile(95)));
    out.append(row(QStringLiteral("capped count: name prefix p95"), QStringLiteral("ms"), byNameCapped.percentile(95)));
    out.append(row(QStringLiteral("capped count: word in notes p95"), QStringLiteral("ms"), byNoteCapped.percentile(95)));
    out.append(
        row(QStringLiteral("capped count: very common word p95"), QStringLiteral("ms"), byCommonWordCapped.percentile(95)));
    out.append(row(QStringLiteral("capped count: filter combination p95"), QStringLiteral("ms"), byFiltersCapped.percentile(95)));
    // Sorting the whole list by a column other than the case number (first page of 100 rows).
    for (const auto &[sort, label] :
        { std::pair { CaseSort::FamilyNameAsc, "family name" }, std::pair { CaseSort::ReflectionEndAsc, "reflection end" } }) {
        Samples sorted;
        CaseSearch search(db.value());
        for (int i = 0; i < std::min(queries, 20); ++i) {
            QElapsedTimer t;
            t.start();
            auto page = search.find({}, sort, 0, 100);
            sorted.add(elapsedMs(t));
            if (!page)
                die(page.error());
        }
        out.append(row(QStringLiteral("case list sorted by %1, first 100 rows p95").arg(QLatin1String(label)),
            QStringLiteral("ms"), sorted.percentile(95)));
    }
    // Placement advice as the case's placement panel asks for it (the case, its level, every shelter,
    // the rules and the score): the panel keeps the registry between requests and re-reads it only
    // after a change (ShelterRegistryCache); the CLI reads it once per command ("registry read").
    if (auto st = seedShelters(db.value(), 2000); !st)
        die(st.error());
    {
        CaseSearch search(db.value());
        auto ids = search.find({}, CaseSort::NumberAsc, 0, std::max(1, std::min(queries, cases)));
        if (!ids)
            die(ids.error());
        ShelterRegistryCache registry;
        const auto measure = [&](ShelterRegistryCache *cache) {
            PlacementService service(db.value(), cache);
            Samples advice;
            for (int i = 0; i < queries; ++i) {
                QElapsedTimer t;
                t.start();
                auto view = service.load(ids->at(i % ids->size()).id);
                advice.add(elapsedMs(t));
                if (!view)
                    die(view.error());
            }
            return advice;
        };
        const Samples uncached = measure(nullptr);
        const Samples panel = measure(&registry);
        out.append(row(QStringLiteral("placement advice, 2,000 shelters p50"), QStringLiteral("ms"), panel.percentile(50)));
        out.append(row(QStringLiteral("placement advice, 2,000 shelters p95"), QStringLiteral("ms"), panel.percentile(95)));
        out.append(
            row(QStringLiteral("placement advice with the registry read p95"), QStringLiteral("ms"), uncached.percentile(95)));
    }
    out.append(row(QStringLiteral("peak memory (storage workloads)"), QStringLiteral("MiB"), peakMemoryMiB()));

    // Export of consented cases, inspect and import by a second vault of the same variant.
    const auto openSame = [&](const QString &p, Database::Mode m) { return openVariant(variant, p, key, m); };
    for (const QJsonValue &r : runExchange(db.value(), openSame, folder + QStringLiteral("/bench-") + variant, cases))
        out.append(r);

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
