#include "consent/ConsentPurposes.h"

namespace vangnet {

const QStringList &ConsentPurposes::all()
{
    static const QStringList list = { QStringLiteral("registration"), QStringLiteral("placement"), QStringLiteral("care"),
        QStringLiteral("police"), QStringLiteral("other") };
    return list;
}

bool ConsentPurposes::isValid(const QString &purpose)
{
    return all().contains(purpose);
}

QString ConsentPurposes::label(const QString &purpose)
{
    if (purpose == QLatin1String("registration"))
        return tr("Registration with CoMensha");
    if (purpose == QLatin1String("placement"))
        return tr("Placement request to CoMensha");
    if (purpose == QLatin1String("care"))
        return tr("Care and shelter (intake and risk summary)");
    if (purpose == QLatin1String("police"))
        return tr("Police");
    if (purpose == QLatin1String("other"))
        return tr("Other purpose");
    if (purpose == QLatin1String("handover"))
        return tr("Handover within the team");
    if (purpose == QLatin1String("statistics"))
        return tr("Statistics");
    return purpose;
}

bool ConsentPurposes::needsText(const QString &purpose)
{
    return purpose == QLatin1String("other");
}

} // namespace vangnet
