#include "safety/IncidentCodes.h"

namespace vangnet {

const QStringList &IncidentCodes::all(Kind kind)
{
    static const QStringList settings
        = { QStringLiteral("office"), QStringLiteral("home_visit"), QStringLiteral("shelter"), QStringLiteral("online") };
    static const QStringList types = { QStringLiteral("verbal"), QStringLiteral("threat"), QStringLiteral("physical"),
        QStringLiteral("damage"), QStringLiteral("stalking"), QStringLiteral("intimidation_via_family") };
    static const QStringList sources
        = { QStringLiteral("exploiter"), QStringLiteral("client"), QStringLiteral("family"), QStringLiteral("unknown") };
    static const QStringList statuses = { QStringLiteral("open"), QStringLiteral("closed") };
    switch (kind) {
    case Kind::Setting:
        return settings;
    case Kind::Type:
        return types;
    case Kind::Source:
        return sources;
    case Kind::Status:
        return statuses;
    }
    return statuses;
}

QString IncidentCodes::label(Kind kind, const QString &code)
{
    struct Label
    {
        Kind kind;
        const char *code;
        const char *text;
    };
    static const Label labels[] = {
        { Kind::Setting, "office", QT_TR_NOOP("Office") },
        { Kind::Setting, "home_visit", QT_TR_NOOP("Home visit") },
        { Kind::Setting, "shelter", QT_TR_NOOP("Shelter") },
        { Kind::Setting, "online", QT_TR_NOOP("Online") },
        { Kind::Type, "verbal", QT_TR_NOOP("Verbal aggression") },
        { Kind::Type, "threat", QT_TR_NOOP("Threat") },
        { Kind::Type, "physical", QT_TR_NOOP("Physical violence") },
        { Kind::Type, "damage", QT_TR_NOOP("Damage to property") },
        { Kind::Type, "stalking", QT_TR_NOOP("Stalking") },
        { Kind::Type, "intimidation_via_family", QT_TR_NOOP("Intimidation via family") },
        { Kind::Source, "exploiter", QT_TR_NOOP("Exploiter") },
        { Kind::Source, "client", QT_TR_NOOP("Client") },
        { Kind::Source, "family", QT_TR_NOOP("Family") },
        { Kind::Source, "unknown", QT_TR_NOOP("Unknown") },
        { Kind::Status, "open", QT_TR_NOOP("Open") },
        { Kind::Status, "closed", QT_TR_NOOP("Closed") },
    };
    for (const Label &l : labels) {
        if (l.kind == kind && code == QLatin1String(l.code))
            return tr(l.text);
    }
    return code;
}

} // namespace vangnet
