#include "consent/RecipientProfiles.h"

#include "consent/ConsentPurposes.h"
#include "consent/ConsentScopes.h"

namespace vangnet {
namespace {

const QStringList &registrationKeys()
{
    // CoMensha registration: exploitation form, nationality, age, gender, reporter type, region, date.
    static const QStringList keys = { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("exploitationForms"),
        QStringLiteral("nationality"), QStringLiteral("ageBand"), QStringLiteral("gender"), QStringLiteral("reporterType"),
        QStringLiteral("region"), QStringLiteral("signalDate") };
    return keys;
}

const QStringList &placementKeys()
{
    // Placement request: registration plus needs, children, language, residence status (with the
    // minor flags the placement rules need) and the required security level.
    static const QStringList keys = registrationKeys()
        + QStringList { QStringLiteral("needs"), QStringLiteral("childrenCount"), QStringLiteral("childrenAges"),
              QStringLiteral("languages"), QStringLiteral("interpreterNeeded"), QStringLiteral("residenceStatus"),
              QStringLiteral("reflectionStart"), QStringLiteral("reflectionEnd"), QStringLiteral("minor"),
              QStringLiteral("unaccompaniedMinor"), QStringLiteral("legalRepresentative"),
              QStringLiteral("requiredSecurityLevel") };
    return keys;
}

const QStringList &careKeys()
{
    // A shelter or care partner: intake and risk summary. The threat assessment (code, review) is the
    // risk summary; the perpetrators' own details (aliases, known areas) stay with the coordinator.
    static const QStringList keys = [] {
        QStringList out = ConsentScopes::minimalKeys();
        for (const QString &key : ConsentScopes::scopedKeys())
            if (key != QLatin1String("perpetrators"))
                out.append(key);
        return out;
    }();
    return keys;
}

} // namespace

std::optional<QStringList> RecipientProfiles::ceiling(const QString &purpose)
{
    if (purpose == QLatin1String("registration"))
        return registrationKeys();
    if (purpose == QLatin1String("placement"))
        return placementKeys();
    if (purpose == QLatin1String("care"))
        return careKeys();
    if (purpose == QLatin1String("police") || purpose == QLatin1String("other"))
        return std::nullopt;
    return ConsentScopes::minimalKeys();
}

bool RecipientProfiles::ageBandOnly(const QString &purpose)
{
    return purpose == QLatin1String("registration") || purpose == QLatin1String("placement");
}

QStringList RecipientProfiles::allowedKeys(const QStringList &scopes, const QString &purpose)
{
    const QStringList byScope = ConsentScopes::keysFor(scopes);
    const auto limit = ceiling(purpose);
    if (!limit)
        return byScope;
    QStringList out;
    for (const QString &key : byScope)
        if (limit->contains(key))
            out.append(key);
    return out;
}

QString RecipientProfiles::description(const QString &purpose)
{
    if (purpose == QLatin1String("registration"))
        return tr("At most: exploitation form, nationality, age band (never the birth date), gender, reporter type, region and "
                  "the date of the signal.");
    if (purpose == QLatin1String("placement"))
        return tr(
            "At most: the registration data plus needs, children, languages, residence status and the required security level.");
    if (purpose == QLatin1String("care"))
        return tr("At most: an intake and risk summary; the perpetrators' own details are never included.");
    if (purpose == QLatin1String("police"))
        return tr("Only what the consent names; in acute danger call 112 instead.");
    if (purpose == QLatin1String("other"))
        return tr("Only what the consent names.");
    return ConsentPurposes::label(purpose);
}

} // namespace vangnet
