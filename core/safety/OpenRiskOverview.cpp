#include "safety/OpenRiskOverview.h"

#include "cases/CaseRepository.h"

#include "safety/IncidentCodes.h"
#include "safety/IncidentRepository.h"
#include "safety/VisitRuleCodes.h"
#include "safety/VisitRulesRepository.h"

#include <algorithm>

namespace vangnet {

Result<QVector<OpenRisk>> OpenRiskOverview::list(Database &db)
{
    auto incidents = IncidentRepository(db).list(IncidentRepository::Filter::OpenOnly);
    if (!incidents)
        return incidents.error();
    auto rules = VisitRulesRepository(db).all();
    if (!rules)
        return rules.error();

    QVector<OpenRisk> out;
    for (const Incident &i : incidents.value()) {
        OpenRisk r;
        r.kind = OpenRisk::Kind::Incident;
        r.at = i.date.startOfDay(Qt::UTC);
        r.caseId = i.caseId;
        r.incidentId = i.id;
        r.code = i.type;
        r.summary = tr("%1 (%2, source: %3)")
                        .arg(IncidentCodes::label(IncidentCodes::Kind::Type, i.type),
                            IncidentCodes::label(IncidentCodes::Kind::Setting, i.setting),
                            IncidentCodes::label(IncidentCodes::Kind::Source, i.source));
        out.append(r);
    }
    for (const VisitRules &v : rules.value()) {
        OpenRisk r;
        r.kind = OpenRisk::Kind::VisitRules;
        r.at = v.updatedAt;
        r.caseId = v.caseId;
        r.code = v.rules.join(QLatin1Char(','));
        QStringList labels;
        for (const QString &code : v.rules)
            labels << VisitRuleCodes::label(code);
        r.summary = labels.isEmpty() ? tr("Visit rules (see the note)") : labels.join(QStringLiteral("; "));
        out.append(r);
    }
    // Case numbers for display: coordinators know cases by number, not by UUID.
    CaseRepository cases(db);
    for (OpenRisk &r : out)
        if (!r.caseId.isEmpty())
            if (auto c = cases.load(r.caseId))
                r.caseNumber = c->number;
    std::stable_sort(out.begin(), out.end(), [](const OpenRisk &a, const OpenRisk &b) { return a.at > b.at; });
    return out;
}

} // namespace vangnet
