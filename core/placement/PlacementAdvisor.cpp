#include "placement/PlacementAdvisor.h"

#include "domain/Codes.h"
#include "shelters/ShelterCodes.h"

#include <algorithm>
#include <array>

namespace vangnet {
namespace {

QString fold(const QString &s)
{
    return s.toCaseFolded().simplified();
}

bool containsWords(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        const bool startOk = at == 0 || !haystack.at(at - 1).isLetterOrNumber();
        const bool endOk = end == haystack.size() || !haystack.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

QString ageText(const PlacementRequest &r)
{
    if (r.ageMin && r.ageMax && *r.ageMin == *r.ageMax)
        return PlacementAdvisor::tr("%n year(s)", nullptr, *r.ageMin);
    if (r.ageMin && r.ageMax)
        return PlacementAdvisor::tr("%1 to %2 years").arg(*r.ageMin).arg(*r.ageMax);
    return PlacementAdvisor::tr("unknown age");
}

QString genderText(const QString &gender)
{
    return gender.isEmpty() ? PlacementAdvisor::tr("unknown gender") : Codes::label(CodeKind::Gender, gender);
}

QString typeText(const QString &type)
{
    return ShelterCodes::label(ShelterCodeKind::ShelterType, type);
}

bool isFemale(const PlacementRequest &r)
{
    return r.gender == QLatin1String("female");
}

} // namespace

PlacementAdvisor::PlacementAdvisor(QVector<Shelter> shelters)
    : m_shelters(std::move(shelters))
{
    // Evaluation order does not depend on the order the registry was read in. The repository reads
    // it sorted already: sorting 2,000 shelters again (copying each) was a tenth of the advice time.
    const auto byId = [](const Shelter &a, const Shelter &b) { return a.id < b.id; };
    if (!std::is_sorted(m_shelters.cbegin(), m_shelters.cend(), byId))
        std::sort(m_shelters.begin(), m_shelters.end(), byId);
}

bool PlacementAdvisor::regionsMatch(const QString &a, const QString &b)
{
    const QString fa = fold(a);
    const QString fb = fold(b);
    if (fa.isEmpty() || fb.isEmpty())
        return false;
    return fa == fb || containsWords(fa, fb) || containsWords(fb, fa);
}

QVector<RuleViolation> PlacementAdvisor::check(const Shelter &s, const PlacementRequest &r, int requiredLevel, bool explain)
{
    QVector<RuleViolation> out;
    // Texts are built only when asked for: formatting them is most of the cost with large registries.
    const auto add = [&out, explain](PlacementRule rule, const auto &text) {
        out.append(RuleViolation { rule, explain ? text() : QString() });
    };
    const bool minor = r.isMinor();
    const bool youth = ShelterCodes::isYouthTrack(s.type);
    const QString gender = r.gender.isEmpty() ? QStringLiteral("unknown") : r.gender;

    // Gender: the shelter's list, and women's/men's shelters by their type.
    if (!s.genders.isEmpty() && !s.genders.contains(gender))
        add(PlacementRule::Gender, [&] {
            return tr("Does not accept %1 (accepts: %2).").arg(genderText(r.gender), s.genders.join(QStringLiteral(", ")));
        });
    else if (s.type == QLatin1String("womens_shelter") && gender != QLatin1String("female"))
        add(PlacementRule::Gender, [&] { return tr("A women's shelter takes only women."); });
    else if (s.type == QLatin1String("mens_shelter") && gender != QLatin1String("male"))
        add(PlacementRule::Gender, [&] { return tr("A men's shelter takes only men."); });

    // Age: the person's known age (range) must lie inside the shelter's range. Unknown: not checked
    // here (the minor flag still decides the track).
    if (r.ageMin && r.ageMax && (*r.ageMax < s.minAge || *r.ageMin > s.maxAge))
        add(PlacementRule::Age,
            [&] { return tr("Takes ages %1 to %2; the person's age is %3.").arg(s.minAge).arg(s.maxAge).arg(ageText(r)); });

    if (minor && !youth)
        add(PlacementRule::MinorsYouthTrack,
            [&] { return tr("A minor is placed only in youth care; this is a %1.").arg(typeText(s.type)); });
    if (!minor && youth)
        add(PlacementRule::AdultsNoYouthTrack,
            [&] { return tr("An adult is never placed in youth care (%1).").arg(typeText(s.type)); });

    if (s.type == QLatin1String("youth_girls_group") && !isFemale(r))
        add(PlacementRule::GirlsOnlyGroup, [&] { return tr("A girls-only group takes only girls."); });
    else if (s.type == QLatin1String("youth_open") && minor && isFemale(r) && !r.unaccompaniedMinor
        && r.girlsGroupWaiver.trimmed().isEmpty())
        add(PlacementRule::GirlsOnlyGroup,
            [&] { return tr("A girl is placed in a girls-only group unless there are weighty reasons (none recorded)."); });

    if (minor && r.unaccompaniedMinor && s.type != QLatin1String("protected_minors"))
        add(PlacementRule::UnaccompaniedMinor,
            [&] { return tr("An unaccompanied minor is placed only in protected shelter for unaccompanied minors."); });
    else if (s.type == QLatin1String("protected_minors") && !(minor && r.unaccompaniedMinor))
        add(PlacementRule::UnaccompaniedMinor, [&] { return tr("Protected shelter is only for unaccompanied minors."); });

    const bool cosmPerson = !minor && r.inReflectionNonDutch();
    if (s.type == QLatin1String("cosm") && !cosmPerson)
        add(PlacementRule::Cosm, [&] {
            return tr("COSM is only for non-Dutch adults in the reflection period (residence status: %1).")
                .arg(r.residenceStatus.isEmpty() ? tr("unknown") : Codes::label(CodeKind::ResidenceStatus, r.residenceStatus));
        });
    else if (cosmPerson && ShelterCodes::isRegularShelter(s.type))
        add(PlacementRule::Cosm, [&] {
            return tr("A non-Dutch adult in the reflection period goes to COSM (placed by CoMensha), not to a %1.")
                .arg(typeText(s.type));
        });

    const int problems = r.multiProblemCount();
    const bool neutral = s.type == QLatin1String("emergency_bed") || s.type == QLatin1String("safe_house");
    if (!minor && problems >= 2 && s.type != QLatin1String("omm") && !neutral)
        add(PlacementRule::MultiProblem, [&] {
            return tr(
                "%n multi-problem need(s) (learning disability, mental health, addiction): OMM is required.", nullptr, problems);
        });
    else if (s.type == QLatin1String("omm") && problems == 0)
        add(PlacementRule::MultiProblem, [&] {
            return tr("OMM is for people with a learning disability, mental-health or addiction needs; none is recorded.");
        });

    if (s.type == QLatin1String("labour_beds") && !r.exploitationForms.contains(QLatin1String("labour")))
        add(PlacementRule::LabourBeds,
            [&] { return tr("Labour beds are for victims of labour exploitation; that form is not recorded."); });

    if (s.type == QLatin1String("youth_secure") && !r.judgeAuthorisation)
        add(PlacementRule::JudgeAuthorisation,
            [&] { return tr("Secure youth care needs a judge's authorisation; none is recorded."); });

    if (s.securityLevel < requiredLevel)
        add(PlacementRule::SecurityLevel, [&] {
            return tr("Security level %1 is below the required %2.")
                .arg(ShelterCodes::levelCode(s.securityLevel), ShelterCodes::levelCode(requiredLevel));
        });

    if (s.freeBeds <= 0)
        add(PlacementRule::FreeBed, [&] { return tr("No free bed."); });

    if (r.childrenCount > 0 && !s.acceptsChildren)
        add(PlacementRule::Children,
            [&] { return tr("Does not take children (the person has %n child(ren) with them).", nullptr, r.childrenCount); });

    if (r.hasPets && !s.acceptsPets)
        add(PlacementRule::Pets, [&] { return tr("Does not take pets."); });

    if (!s.residenceStatuses.isEmpty()) {
        const QString status = r.residenceStatus.isEmpty() ? QStringLiteral("unknown") : r.residenceStatus;
        if (!s.residenceStatuses.contains(status))
            add(PlacementRule::ResidenceStatus,
                [&] { return tr("Does not take residence status %1.").arg(Codes::label(CodeKind::ResidenceStatus, status)); });
    }
    return out;
}

QVector<ScoreReason> PlacementAdvisor::score(const Shelter &s, const PlacementRequest &r, const QDate &today)
{
    QVector<ScoreReason> out;
    const auto add = [&out](int points, const char *code, const QString &text) {
        out.append(ScoreReason { points, QString::fromLatin1(code), text });
    };

    if (!r.exploitationRegion.trimmed().isEmpty() && !s.region.isEmpty()) {
        if (regionsMatch(s.region, r.exploitationRegion))
            add(kInExploitationRegion, "region_exploitation",
                tr("In the region where the exploitation happened (%1).").arg(s.region));
        else
            add(kOutsideExploitationRegion, "region_outside",
                tr("Outside the region where the exploitation happened (%1).").arg(s.region));
    }
    if (!r.perpetratorAreas.isEmpty() && !s.region.isEmpty()) {
        QStringList hits;
        for (const QString &area : r.perpetratorAreas)
            if (regionsMatch(s.region, area))
                hits.append(area);
        if (!hits.isEmpty())
            add(kInPerpetratorArea, "perpetrator_area",
                tr("In an area a perpetrator is known in (%1).").arg(hits.join(QStringLiteral(", "))));
        else
            add(kAwayFromPerpetratorAreas, "perpetrator_away", tr("Away from every area the perpetrators are known in."));
    }

    if (!r.languages.isEmpty()) {
        QStringList shared;
        for (const QString &l : r.languages)
            if (s.languages.contains(l))
                shared.append(Codes::label(CodeKind::Language, l));
        if (!shared.isEmpty())
            add(kLanguageMatch, "language", tr("Staff speak %1.").arg(shared.join(QStringLiteral(", "))));
        else
            add(kNoSharedLanguage, "language_none", tr("No shared language: an interpreter is needed."));
    }

    for (const QString &need : r.needs)
        if (s.specialisms.contains(need))
            add(kSpecialismPerNeed, "specialism_need",
                tr("Specialised in %1.").arg(ShelterCodes::label(ShelterCodeKind::Specialism, need)));
    for (const QString &form : r.exploitationForms)
        if (s.specialisms.contains(form))
            add(kSpecialismPerExploitationForm, "specialism_exploitation",
                tr("Experienced with %1.").arg(ShelterCodes::label(ShelterCodeKind::Specialism, form)));

    if (s.type == QLatin1String("omm") && r.multiProblemCount() == 1)
        add(kOmmPreferred, "omm_preferred", tr("OMM is preferred for a learning disability, mental-health or addiction need."));

    if (!s.availabilityAsOf.isValid()) {
        add(kVeryStaleAvailability, "availability_unknown", tr("Availability has no date: confirm the free bed first."));
    } else {
        const qint64 age = s.availabilityAsOf.daysTo(today);
        const QString date = s.availabilityAsOf.toString(Qt::ISODate);
        if (age > kVeryStaleDays)
            add(kVeryStaleAvailability, "availability_very_stale",
                tr("Availability as of %1, more than %2 days ago: confirm the free bed first.").arg(date).arg(kVeryStaleDays));
        else if (age > kStaleDays)
            add(kStaleAvailability, "availability_stale",
                tr("Availability as of %1, more than %2 days ago.").arg(date).arg(kStaleDays));
        else
            add(kFreshAvailability, "availability_fresh", tr("Availability confirmed on %1.").arg(date));
    }

    if (s.type == QLatin1String("cosm"))
        add(0, "cosm_comensha", tr("COSM places are assigned only by CoMensha: contact CoMensha."));
    return out;
}

PlacementAdvice PlacementAdvisor::advise(
    const PlacementRequest &r, const RequiredLevel &required, const QDate &today, int limit, bool explainExcluded) const
{
    PlacementAdvice advice;
    advice.required = required;
    std::array<int, PlacementRules::kCount> ruleCounts {};

    for (const Shelter &s : m_shelters) {
        QVector<RuleViolation> violations = check(s, r, required.level, explainExcluded);
        if (!violations.isEmpty()) {
            for (const RuleViolation &v : violations)
                ++ruleCounts[std::size_t(v.rule)];
            advice.excluded.append(Exclusion { s.id, s.name, s.type, s.securityLevel, std::move(violations) });
            continue;
        }
        Suggestion sug { s.id, s.name, s.type, s.region, s.securityLevel, s.freeBeds, s.availabilityAsOf, 0, score(s, r, today) };
        for (const ScoreReason &reason : sug.reasons)
            sug.score += reason.points;
        advice.suggestions.append(std::move(sug));
    }
    std::sort(advice.suggestions.begin(), advice.suggestions.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.securityLevel != b.securityLevel)
            return a.securityLevel > b.securityLevel;
        if (a.freeBeds != b.freeBeds)
            return a.freeBeds > b.freeBeds;
        return a.shelterId < b.shelterId;
    });
    advice.suitableCount = int(advice.suggestions.size());
    if (limit > 0 && advice.suggestions.size() > limit)
        advice.suggestions.resize(limit);

    const bool minor = r.isMinor();
    const bool cosmPerson = !minor && r.inReflectionNonDutch();
    if (cosmPerson)
        advice.notes.append(
            tr("A non-Dutch adult in the reflection period is placed in COSM only by CoMensha: always contact CoMensha."));

    if (advice.suggestions.isEmpty()) {
        NothingFits nf;
        int best = -1;
        for (int i = 0; i < PlacementRules::kCount; ++i) {
            if (ruleCounts[std::size_t(i)] > best) {
                best = ruleCounts[std::size_t(i)];
                nf.rule = PlacementRule(i);
            }
        }
        nf.excludedCount = std::max(best, 0);
        if (m_shelters.isEmpty())
            nf.text = tr("The shelter registry is empty: import the registry first.");
        else
            nf.text = tr("No shelter fits. The rule \"%1\" excluded the most shelters (%2 of %3).")
                          .arg(PlacementRules::title(nf.rule))
                          .arg(nf.excludedCount)
                          .arg(m_shelters.size());
        if (cosmPerson)
            nf.nextSteps.append(tr("Contact CoMensha: COSM places are assigned only by CoMensha."));
        if (required.level >= 3 || nf.rule == PlacementRule::SecurityLevel)
            nf.nextSteps.append(tr("Discuss protection with the police; in imminent danger call 112."));
        if (minor)
            nf.nextSteps.append(
                tr("Ask the youth-care crisis service (and Nidos for an unaccompanied minor) for an emergency place."));
        else
            nf.nextSteps.append(tr("Use an emergency bed (about three nights) while a place is found."));
        nf.nextSteps.append(tr("Consider a placement outside the region."));
        if (!cosmPerson)
            nf.nextSteps.append(tr("Contact CoMensha for a national placement."));
        advice.nothingFits = nf;
    }
    return advice;
}

} // namespace vangnet
