#include "shelters/ShelterCodes.h"

#include <vector>

namespace vangnet {
namespace {

struct CodeEntry
{
    const char *code;
    const char *label; // QT_TRANSLATE_NOOP("ShelterCodes", ...)
};

using CodeTable = std::vector<CodeEntry>;

const CodeTable &table(ShelterCodeKind kind)
{
    static const CodeTable shelterType = {
        { "cosm", QT_TRANSLATE_NOOP("ShelterCodes", "COSM (categorial shelter, placed by CoMensha)") },
        { "omm", QT_TRANSLATE_NOOP("ShelterCodes", "OMM (multi-problem shelter)") },
        { "labour_beds", QT_TRANSLATE_NOOP("ShelterCodes", "Beds for victims of labour exploitation") },
        { "womens_shelter", QT_TRANSLATE_NOOP("ShelterCodes", "Women's shelter") },
        { "mens_shelter", QT_TRANSLATE_NOOP("ShelterCodes", "Men's shelter") },
        { "general_shelter", QT_TRANSLATE_NOOP("ShelterCodes", "General shelter") },
        { "emergency_bed", QT_TRANSLATE_NOOP("ShelterCodes", "Emergency bed (about three nights)") },
        { "youth_open", QT_TRANSLATE_NOOP("ShelterCodes", "Youth care, open group") },
        { "youth_girls_group", QT_TRANSLATE_NOOP("ShelterCodes", "Youth care, girls-only group") },
        { "youth_secure", QT_TRANSLATE_NOOP("ShelterCodes", "Secure youth care (judge's authorisation)") },
        { "protected_minors", QT_TRANSLATE_NOOP("ShelterCodes", "Protected shelter for unaccompanied minors") },
        { "safe_house", QT_TRANSLATE_NOOP("ShelterCodes", "Safe house") },
    };
    static const CodeTable confidentiality = {
        { "public", QT_TRANSLATE_NOOP("ShelterCodes", "Public address") },
        { "shielded", QT_TRANSLATE_NOOP("ShelterCodes", "Shielded address (not published)") },
        { "secret", QT_TRANSLATE_NOOP("ShelterCodes", "Secret address (opaque reference only)") },
    };
    static const CodeTable authority = {
        { "direct", QT_TRANSLATE_NOOP("ShelterCodes", "Directly by the care coordinator") },
        { "comensha", QT_TRANSLATE_NOOP("ShelterCodes", "Only through CoMensha") },
        { "nidos", QT_TRANSLATE_NOOP("ShelterCodes", "Through Nidos (guardianship)") },
        { "youth_care", QT_TRANSLATE_NOOP("ShelterCodes", "Through the youth-care referral") },
        { "police", QT_TRANSLATE_NOOP("ShelterCodes", "Police decide") },
    };
    static const CodeTable specialism = {
        { "lvb", QT_TRANSLATE_NOOP("ShelterCodes", "Learning disability (LVB)") },
        { "mental_health", QT_TRANSLATE_NOOP("ShelterCodes", "Mental health") },
        { "addiction", QT_TRANSLATE_NOOP("ShelterCodes", "Addiction") },
        { "medical", QT_TRANSLATE_NOOP("ShelterCodes", "Medical care") },
        { "pregnancy", QT_TRANSLATE_NOOP("ShelterCodes", "Pregnancy and young mothers") },
        { "trauma", QT_TRANSLATE_NOOP("ShelterCodes", "Trauma care") },
        { "sexual", QT_TRANSLATE_NOOP("ShelterCodes", "Sexual exploitation") },
        { "labour", QT_TRANSLATE_NOOP("ShelterCodes", "Labour exploitation") },
        { "criminal", QT_TRANSLATE_NOOP("ShelterCodes", "Forced criminality") },
        { "lgbtiq", QT_TRANSLATE_NOOP("ShelterCodes", "LGBTIQ+ victims") },
    };
    static const CodeTable status = {
        { "requested", QT_TRANSLATE_NOOP("ShelterCodes", "Requested") },
        { "bed_held", QT_TRANSLATE_NOOP("ShelterCodes", "Bed held") },
        { "placed", QT_TRANSLATE_NOOP("ShelterCodes", "Placed") },
        { "wait_list", QT_TRANSLATE_NOOP("ShelterCodes", "Wait list") },
        { "refused", QT_TRANSLATE_NOOP("ShelterCodes", "Refused") },
        { "ended", QT_TRANSLATE_NOOP("ShelterCodes", "Ended") },
        { "expired", QT_TRANSLATE_NOOP("ShelterCodes", "Hold expired") },
    };
    switch (kind) {
    case ShelterCodeKind::ShelterType:
        return shelterType;
    case ShelterCodeKind::AddressConfidentiality:
        return confidentiality;
    case ShelterCodeKind::PlacingAuthority:
        return authority;
    case ShelterCodeKind::Specialism:
        return specialism;
    case ShelterCodeKind::PlacementStatus:
        return status;
    }
    return shelterType;
}

} // namespace

const QStringList &ShelterCodes::all(ShelterCodeKind kind)
{
    static const auto build = [](ShelterCodeKind k) {
        QStringList out;
        for (const CodeEntry &e : table(k))
            out.append(QString::fromLatin1(e.code));
        return out;
    };
    static const QStringList types = build(ShelterCodeKind::ShelterType);
    static const QStringList confidentiality = build(ShelterCodeKind::AddressConfidentiality);
    static const QStringList authority = build(ShelterCodeKind::PlacingAuthority);
    static const QStringList specialism = build(ShelterCodeKind::Specialism);
    static const QStringList status = build(ShelterCodeKind::PlacementStatus);
    switch (kind) {
    case ShelterCodeKind::ShelterType:
        return types;
    case ShelterCodeKind::AddressConfidentiality:
        return confidentiality;
    case ShelterCodeKind::PlacingAuthority:
        return authority;
    case ShelterCodeKind::Specialism:
        return specialism;
    case ShelterCodeKind::PlacementStatus:
        return status;
    }
    return types;
}

bool ShelterCodes::isValid(ShelterCodeKind kind, const QString &code)
{
    return all(kind).contains(code);
}

QString ShelterCodes::label(ShelterCodeKind kind, const QString &code)
{
    for (const CodeEntry &e : table(kind))
        if (code == QLatin1String(e.code))
            return tr(e.label);
    return code;
}

QString ShelterCodes::allowedText(ShelterCodeKind kind)
{
    return all(kind).join(QStringLiteral(", "));
}

bool ShelterCodes::isYouthTrack(const QString &shelterType)
{
    return shelterType == QLatin1String("youth_open") || shelterType == QLatin1String("youth_girls_group")
        || shelterType == QLatin1String("youth_secure") || shelterType == QLatin1String("protected_minors");
}

bool ShelterCodes::isRegularShelter(const QString &shelterType)
{
    return shelterType == QLatin1String("womens_shelter") || shelterType == QLatin1String("mens_shelter")
        || shelterType == QLatin1String("general_shelter");
}

QString ShelterCodes::levelCode(int level)
{
    return QStringLiteral("S%1").arg(level);
}

std::optional<int> ShelterCodes::parseLevel(const QString &code)
{
    // Exactly as documented: "S2", not "s2" or " S2".
    const QString &c = code;
    if (c.size() != 2 || c.at(0) != QLatin1Char('S'))
        return std::nullopt;
    const int level = c.at(1).digitValue();
    if (level < kLowestLevel || level > kHighestLevel)
        return std::nullopt;
    return level;
}

QString ShelterCodes::levelLabel(int level)
{
    switch (level) {
    case 0:
        return tr("S0 – outpatient help, own home, safety plan");
    case 1:
        return tr("S1 – open shelter, address known");
    case 2:
        return tr("S2 – shielded address, access control");
    case 3:
        return tr("S3 – secret address outside the region");
    case 4:
        return tr("S4 – hiding address or police protection");
    default:
        break;
    }
    return levelCode(level);
}

} // namespace vangnet
