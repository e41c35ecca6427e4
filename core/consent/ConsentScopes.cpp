#include "consent/ConsentScopes.h"

#include <QHash>

namespace vangnet {
namespace {

QStringList list(std::initializer_list<const char *> keys)
{
    QStringList out;
    for (const char *k : keys)
        out.append(QLatin1String(k));
    return out;
}

const QHash<QString, QStringList> &scopeTable()
{
    // Keep docs/CONSENT.md ("Scopes and fields") in step with this table.
    static const QHash<QString, QStringList> table = {
        { QStringLiteral("identity"),
            list({ "givenName", "familyName", "aliases", "birthDate", "ageBand", "gender", "nationality", "countryOfBirth",
                "languages", "interpreterNeeded", "phone" }) },
        // The current placement/shelter joins this scope when shelters exist.
        { QStringLiteral("whereabouts"), list({ "region", "requiredSecurityLevel" }) },
        { QStringLiteral("exploitation"),
            list({ "exploitationForms", "sector", "exploitationRegion", "exploitationPeriod", "reporterType", "policeStatus",
                "dossierType", "signalDate" }) },
        { QStringLiteral("health"), list({ "needs" }) },
        // Covers the value "sexual" of exploitationForms (ConsentPolicy), no key of its own.
        { QStringLiteral("sexual_life"), QStringList() },
        { QStringLiteral("perpetrators"), list({ "perpetrators", "threat" }) },
        { QStringLiteral("children"), list({ "childrenCount", "childrenAges" }) },
        { QStringLiteral("residence_status"),
            list({ "residenceStatus", "reflectionStart", "reflectionEnd", "minor", "unaccompaniedMinor",
                "legalRepresentative" }) },
    };
    return table;
}

} // namespace

const QStringList &ConsentScopes::all()
{
    static const QStringList scopes = list(
        { "identity", "whereabouts", "exploitation", "health", "sexual_life", "perpetrators", "children", "residence_status" });
    return scopes;
}

bool ConsentScopes::isValid(const QString &scope)
{
    return scopeTable().contains(scope);
}

QString ConsentScopes::label(const QString &scope)
{
    if (scope == QLatin1String("identity"))
        return tr("Identity");
    if (scope == QLatin1String("whereabouts"))
        return tr("Whereabouts");
    if (scope == QLatin1String("exploitation"))
        return tr("Exploitation");
    if (scope == QLatin1String("health"))
        return tr("Health");
    if (scope == QLatin1String("sexual_life"))
        return tr("Sexual life");
    if (scope == QLatin1String("perpetrators"))
        return tr("Perpetrators");
    if (scope == QLatin1String("children"))
        return tr("Children");
    if (scope == QLatin1String("residence_status"))
        return tr("Residence status");
    return scope;
}

QString ConsentScopes::legalNote(const QString &scope)
{
    if (scope == QLatin1String("health"))
        return tr("Special category of personal data (GDPR art. 9): health, learning disability, addiction, pregnancy.");
    if (scope == QLatin1String("sexual_life"))
        return tr("Special category of personal data (GDPR art. 9): without it, sexual exploitation is withheld.");
    if (scope == QLatin1String("perpetrators"))
        return tr("Criminal-offence data (GDPR art. 10): perpetrators and the threat assessment.");
    return {};
}

QString ConsentScopes::description(const QString &scope)
{
    if (scope == QLatin1String("identity"))
        return tr("Name, birth date or age, gender, nationality, languages, phone.");
    if (scope == QLatin1String("whereabouts"))
        return tr("Where the person stays: region and required security level.");
    if (scope == QLatin1String("exploitation"))
        return tr("Form, sector, region and period; who signalled it.");
    if (scope == QLatin1String("health"))
        return tr("Learning disability, mental health, addiction, medical, pregnancy.");
    if (scope == QLatin1String("sexual_life"))
        return tr("That the exploitation was sexual.");
    if (scope == QLatin1String("perpetrators"))
        return tr("The perpetrators and the threat assessment.");
    if (scope == QLatin1String("children"))
        return tr("How many children are with the person, and their ages.");
    if (scope == QLatin1String("residence_status"))
        return tr("Residence status, reflection period, whether a minor.");
    return {};
}

QStringList ConsentScopes::scopesOf(const QStringList &keys)
{
    QStringList scopes;
    for (const QString &key : keys)
        if (const QString scope = scopeOf(key); !scope.isEmpty())
            scopes.append(scope);
    return normalised(scopes);
}

bool ConsentScopes::revealsWhereabouts(const QString &scope)
{
    return scope == QLatin1String("whereabouts");
}

const QStringList &ConsentScopes::keys(const QString &scope)
{
    static const QStringList none;
    const auto it = scopeTable().constFind(scope);
    return it == scopeTable().constEnd() ? none : it.value();
}

const QStringList &ConsentScopes::minimalKeys()
{
    static const QStringList keys = list({ "id", "number" });
    return keys;
}

QStringList ConsentScopes::keysFor(const QStringList &scopes)
{
    QStringList out = minimalKeys();
    for (const QString &scope : all()) {
        if (!scopes.contains(scope))
            continue;
        for (const QString &key : keys(scope))
            if (!out.contains(key))
                out.append(key);
    }
    return out;
}

QString ConsentScopes::scopeOf(const QString &key)
{
    for (const QString &scope : all())
        if (keys(scope).contains(key))
            return scope;
    return {};
}

const QStringList &ConsentScopes::scopedKeys()
{
    static const QStringList keys = [] {
        QStringList out;
        for (const QString &scope : all())
            out += ConsentScopes::keys(scope);
        return out;
    }();
    return keys;
}

QStringList ConsentScopes::parse(const QString &commaSeparated, QStringList *unknown)
{
    QStringList given;
    for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString scope = part.trimmed();
        if (scope.isEmpty())
            continue;
        if (!isValid(scope)) {
            if (unknown && !unknown->contains(scope))
                unknown->append(scope);
            continue;
        }
        given.append(scope);
    }
    return normalised(given);
}

QStringList ConsentScopes::normalised(const QStringList &scopes)
{
    QStringList out;
    for (const QString &scope : all())
        if (scopes.contains(scope))
            out.append(scope);
    for (const QString &scope : scopes)
        if (!isValid(scope) && !out.contains(scope))
            out.append(scope);
    return out;
}

} // namespace vangnet
