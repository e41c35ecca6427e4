#include "safety/VisitRuleCodes.h"

namespace vangnet {

const QStringList &VisitRuleCodes::all()
{
    static const QStringList codes = {
        QStringLiteral("two_person_visits"),
        QStringLiteral("no_home_visits"),
        QStringLiteral("meet_at_police_station"),
        QStringLiteral("meet_at_office_only"),
        QStringLiteral("inform_team_before_visit"),
        QStringLiteral("no_visits_alone_after_dark"),
    };
    return codes;
}

QString VisitRuleCodes::label(const QString &code)
{
    if (code == QLatin1String("two_person_visits"))
        return tr("Visits only with two staff members");
    if (code == QLatin1String("no_home_visits"))
        return tr("No home visits");
    if (code == QLatin1String("meet_at_police_station"))
        return tr("Meet at the police station");
    if (code == QLatin1String("meet_at_office_only"))
        return tr("Meet at the office only");
    if (code == QLatin1String("inform_team_before_visit"))
        return tr("Inform the team before every visit");
    if (code == QLatin1String("no_visits_alone_after_dark"))
        return tr("No visits alone after dark");
    return code;
}

Status VisitRuleCodes::validate(const QStringList &codes)
{
    for (const QString &code : codes) {
        if (!isValid(code))
            return Error(ErrorCode::InvalidInput, tr("Unknown visit rule \"%1\". Allowed values: %2.").arg(code, allowedText()));
    }
    return {};
}

QStringList VisitRuleCodes::parseList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString code = part.trimmed();
        if (!code.isEmpty() && !out.contains(code))
            out.append(code);
    }
    return out;
}

} // namespace vangnet
