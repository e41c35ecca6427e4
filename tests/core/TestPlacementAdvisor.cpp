#include "placement/PlacementAdvisor.h"
#include "placement/RequiredSecurityLevel.h"
#include "shelters/ShelterCodes.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace vangnet;

namespace {

const QDate kToday(2026, 3, 10);

// An adult Dutch woman with nothing special: fits the base shelter.
PlacementRequest baseRequest()
{
    PlacementRequest r;
    r.caseId = QStringLiteral("case-1");
    r.gender = QStringLiteral("female");
    r.setAge(30);
    r.residenceStatus = QStringLiteral("nl");
    r.nationality = QStringLiteral("NL");
    r.languages = { QStringLiteral("nl") };
    r.exploitationRegion = QStringLiteral("Rotterdam-Rijnmond");
    return r;
}

Shelter baseShelter()
{
    Shelter s;
    s.id = QStringLiteral("s-base");
    s.name = QStringLiteral("Base");
    s.type = QStringLiteral("womens_shelter");
    s.securityLevel = 2;
    s.region = QStringLiteral("Groningen");
    s.capacity = 10;
    s.freeBeds = 3;
    s.availabilityAsOf = kToday;
    s.minAge = 0;
    s.maxAge = 120;
    s.languages = { QStringLiteral("nl") };
    return s;
}

void minor(PlacementRequest &r, const char *gender, int age = 15)
{
    r.gender = QString::fromLatin1(gender);
    r.setAge(age);
    r.minorFlag = true;
}

struct RuleCase
{
    const char *name;
    std::function<void(PlacementRequest &, Shelter &, int &)> setup;
    const char *rule; // expected single rule code; "" = the shelter is offered
};

const std::vector<RuleCase> &ruleCases()
{
    static const std::vector<RuleCase> cases = {
        { "base fits", [](PlacementRequest &, Shelter &, int &) {}, "" },
        // gender
        { "gender not in list", [](PlacementRequest &, Shelter &s, int &) { s.genders = { QStringLiteral("male") }; }, "gender" },
        { "gender in list",
            [](PlacementRequest &, Shelter &s, int &) {
                s.genders = { QStringLiteral("female"), QStringLiteral("x") };
            },
            "" },
        { "man in women's shelter", [](PlacementRequest &r, Shelter &, int &) { r.gender = QStringLiteral("male"); }, "gender" },
        { "woman in men's shelter", [](PlacementRequest &, Shelter &s, int &) { s.type = QStringLiteral("mens_shelter"); },
            "gender" },
        { "man in men's shelter",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.gender = QStringLiteral("male");
                s.type = QStringLiteral("mens_shelter");
            },
            "" },
        { "x in general shelter",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.gender = QStringLiteral("x");
                s.type = QStringLiteral("general_shelter");
            },
            "" },
        // age
        { "too young for range", [](PlacementRequest &, Shelter &s, int &) { s.minAge = 40; }, "age" },
        { "too old for range", [](PlacementRequest &, Shelter &s, int &) { s.maxAge = 25; }, "age" },
        { "age at the edge",
            [](PlacementRequest &, Shelter &s, int &) {
                s.minAge = 30;
                s.maxAge = 30;
            },
            "" },
        { "band overlapping",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.ageMin = 23;
                r.ageMax = 29;
                s.minAge = 25;
            },
            "" },
        // minors only in youth tracks, adults never
        { "minor in women's shelter", [](PlacementRequest &r, Shelter &, int &) { minor(r, "female"); }, "minor_youth_track" },
        { "minor by flag only",
            [](PlacementRequest &r, Shelter &, int &) {
                r.ageMin.reset();
                r.ageMax.reset();
                r.minorFlag = true;
            },
            "minor_youth_track" },
        { "girl in girls group",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "female");
                s.type = QStringLiteral("youth_girls_group");
            },
            "" },
        { "adult in youth open",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.gender = QStringLiteral("male");
                s.type = QStringLiteral("youth_open");
            },
            "adult_youth_track" },
        { "adult in girls group", [](PlacementRequest &, Shelter &s, int &) { s.type = QStringLiteral("youth_girls_group"); },
            "adult_youth_track" },
        { "boy in youth open",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "male");
                s.type = QStringLiteral("youth_open");
            },
            "" },
        // girls-only groups
        { "boy in girls group",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "male");
                s.type = QStringLiteral("youth_girls_group");
            },
            "girls_group" },
        { "girl in open group",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "female");
                s.type = QStringLiteral("youth_open");
            },
            "girls_group" },
        { "girl in open group with weighty reason",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "female");
                r.girlsGroupWaiver = QStringLiteral("sibling placed there");
                s.type = QStringLiteral("youth_open");
            },
            "" },
        // unaccompanied minors
        { "unaccompanied in girls group",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "female");
                r.unaccompaniedMinor = true;
                s.type = QStringLiteral("youth_girls_group");
            },
            "unaccompanied_minor" },
        { "unaccompanied in protected shelter",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "female");
                r.unaccompaniedMinor = true;
                s.type = QStringLiteral("protected_minors");
            },
            "" },
        { "accompanied in protected shelter",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "male");
                s.type = QStringLiteral("protected_minors");
            },
            "unaccompanied_minor" },
        // COSM
        { "reflection non-Dutch in women's shelter",
            [](PlacementRequest &r, Shelter &, int &) {
                r.residenceStatus = QStringLiteral("b8_reflection");
                r.nationality = QStringLiteral("RO");
            },
            "cosm" },
        { "reflection non-Dutch in COSM",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.residenceStatus = QStringLiteral("b8_reflection");
                r.nationality = QStringLiteral("RO");
                s.type = QStringLiteral("cosm");
            },
            "" },
        { "Dutch in COSM", [](PlacementRequest &, Shelter &s, int &) { s.type = QStringLiteral("cosm"); }, "cosm" },
        { "reflection but Dutch in COSM",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.residenceStatus = QStringLiteral("b8_reflection");
                s.type = QStringLiteral("cosm");
            },
            "cosm" },
        { "EU citizen in COSM",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.residenceStatus = QStringLiteral("eu");
                r.nationality = QStringLiteral("PL");
                s.type = QStringLiteral("cosm");
            },
            "cosm" },
        { "reflection non-Dutch in emergency bed",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.residenceStatus = QStringLiteral("b8_reflection");
                r.nationality = QStringLiteral("RO");
                s.type = QStringLiteral("emergency_bed");
            },
            "" },
        // multi-problem
        { "two needs in women's shelter",
            [](PlacementRequest &r, Shelter &, int &) {
                r.needs = { QStringLiteral("lvb"), QStringLiteral("addiction") };
            },
            "multi_problem" },
        { "two needs in OMM",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.needs = { QStringLiteral("lvb"), QStringLiteral("addiction") };
                s.type = QStringLiteral("omm");
            },
            "" },
        { "one need in women's shelter",
            [](PlacementRequest &r, Shelter &, int &) { r.needs = { QStringLiteral("mental_health") }; }, "" },
        { "one need in OMM",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.needs = { QStringLiteral("mental_health") };
                s.type = QStringLiteral("omm");
            },
            "" },
        { "no need in OMM",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.needs = { QStringLiteral("medical") };
                s.type = QStringLiteral("omm");
            },
            "multi_problem" },
        { "two needs in safe house",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.needs = { QStringLiteral("lvb"), QStringLiteral("addiction") };
                s.type = QStringLiteral("safe_house");
            },
            "" },
        // labour beds
        { "labour beds without labour",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.exploitationForms = { QStringLiteral("sexual") };
                s.type = QStringLiteral("labour_beds");
            },
            "labour_beds" },
        { "labour beds with labour",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.exploitationForms = { QStringLiteral("labour") };
                s.type = QStringLiteral("labour_beds");
            },
            "" },
        // judge
        { "secure youth without judge",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "male");
                s.type = QStringLiteral("youth_secure");
            },
            "judge_authorisation" },
        { "secure youth with judge",
            [](PlacementRequest &r, Shelter &s, int &) {
                minor(r, "male");
                r.judgeAuthorisation = true;
                s.type = QStringLiteral("youth_secure");
            },
            "" },
        // security level
        { "level below required", [](PlacementRequest &, Shelter &, int &required) { required = 3; }, "security_level" },
        { "level equal to required", [](PlacementRequest &, Shelter &, int &required) { required = 2; }, "" },
        // capacity, children, pets, residence
        { "no free bed", [](PlacementRequest &, Shelter &s, int &) { s.freeBeds = 0; }, "free_bed" },
        { "children not accepted", [](PlacementRequest &r, Shelter &, int &) { r.childrenCount = 2; }, "children" },
        { "children accepted",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.childrenCount = 2;
                s.acceptsChildren = true;
            },
            "" },
        { "pets not accepted", [](PlacementRequest &r, Shelter &, int &) { r.hasPets = true; }, "pets" },
        { "pets accepted",
            [](PlacementRequest &r, Shelter &s, int &) {
                r.hasPets = true;
                s.acceptsPets = true;
            },
            "" },
        { "residence status not accepted",
            [](PlacementRequest &, Shelter &s, int &) { s.residenceStatuses = { QStringLiteral("eu") }; }, "residence_status" },
        { "residence status accepted",
            [](PlacementRequest &, Shelter &s, int &) {
                s.residenceStatuses = { QStringLiteral("eu"), QStringLiteral("nl") };
            },
            "" },
    };
    return cases;
}

QStringList ruleCodes(const QVector<RuleViolation> &violations)
{
    QStringList out;
    for (const RuleViolation &v : violations)
        out.append(PlacementRules::code(v.rule));
    return out;
}

Shelter randomShelter(QRandomGenerator &rng, int i)
{
    const QStringList &types = ShelterCodes::all(ShelterCodeKind::ShelterType);
    static const QStringList regions
        = { QStringLiteral("Groningen"), QStringLiteral("Utrecht"), QStringLiteral("Rotterdam-Rijnmond"),
              QStringLiteral("Haaglanden"), QStringLiteral("Limburg-Zuid"), QStringLiteral("Twente") };
    static const QStringList genders
        = { QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("x"), QStringLiteral("unknown") };
    Shelter s;
    s.id = QStringLiteral("r%1").arg(i, 5, 10, QLatin1Char('0'));
    s.name = s.id;
    s.type = types.at(rng.bounded(int(types.size())));
    s.securityLevel = rng.bounded(5);
    s.region = regions.at(rng.bounded(int(regions.size())));
    s.capacity = rng.bounded(1, 20);
    s.freeBeds = rng.bounded(s.capacity + 1);
    s.availabilityAsOf = kToday.addDays(-rng.bounded(60));
    for (const QString &g : genders)
        if (rng.bounded(3) > 0)
            s.genders.append(g);
    s.minAge = ShelterCodes::isYouthTrack(s.type) ? 12 : 18;
    s.maxAge = ShelterCodes::isYouthTrack(s.type) ? 17 : 120;
    s.acceptsChildren = rng.bounded(2) == 0;
    s.acceptsPets = rng.bounded(4) == 0;
    if (rng.bounded(3) == 0)
        s.residenceStatuses = { QStringLiteral("nl"), QStringLiteral("eu") };
    s.languages
        = rng.bounded(2) ? QStringList { QStringLiteral("nl"), QStringLiteral("en") } : QStringList { QStringLiteral("ro") };
    s.specialisms = rng.bounded(2) ? QStringList { QStringLiteral("lvb") }
                                   : QStringList { QStringLiteral("sexual"), QStringLiteral("trauma") };
    return s;
}

PlacementRequest randomRequest(QRandomGenerator &rng)
{
    static const QStringList genders = { QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("x"), QString() };
    static const QStringList statuses
        = { QStringLiteral("nl"), QStringLiteral("eu"), QStringLiteral("b8_reflection"), QStringLiteral("asylum"), QString() };
    static const QStringList codes = { QString(), QStringLiteral("green"), QStringLiteral("orange"), QStringLiteral("red") };
    PlacementRequest r;
    r.gender = genders.at(rng.bounded(int(genders.size())));
    r.setAge(rng.bounded(12, 70));
    r.unaccompaniedMinor = r.isMinor() && rng.bounded(3) == 0;
    r.residenceStatus = statuses.at(rng.bounded(int(statuses.size())));
    r.nationality = rng.bounded(2) ? QStringLiteral("NL") : QStringLiteral("RO");
    if (rng.bounded(2))
        r.needs.append(QStringLiteral("lvb"));
    if (rng.bounded(3) == 0)
        r.needs.append(QStringLiteral("addiction"));
    r.childrenCount = rng.bounded(3) == 0 ? 1 : 0;
    r.hasPets = rng.bounded(5) == 0;
    r.exploitationRegion = QStringLiteral("Utrecht");
    r.perpetratorAreas = { QStringLiteral("Haaglanden") };
    r.threat.code = codes.at(rng.bounded(int(codes.size())));
    r.threat.policeProtection = rng.bounded(6) == 0;
    r.threat.perpetratorSearching = rng.bounded(3) == 0;
    r.judgeAuthorisation = rng.bounded(2) == 0;
    return r;
}

} // namespace

class TestPlacementAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void hardRules_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(ruleCases().size()); ++i)
            QTest::newRow(ruleCases()[std::size_t(i)].name) << i;
    }

    // Each rule from both sides: breaking exactly one rule excludes with that rule named (and only
    // that one); meeting all offers the shelter.
    void hardRules()
    {
        QFETCH(int, index);
        const RuleCase &c = ruleCases()[std::size_t(index)];
        PlacementRequest r = baseRequest();
        Shelter s = baseShelter();
        int required = 1;
        c.setup(r, s, required);

        const QStringList violated = ruleCodes(PlacementAdvisor::check(s, r, required));
        const QString expected = QString::fromLatin1(c.rule);
        if (expected.isEmpty())
            QVERIFY2(violated.isEmpty(), qPrintable(violated.join(QLatin1Char(','))));
        else
            QCOMPARE(violated, QStringList { expected });

        RequiredLevel level;
        level.level = required;
        const PlacementAdvice advice = PlacementAdvisor({ s }).advise(r, level, kToday);
        if (expected.isEmpty()) {
            QCOMPARE(advice.suggestions.size(), 1);
            QVERIFY(advice.excluded.isEmpty());
        } else {
            QVERIFY(advice.suggestions.isEmpty());
            QCOMPARE(advice.excluded.size(), 1);
            QCOMPARE(PlacementRules::code(advice.excluded.first().violations.first().rule), expected);
            QVERIFY(!advice.excluded.first().violations.first().text.isEmpty());
            QVERIFY(advice.nothingFits.has_value());
        }
    }

    void everyBrokenRuleIsListed()
    {
        PlacementRequest r = baseRequest();
        r.childrenCount = 1;
        r.hasPets = true;
        Shelter s = baseShelter();
        s.freeBeds = 0;
        s.securityLevel = 1;
        const QStringList violated = ruleCodes(PlacementAdvisor::check(s, r, 3));
        QCOMPARE(violated,
            (QStringList { QStringLiteral("security_level"), QStringLiteral("free_bed"), QStringLiteral("children"),
                QStringLiteral("pets") }));
    }

    void everyRuleIsCovered()
    {
        QSet<QString> covered;
        for (const RuleCase &c : ruleCases())
            covered.insert(QString::fromLatin1(c.rule));
        for (int i = 0; i < PlacementRules::kCount; ++i)
            QVERIFY2(
                covered.contains(PlacementRules::code(PlacementRule(i))), qPrintable(PlacementRules::code(PlacementRule(i))));
    }

    void scoreReasons()
    {
        PlacementRequest r = baseRequest();
        r.perpetratorAreas = { QStringLiteral("Groningen") };
        r.needs = { QStringLiteral("medical") };
        Shelter s = baseShelter();
        s.specialisms = { QStringLiteral("medical") };
        s.availabilityAsOf = kToday.addDays(-10);
        const QVector<ScoreReason> reasons = PlacementAdvisor::score(s, r, kToday);
        QStringList codes;
        int total = 0;
        for (const ScoreReason &reason : reasons) {
            codes.append(reason.code);
            total += reason.points;
            QVERIFY(!reason.text.isEmpty());
        }
        QCOMPARE(codes,
            (QStringList { QStringLiteral("region_outside"), QStringLiteral("perpetrator_area"), QStringLiteral("language"),
                QStringLiteral("specialism_need"), QStringLiteral("availability_stale") }));
        QCOMPARE(total,
            PlacementAdvisor::kOutsideExploitationRegion + PlacementAdvisor::kInPerpetratorArea + PlacementAdvisor::kLanguageMatch
                + PlacementAdvisor::kSpecialismPerNeed + PlacementAdvisor::kStaleAvailability);
    }

    void freshness_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<int>("points");
        QTest::newRow("today") << 0 << int(PlacementAdvisor::kFreshAvailability);
        QTest::newRow("7 days") << 7 << int(PlacementAdvisor::kFreshAvailability);
        QTest::newRow("8 days") << 8 << int(PlacementAdvisor::kStaleAvailability);
        QTest::newRow("30 days") << 30 << int(PlacementAdvisor::kStaleAvailability);
        QTest::newRow("31 days") << 31 << int(PlacementAdvisor::kVeryStaleAvailability);
        QTest::newRow("unknown") << -1 << int(PlacementAdvisor::kVeryStaleAvailability);
    }

    void freshness()
    {
        QFETCH(int, daysAgo);
        QFETCH(int, points);
        PlacementRequest r;
        Shelter s = baseShelter();
        s.availabilityAsOf = daysAgo < 0 ? QDate() : kToday.addDays(-daysAgo);
        const QVector<ScoreReason> reasons = PlacementAdvisor::score(s, r, kToday);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons.first().points, points);
    }

    void regionMatching()
    {
        QVERIFY(PlacementAdvisor::regionsMatch(QStringLiteral("Rotterdam-Rijnmond"), QStringLiteral("rotterdam")));
        QVERIFY(PlacementAdvisor::regionsMatch(QStringLiteral(" Utrecht "), QStringLiteral("UTRECHT")));
        QVERIFY(PlacementAdvisor::regionsMatch(QStringLiteral("Gelderland-Zuid"), QStringLiteral("Zuid")));
        QVERIFY(!PlacementAdvisor::regionsMatch(QStringLiteral("Groningen"), QStringLiteral("Gron")));
        QVERIFY(!PlacementAdvisor::regionsMatch(QString(), QStringLiteral("Utrecht")));
    }

    // score desc, then security level desc, then free beds desc, then shelter id asc.
    void tieBreaking()
    {
        PlacementRequest r = baseRequest();
        QVector<Shelter> shelters;
        const auto add = [&shelters](const char *id, int level, int beds) {
            Shelter s = baseShelter();
            s.id = QString::fromLatin1(id);
            s.securityLevel = level;
            s.freeBeds = beds;
            shelters.append(s);
        };
        add("e", 2, 3);
        add("d", 2, 3);
        add("c", 2, 5);
        add("b", 3, 1);
        add("a", 1, 9);
        Shelter better = baseShelter();
        better.id = QStringLiteral("z");
        better.securityLevel = 1;
        better.freeBeds = 1;
        better.languages = { QStringLiteral("nl"), QStringLiteral("en") };
        better.specialisms = {};
        r.needs = { QStringLiteral("pregnancy") };
        better.specialisms = { QStringLiteral("pregnancy") };
        shelters.append(better);
        RequiredLevel level;
        level.level = 1;
        const PlacementAdvice advice = PlacementAdvisor(shelters).advise(r, level, kToday, 0);
        QStringList order;
        for (const Suggestion &s : advice.suggestions)
            order.append(s.shelterId);
        QCOMPARE(order,
            (QStringList { QStringLiteral("z"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                QStringLiteral("e"), QStringLiteral("a") }));
    }

    void deterministic()
    {
        QRandomGenerator rng(7);
        QVector<Shelter> shelters;
        for (int i = 0; i < 300; ++i)
            shelters.append(randomShelter(rng, i));
        const PlacementRequest r = randomRequest(rng);
        const RequiredLevel level = RequiredSecurityLevel::derive(r.threat);
        const auto ranking = [&](const QVector<Shelter> &input) {
            QStringList ids;
            const PlacementAdvice a = PlacementAdvisor(input).advise(r, level, kToday, 0);
            for (const Suggestion &s : a.suggestions)
                ids.append(QStringLiteral("%1:%2").arg(s.shelterId).arg(s.score));
            for (const Exclusion &e : a.excluded)
                ids.append(e.shelterId);
            return ids;
        };
        const QStringList first = ranking(shelters);
        QVector<Shelter> shuffled = shelters;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + 101, shuffled.end());
        QCOMPARE(ranking(shuffled), first);
        QCOMPARE(ranking(shelters), first);
    }

    // Property: no suggestion is ever below the required level, and every suggestion passes every
    // hard rule; every excluded shelter names at least one rule. Random cases × random shelters,
    // fixed seed.
    void neverBelowRequiredLevel()
    {
        QRandomGenerator rng(20260310);
        QVector<Shelter> shelters;
        for (int i = 0; i < 400; ++i)
            shelters.append(randomShelter(rng, i));
        const PlacementAdvisor advisor(shelters);
        int offered = 0;
        for (int n = 0; n < 500; ++n) {
            const PlacementRequest r = randomRequest(rng);
            RequiredLevel level = RequiredSecurityLevel::derive(r.threat);
            if (rng.bounded(5) == 0)
                level = RequiredSecurityLevel::withOverride(
                    level, SecurityOverride { rng.bounded(5), QStringLiteral("test"), {}, {} });
            const PlacementAdvice a = advisor.advise(r, level, kToday, 0);
            QCOMPARE(a.suggestions.size() + a.excluded.size(), shelters.size());
            for (const Suggestion &s : a.suggestions) {
                QVERIFY(s.securityLevel >= level.level);
                QVERIFY(s.freeBeds > 0);
                ++offered;
            }
            for (const Exclusion &e : a.excluded)
                QVERIFY(!e.violations.isEmpty());
            QCOMPARE(a.nothingFits.has_value(), a.suggestions.isEmpty());
        }
        QVERIFY(offered > 0);
    }

    void nothingFitsNamesTheRuleAndNextSteps()
    {
        PlacementRequest r = baseRequest();
        QVector<Shelter> shelters;
        for (int i = 0; i < 3; ++i) {
            Shelter s = baseShelter();
            s.id = QStringLiteral("full-%1").arg(i);
            s.freeBeds = 0;
            shelters.append(s);
        }
        Shelter low = baseShelter();
        low.id = QStringLiteral("low");
        low.securityLevel = 0;
        shelters.append(low);
        RequiredLevel level;
        level.level = 1;
        const PlacementAdvice a = PlacementAdvisor(shelters).advise(r, level, kToday);
        QVERIFY(a.nothingFits);
        QCOMPARE(a.nothingFits->rule, PlacementRule::FreeBed);
        QCOMPARE(a.nothingFits->excludedCount, 3);
        QVERIFY(a.nothingFits->nextSteps.join(QLatin1Char(' ')).contains(QStringLiteral("emergency bed")));
        QVERIFY(a.nothingFits->nextSteps.join(QLatin1Char(' ')).contains(QStringLiteral("outside the region")));
        QVERIFY(a.nothingFits->nextSteps.join(QLatin1Char(' ')).contains(QStringLiteral("CoMensha")));

        // COSM: always contact CoMensha, first.
        r.residenceStatus = QStringLiteral("b8_reflection");
        r.nationality = QStringLiteral("NG");
        const PlacementAdvice cosm = PlacementAdvisor(shelters).advise(r, level, kToday);
        QVERIFY(cosm.nothingFits);
        QVERIFY(cosm.nothingFits->nextSteps.first().contains(QStringLiteral("CoMensha")));
        QVERIFY(!cosm.notes.isEmpty());
    }

    void unexplainedAdviceHasTheSameRules()
    {
        QRandomGenerator rng(3);
        QVector<Shelter> shelters;
        for (int i = 0; i < 100; ++i)
            shelters.append(randomShelter(rng, i));
        const PlacementRequest r = randomRequest(rng);
        const RequiredLevel level = RequiredSecurityLevel::derive(r.threat);
        const PlacementAdvice full = PlacementAdvisor(shelters).advise(r, level, kToday, 0, true);
        const PlacementAdvice quick = PlacementAdvisor(shelters).advise(r, level, kToday, 0, false);
        QCOMPARE(quick.excluded.size(), full.excluded.size());
        for (qsizetype i = 0; i < full.excluded.size(); ++i) {
            QCOMPARE(ruleCodes(quick.excluded.at(i).violations), ruleCodes(full.excluded.at(i).violations));
            QVERIFY(!full.excluded.at(i).violations.first().text.isEmpty());
        }
    }

    void limitKeepsTheBest()
    {
        QVector<Shelter> shelters;
        for (int i = 0; i < 20; ++i) {
            Shelter s = baseShelter();
            s.id = QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'));
            s.freeBeds = 1 + i;
            shelters.append(s);
        }
        RequiredLevel level;
        const PlacementAdvice a = PlacementAdvisor(shelters).advise(baseRequest(), level, kToday, 5);
        QCOMPARE(a.suggestions.size(), 5);
        QCOMPARE(a.suitableCount, 20);
        QCOMPARE(a.suggestions.first().shelterId, QStringLiteral("s19"));
    }

    // A figure, not a timed assertion (benchmarks print; see docs/style): 2,000 shelters.
    void speedFigure()
    {
        QRandomGenerator rng(99);
        QVector<Shelter> shelters;
        for (int i = 0; i < 2000; ++i)
            shelters.append(randomShelter(rng, i));
        const PlacementAdvisor advisor(shelters);
        const PlacementRequest r = randomRequest(rng);
        const RequiredLevel level = RequiredSecurityLevel::derive(r.threat);
        QElapsedTimer t;
        t.start();
        constexpr int runs = 20;
        for (int i = 0; i < runs; ++i)
            (void)advisor.advise(r, level, kToday);
        qInfo("advise() with 2000 shelters, every exclusion explained: %.2f ms per call", double(t.nsecsElapsed()) / 1e6 / runs);
        t.restart();
        for (int i = 0; i < runs; ++i)
            (void)advisor.advise(r, level, kToday, PlacementAdvisor::kDefaultLimit, false);
        qInfo("advise() with 2000 shelters, exclusions by rule only: %.2f ms per call", double(t.nsecsElapsed()) / 1e6 / runs);
    }
};

QTEST_GUILESS_MAIN(TestPlacementAdvisor)
#include "TestPlacementAdvisor.moc"
