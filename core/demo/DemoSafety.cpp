#include "demo/DemoSafety.h"

#include "cases/CaseSearch.h"
#include "safety/IncidentRepository.h"
#include "safety/VisitRulesRepository.h"
#include "storage/Database.h"

namespace vangnet {

Status seedDemoSafety(Database &db)
{
    CaseFilter filter;
    filter.text = QStringLiteral("Voorbeeld");
    auto found = CaseSearch(db).find(filter, CaseSort::NumberAsc, 0, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return {};
    const QString caseId = found->first().id;

    VisitRules rules;
    rules.caseId = caseId;
    rules.rules
        = { QStringLiteral("two_person_visits"), QStringLiteral("no_home_visits"), QStringLiteral("inform_team_before_visit") };
    rules.note = QStringLiteral("Fictional: meet only at the office or at the police station.");
    if (auto st = VisitRulesRepository(db).set(rules); !st)
        return st.error();

    Incident incident;
    incident.date = QDate::currentDate().addDays(-6);
    incident.setting = QStringLiteral("online");
    incident.type = QStringLiteral("threat");
    incident.source = QStringLiteral("exploiter");
    incident.description = QStringLiteral("Fictional: threatening messages to the coordinator's work phone.");
    incident.caseId = caseId;
    incident.staffMember = QStringLiteral("demo");
    incident.policeReportFiled = true;
    incident.measures = QStringLiteral("Two-person visits; work phone number changed.");
    incident.aftercare = QStringLiteral("Talk with the team leader.");
    if (auto st = IncidentRepository(db).add(incident); !st)
        return st.error();
    return {};
}

} // namespace vangnet
