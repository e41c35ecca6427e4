#include "demo/DemoCases.h"

#include "cases/CaseRepository.h"
#include "vault/Vault.h"

namespace vangnet {
namespace {

struct DemoPerson
{
    const char *given;
    const char *family;
    const char *phase;
    const char *form;
    const char *nationality;
    const char *language;
    const char *region;
    int reflectionDaysLeft; // < 0: no reflection period
    int taskDueInDays;
    const char *note;
    const char *gender;
    int birthYear;
    const char *threat; // green | orange | red
    bool perpetratorSearching;
    const char *exploitationRegion;
};

} // namespace

Status seedDemoCases(Vault &vault)
{
    // Every phase of the life cycle, every threat code, one perpetrator who searches for the victim.
    static const DemoPerson people[] = {
        { "Demo Özlem", "Voorbeeld", "reflection", "sexual", "TR", "tr", "Rotterdam-Rijnmond", 10, 3,
            "Fictional demo case. Intake held with an interpreter.", "female", 1998, "red", true, "Rotterdam-Rijnmond" },
        { "Demo Łukasz", "Testpersoon", "placement", "labour", "PL", "pl", "Zeeland-West-Brabant", -1, -2,
            "Fictional demo case. Worked in a distribution centre.", "male", 1987, "orange", false, "Zeeland-West-Brabant" },
        { "Demo Ana", "Fictief", "intake", "criminal", "RO", "ro", "Amsterdam-Amstelland", -1, 7,
            "Fictional demo case. Referred by the police.", "female", 2001, "orange", false, "Amsterdam-Amstelland" },
        { "Demo Grace", "Proefdossier", "signal", "sexual", "NG", "en", "Haaglanden", -1, 14,
            "Fictional demo case. Signal from an outreach worker.", "female", 1995, "green", false, "Haaglanden" },
        { "Demo Thị", "Oefening", "trajectory", "labour", "VN", "vi", "Utrecht", -1, 20,
            "Fictional demo case. Nail salon, housing arranged.", "female", 1990, "green", false, "Utrecht" },
        { "Demo Jan", "Nepnaam", "aftercare", "unknown", "NL", "nl", "Gelderland-Midden", -1, 30,
            "Fictional demo case. Aftercare contact every month.", "male", 1979, "green", false, "Gelderland-Midden" },
        { "Demo Mihai", "Afgesloten", "trajectory", "labour", "RO", "ro", "Twente", -1, 40,
            "Fictional demo case. Returned home with support; closed.", "male", 1984, "green", false, "Twente" },
    };
    CaseRepository repo(vault.database());
    const QDate today = QDate::currentDate();
    for (const DemoPerson &p : people) {
        Case c;
        c.givenName = QString::fromUtf8(p.given);
        c.familyName = QString::fromUtf8(p.family);
        c.phase = QString::fromLatin1(p.phase);
        c.exploitationForms = { QString::fromLatin1(p.form) };
        c.nationality = QString::fromLatin1(p.nationality);
        c.languages = { QString::fromLatin1(p.language) };
        c.region = QString::fromLatin1(p.region);
        c.coordinator = QStringLiteral("demo");
        c.gender = QString::fromLatin1(p.gender);
        c.birthDate = QDate(p.birthYear, 6, 15);
        c.exploitationRegion = QString::fromLatin1(p.exploitationRegion);
        c.reporterType = QStringLiteral("police");
        c.residenceStatus = p.reflectionDaysLeft >= 0 ? QStringLiteral("b8_reflection") : QStringLiteral("unknown");
        if (p.reflectionDaysLeft >= 0) {
            c.reflectionEnd = today.addDays(p.reflectionDaysLeft);
            c.reflectionStart = c.reflectionEnd.addMonths(-3);
        }
        c.threat.code = QString::fromLatin1(p.threat);
        c.threat.instrument = QStringLiteral("Risk screening (fictional)");
        if (p.perpetratorSearching) {
            c.threat.perpetratorSearching = true;
            c.perpetrators.append(Perpetrator { QStringLiteral("\"The Uncle\" (fictional)"), QStringLiteral("network"),
                { QString::fromLatin1(p.exploitationRegion) }, false, true });
        }
        c.threat.reviewDate = today.addDays(p.taskDueInDays + 5);
        c.tasks.append(
            CaseTask { QStringLiteral("health_insurance"), today.addDays(p.taskDueInDays), QStringLiteral("demo"), false });
        c.notes.append(CaseNote { 0, {}, {}, QString::fromUtf8(p.note) });
        auto created = repo.create(c);
        if (!created)
            return created.error();
        if (QLatin1String(p.family) == QLatin1String("Afgesloten"))
            if (auto st = repo.close(created->id, QStringLiteral("Returned to the country of origin with support (fictional)."));
                !st)
                return st;
    }
    return {};
}

} // namespace vangnet
