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
};

} // namespace

Status seedDemoCases(Vault &vault)
{
    static const DemoPerson people[] = {
        {"Demo Özlem", "Voorbeeld", "reflection", "sexual", "TR", "tr", "Rotterdam-Rijnmond", 10, 3,
         "Fictional demo case. Intake held with an interpreter."},
        {"Demo Łukasz", "Testpersoon", "placement", "labour", "PL", "pl", "Zeeland-West-Brabant", -1, -2,
         "Fictional demo case. Worked in a distribution centre."},
        {"Demo Ana", "Fictief", "intake", "criminal", "RO", "ro", "Amsterdam-Amstelland", -1, 7,
         "Fictional demo case. Referred by the police."},
        {"Demo Grace", "Proefdossier", "signal", "sexual", "NG", "en", "Haaglanden", -1, 14,
         "Fictional demo case. Signal from an outreach worker."},
        {"Demo Thị", "Oefening", "trajectory", "labour", "VN", "vi", "Utrecht", -1, 20,
         "Fictional demo case. Nail salon, housing arranged."},
        {"Demo Jan", "Nepnaam", "aftercare", "unknown", "NL", "nl", "Gelderland-Midden", -1, 30,
         "Fictional demo case. Aftercare contact every month."},
    };
    CaseRepository repo(vault.database());
    const QDate today = QDate::currentDate();
    for (const DemoPerson &p : people) {
        Case c;
        c.givenName = QString::fromUtf8(p.given);
        c.familyName = QString::fromUtf8(p.family);
        c.phase = QString::fromLatin1(p.phase);
        c.exploitationForms = {QString::fromLatin1(p.form)};
        c.nationality = QString::fromLatin1(p.nationality);
        c.languages = {QString::fromLatin1(p.language)};
        c.region = QString::fromLatin1(p.region);
        c.coordinator = QStringLiteral("demo");
        c.gender = QStringLiteral("unknown");
        c.residenceStatus = p.reflectionDaysLeft >= 0 ? QStringLiteral("b8_reflection") : QStringLiteral("unknown");
        if (p.reflectionDaysLeft >= 0) {
            c.reflectionEnd = today.addDays(p.reflectionDaysLeft);
            c.reflectionStart = c.reflectionEnd.addMonths(-3);
        }
        c.threat.code = QStringLiteral("orange");
        c.threat.reviewDate = today.addDays(p.taskDueInDays + 5);
        c.tasks.append(CaseTask{QStringLiteral("health_insurance"), today.addDays(p.taskDueInDays), QStringLiteral("demo"), false});
        c.notes.append(CaseNote{0, {}, {}, QString::fromUtf8(p.note)});
        auto created = repo.create(c);
        if (!created)
            return created.error();
    }
    return {};
}

} // namespace vangnet
