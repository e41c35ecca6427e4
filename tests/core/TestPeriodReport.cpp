#include "TestVault.h"
#include "cases/CaseRepository.h"
#include "exchange/StatisticsExport.h"
#include "placement/PlacementRepository.h"
#include "reports/PeriodReport.h"
#include "shelters/ShelterRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace vangnet;

// The periodic report (issue #17): the right events fall in the period, and no count below the
// threshold is shown or can be worked out from a total.
class TestPeriodReport : public QObject
{
    Q_OBJECT

private slots:
    void knownCountsOnAHandBuiltVault();
    void periodIsChecked();
    void smallCountsNeverShowOnRandomVaults();
    void csvHasOneLinePerValue();

private:
    static QDateTime at(int year, int month, int day, int hour = 12)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, 0)); // local time, like a coordinator's day
    }
    static const PeriodTable *table(const PeriodReport &r, const QString &key)
    {
        for (const PeriodTable &t : r.tables)
            if (t.key == key)
                return &t;
        return nullptr;
    }
    static const PeriodRow *row(const PeriodTable *t, const QString &value)
    {
        for (const PeriodRow &r : t->rows)
            if (r.value == value)
                return &r;
        return nullptr;
    }
    static Shelter shelter(const QString &id, const QString &type);
};

Shelter TestPeriodReport::shelter(const QString &id, const QString &type)
{
    Shelter s;
    s.id = id;
    s.name = id;
    s.type = type;
    s.securityLevel = 2;
    s.region = QStringLiteral("Utrecht");
    s.capacity = 50;
    s.freeBeds = 50;
    s.availabilityAsOf = QDate::currentDate();
    s.genders = { QStringLiteral("female"), QStringLiteral("male") };
    s.minAge = 18;
    return s;
}

void TestPeriodReport::knownCountsOnAHandBuiltVault()
{
    test::TestVault tv;
    Database &db = tv.vault().database();
    QVERIFY(StatisticsExport(db).setThreshold(3));
    CaseRepository repo(db);
    QDateTime now;
    repo.setClock([&now] { return now; });
    const auto add = [&](const QDateTime &when, QJsonObject json) {
        now = when;
        json.insert(QStringLiteral("givenName"), QStringLiteral("Testpersoon"));
        auto c = repo.createFromJson(json);
        if (!c)
            qWarning("%s", qPrintable(c.error().message()));
        return c ? c->id : QString();
    };
    const QJsonObject labourUtrecht { { QStringLiteral("exploitationForms"), QJsonArray { QStringLiteral("labour") } },
        { QStringLiteral("region"), QStringLiteral("Utrecht") }, { QStringLiteral("birthDate"), QStringLiteral("1990-06-01") } };
    const QJsonObject sexualGroningen {
        { QStringLiteral("exploitationForms"), QJsonArray { QStringLiteral("sexual"), QStringLiteral("criminal") } },
        { QStringLiteral("region"), QStringLiteral("Groningen") }, { QStringLiteral("birthDate"), QStringLiteral("2009-02-01") }
    };
    QStringList january;
    for (int i = 0; i < 5; ++i)
        january.append(add(at(2026, 1, 10 + i), labourUtrecht));
    for (int i = 0; i < 3; ++i)
        add(at(2026, 2, 3 + i), sexualGroningen);
    // The last minute of the period counts, the first of the next day does not.
    add(at(2026, 3, 31, 23), QJsonObject {});
    const QString before = add(at(2025, 12, 20), labourUtrecht);
    add(QDateTime(QDate(2026, 4, 1), QTime(0, 0)), labourUtrecht);
    QVERIFY(!january.contains(QString()) && !before.isEmpty());

    // Intakes: three in February, one in December (outside). Closed in March: the December case
    // (from intake) and one January case (from signal).
    now = at(2026, 2, 20);
    for (int i = 0; i < 3; ++i)
        QVERIFY(repo.changePhase(january.at(i), QStringLiteral("intake")));
    now = at(2025, 12, 21);
    QVERIFY(repo.changePhase(before, QStringLiteral("intake")));
    now = at(2026, 3, 2);
    QVERIFY(repo.close(before, QStringLiteral("moved abroad")));
    QVERIFY(repo.close(january.at(4), QStringLiteral("no contact")));

    QVERIFY(
        ShelterRepository(db).importAll({ ShelterInput { shelter(QStringLiteral("s-omm"), QStringLiteral("omm")), false, false },
            ShelterInput { shelter(QStringLiteral("s-w"), QStringLiteral("womens_shelter")), false, false } }));
    PlacementRepository placements(db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(placements.create(january.at(i), QStringLiteral("s-w"), QStringLiteral("placed")));
    QVERIFY(placements.create(january.at(3), QStringLiteral("s-omm"), QStringLiteral("placed")));
    QVERIFY(placements.create(before, QStringLiteral("s-omm"), QStringLiteral("requested")));
    // Placement events carry the wall clock: move them into the period (the last one stays out).
    QVERIFY(db.exec(
        QStringLiteral("UPDATE placement_events SET at = '%1'").arg(at(2026, 3, 10).toUTC().toString(Qt::ISODateWithMs))));

    const QDate from(2026, 1, 1);
    const QDate to(2026, 3, 31);
    auto facts = PeriodReport::collect(db, from, to);
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().message()));
    QCOMPARE(facts->signalList.size(), 9);
    QCOMPARE(facts->intakes.size(), 3);
    QCOMPARE(facts->closedFromPhase.size(), 2);
    QVERIFY(facts->closedFromPhase.contains(QStringLiteral("intake")));
    QVERIFY(facts->closedFromPhase.contains(QStringLiteral("signal")));
    QCOMPARE(facts->placementShelterTypes.size(), 4);

    auto report = PeriodReport::compute(db, from, to);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->threshold, 3);
    const PeriodTable *signalTable = table(*report, QStringLiteral("signals"));
    QVERIFY(signalTable);
    QCOMPARE(signalTable->rows.size(), 3);
    QCOMPARE(signalTable->total, 9);
    QVERIFY(!signalTable->totalSuppressed);
    // January 5, February 3 shown; March 1 hidden, and so that it is not 9 - 5 - 3, February too.
    QCOMPARE(report->displayCount(*row(signalTable, QStringLiteral("2026-01"))), QStringLiteral("5"));
    QCOMPARE(report->displayCount(*row(signalTable, QStringLiteral("2026-02"))), QStringLiteral("<3"));
    QCOMPARE(report->displayCount(*row(signalTable, QStringLiteral("2026-03"))), QStringLiteral("<3"));

    const PeriodTable *intakes = table(*report, QStringLiteral("intakes"));
    QCOMPARE(row(intakes, QStringLiteral("2026-02"))->count, 3);
    QCOMPARE(intakes->total, 3);

    const PeriodTable *outflow = table(*report, QStringLiteral("outflow"));
    QCOMPARE(outflow->total, 2);
    QVERIFY(outflow->totalSuppressed);
    QCOMPARE(row(outflow, QStringLiteral("intake"))->count, 1);
    QVERIFY(!row(outflow, QStringLiteral("closed")));

    const PeriodTable *placed = table(*report, QStringLiteral("placements"));
    QCOMPARE(row(placed, QStringLiteral("womens_shelter"))->count, 3);
    QCOMPARE(row(placed, QStringLiteral("omm"))->count, 1);
    QCOMPARE(placed->total, 4);

    // Forms: a case can have several, the total is the number of cases.
    const PeriodTable *forms = table(*report, QStringLiteral("exploitationForms"));
    QVERIFY(!forms->partition);
    QCOMPARE(forms->total, 9);
    QCOMPARE(row(forms, QStringLiteral("labour"))->count, 5);
    QCOMPARE(row(forms, QStringLiteral("sexual"))->count, 3);
    QCOMPARE(row(forms, QStringLiteral("criminal"))->count, 3);
    QCOMPARE(row(forms, QStringLiteral("unknown"))->count, 1);

    // Age on the day of the signal: born 1990 → 35; born February 2009 → 16 on 3 February 2026.
    const PeriodTable *ages = table(*report, QStringLiteral("ageBands"));
    QCOMPARE(row(ages, QStringLiteral("16_17"))->count, 3);
    QCOMPARE(row(ages, QStringLiteral("unknown"))->count, 1);

    const PeriodTable *regions = table(*report, QStringLiteral("regions"));
    QCOMPARE(row(regions, QStringLiteral("Utrecht"))->count, 5);
    QCOMPARE(row(regions, QStringLiteral("Groningen"))->count, 3);
    QCOMPARE(row(regions, QStringLiteral("Groningen"))->label, QStringLiteral("Groningen"));
    QCOMPARE(row(regions, QStringLiteral("unknown"))->count, 1);
    // Labels, not codes.
    QCOMPARE(row(placed, QStringLiteral("womens_shelter"))->label.contains(QLatin1Char('_')), false);
    QCOMPARE(row(ages, QStringLiteral("16_17"))->label.contains(QLatin1Char('_')), false);
}

void TestPeriodReport::periodIsChecked()
{
    test::TestVault tv;
    Database &db = tv.vault().database();
    auto backwards = PeriodReport::compute(db, QDate(2026, 3, 1), QDate(2026, 2, 1));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!PeriodReport::compute(db, QDate(), QDate(2026, 2, 1)));
    auto oneDay = PeriodReport::compute(db, QDate(2026, 2, 1), QDate(2026, 2, 1));
    QVERIFY(oneDay);
    QCOMPARE(oneDay->tables.size(), 7);
    QCOMPARE(oneDay->tables.first().rows.size(), 1); // one month
}

void TestPeriodReport::smallCountsNeverShowOnRandomVaults()
{
    QRandomGenerator rng(20261207);
    const QStringList forms { QStringLiteral("sexual"), QStringLiteral("labour"), QStringLiteral("criminal") };
    const QStringList regions { QStringLiteral("Utrecht"), QStringLiteral("Groningen"), QStringLiteral("Zeeland") };
    const QDate first(2026, 1, 1);
    int hiddenSeen = 0;
    int shownSeen = 0;
    // 50 random vaults: ten fresh ones, each grown by random cases five times (a new vault costs a
    // key derivation and several synced files; the growing one is a different vault each round),
    // each round with its own threshold and period.
    std::unique_ptr<test::TestVault> tv;
    for (int round = 0; round < 50; ++round) {
        if (round % 5 == 0) {
            tv = std::make_unique<test::TestVault>();
            // Durability is not under test here: no sync per write.
            QVERIFY(tv->vault().database().exec(QStringLiteral("PRAGMA synchronous = OFF")));
        }
        Database &db = tv->vault().database();
        const int threshold = 2 + int(rng.bounded(9));
        QVERIFY(StatisticsExport(db).setThreshold(threshold));
        CaseRepository repo(db);
        QDateTime now;
        repo.setClock([&now] { return now; });
        const int n = int(rng.bounded(25));
        for (int i = 0; i < n; ++i) {
            now = QDateTime(first.addDays(int(rng.bounded(200)) - 10), QTime(10, 0));
            QJsonArray f;
            for (const QString &form : forms)
                if (rng.bounded(3) == 0)
                    f.append(form);
            QJsonObject json { { QStringLiteral("givenName"), QStringLiteral("P%1").arg(i) },
                { QStringLiteral("exploitationForms"), f },
                { QStringLiteral("region"), regions.at(int(rng.bounded(regions.size()))) },
                { QStringLiteral("birthDate"), QDate(1970 + int(rng.bounded(45)), 3, 1).toString(Qt::ISODate) } };
            auto c = repo.createFromJson(json);
            QVERIFY2(c, c ? "" : qPrintable(c.error().message()));
            now = now.addDays(int(rng.bounded(30)));
            if (rng.bounded(2) == 0)
                QVERIFY(repo.changePhase(c->id, QStringLiteral("intake")));
            if (rng.bounded(4) == 0)
                QVERIFY(repo.close(c->id, QStringLiteral("done")));
        }
        const QDate from = first.addDays(int(rng.bounded(120)));
        const QDate to = from.addDays(int(rng.bounded(120)));
        auto report = PeriodReport::compute(db, from, to);
        QVERIFY(report);
        QCOMPARE(report->threshold, threshold);
        for (const PeriodTable &t : report->tables) {
            const QString where = QStringLiteral("round %1, %2").arg(round).arg(t.key);
            int rowSum = 0;
            int hidden = 0;
            int hiddenSum = 0;
            for (const PeriodRow &r : t.rows) {
                rowSum += r.count;
                if (r.suppressed) {
                    ++hidden;
                    hiddenSum += r.count;
                    ++hiddenSeen;
                    QCOMPARE(report->displayCount(r), QStringLiteral("<%1").arg(threshold));
                } else {
                    ++shownSeen;
                    QVERIFY2(r.count >= threshold, qPrintable(where));
                    QCOMPARE(report->displayCount(r), QString::number(r.count));
                }
            }
            QCOMPARE(t.totalSuppressed, t.total < threshold);
            if (t.partition)
                QCOMPARE(rowSum, t.total);
            if (t.totalSuppressed)
                continue;
            // The total minus the shown counts is the sum of the hidden ones: it must not single one
            // out (one hidden count), nor be a small count itself (two hidden zeros are both known).
            QVERIFY2(hidden != 1, qPrintable(where));
            QVERIFY2(hidden == 0 || hiddenSum >= threshold, qPrintable(where));
        }
        // What leaves (JSON, CSV) holds no small number either.
        const QList<QByteArray> lines = report->toCsv().split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QByteArray count = line.trimmed().split(',').last();
            if (count.isEmpty() || count.startsWith('<'))
                continue;
            QVERIFY2(count.toInt() >= threshold, line.constData());
        }
    }
    QVERIFY(hiddenSeen > 0 && shownSeen > 0); // the vaults were varied enough to test both
}

void TestPeriodReport::csvHasOneLinePerValue()
{
    PeriodFacts facts;
    for (int i = 0; i < 12; ++i)
        facts.signalList.append({ QDate(2026, 1, 5), { QStringLiteral("labour") }, QStringLiteral("30_39"),
            i == 0 ? QStringLiteral("=cmd|' /C calc'!A0") : QStringLiteral("Noord, Holland") });
    const PeriodReport r = PeriodReport::tabulate(facts, QDate(2026, 1, 1), QDate(2026, 1, 31), 10);
    const QString csv = QString::fromUtf8(r.toCsv());
    QVERIFY(csv.startsWith(QStringLiteral("Table,Value,Count\r\n")));
    QVERIFY(csv.contains(QStringLiteral("Signals per month,January 2026,12\r\n")));
    // A free-text value cannot become a spreadsheet formula. Its 1 and the zero of "Unknown" are hidden;
    // together below the threshold, so the 11 is hidden too (else both would be 12 - 11 away).
    QVERIFY(csv.contains(QStringLiteral("Regions of the cases signalled,\"Noord, Holland\",<10\r\n")));
    QVERIFY(csv.contains(QStringLiteral("Regions of the cases signalled,'=cmd|' /C calc'!A0,<10\r\n")));
    QVERIFY(!csv.contains(QStringLiteral(",1\r\n")));
    int lines = 1;
    for (const PeriodTable &t : r.tables)
        lines += int(t.rows.size()) + 1;
    QCOMPARE(csv.count(QStringLiteral("\r\n")), lines);
}

QTEST_GUILESS_MAIN(TestPeriodReport)
#include "TestPeriodReport.moc"
