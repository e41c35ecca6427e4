#include "domain/Codes.h"

#include "i18n/IsoNames.h"

#include <QHash>
#include <QLocale>

#include <vector>

namespace vangnet {
namespace {

struct CodeEntry
{
    const char *code;
    const char *label; // QT_TRANSLATE_NOOP("Codes", ...)
};

using CodeTable = std::vector<CodeEntry>;

const CodeTable &table(CodeKind kind)
{
    static const CodeTable gender = {
        { "female", QT_TRANSLATE_NOOP("Codes", "Female") },
        { "male", QT_TRANSLATE_NOOP("Codes", "Male") },
        { "x", QT_TRANSLATE_NOOP("Codes", "X (non-binary)") },
        { "unknown", QT_TRANSLATE_NOOP("Codes", "Unknown") },
    };
    static const CodeTable ageBand = {
        { "0_11", QT_TRANSLATE_NOOP("Codes", "0 to 11 years") },
        { "12_15", QT_TRANSLATE_NOOP("Codes", "12 to 15 years") },
        { "16_17", QT_TRANSLATE_NOOP("Codes", "16 or 17 years") },
        { "18_22", QT_TRANSLATE_NOOP("Codes", "18 to 22 years") },
        { "23_29", QT_TRANSLATE_NOOP("Codes", "23 to 29 years") },
        { "30_39", QT_TRANSLATE_NOOP("Codes", "30 to 39 years") },
        { "40_49", QT_TRANSLATE_NOOP("Codes", "40 to 49 years") },
        { "50_64", QT_TRANSLATE_NOOP("Codes", "50 to 64 years") },
        { "65_plus", QT_TRANSLATE_NOOP("Codes", "65 years or older") },
        { "unknown", QT_TRANSLATE_NOOP("Codes", "Unknown") },
    };
    static const CodeTable legalRepresentative = {
        { "parent", QT_TRANSLATE_NOOP("Codes", "Parent") },
        { "guardian", QT_TRANSLATE_NOOP("Codes", "Guardian") },
        { "nidos", QT_TRANSLATE_NOOP("Codes", "Nidos (guardianship for unaccompanied minors)") },
    };
    static const CodeTable residenceStatus = {
        { "nl", QT_TRANSLATE_NOOP("Codes", "Dutch") },
        { "eu", QT_TRANSLATE_NOOP("Codes", "EU citizen") },
        { "lawful_third_country", QT_TRANSLATE_NOOP("Codes", "Lawful residence (third country)") },
        { "asylum", QT_TRANSLATE_NOOP("Codes", "Asylum procedure") },
        { "undocumented", QT_TRANSLATE_NOOP("Codes", "Undocumented") },
        { "b8_reflection", QT_TRANSLATE_NOOP("Codes", "B8 reflection period") },
        { "b8_permit", QT_TRANSLATE_NOOP("Codes", "B8 residence permit") },
        { "humanitarian_permanent", QT_TRANSLATE_NOOP("Codes", "Humanitarian permanent permit") },
        { "unknown", QT_TRANSLATE_NOOP("Codes", "Unknown") },
    };
    static const CodeTable exploitationForm = {
        { "sexual", QT_TRANSLATE_NOOP("Codes", "Sexual exploitation") },
        { "labour", QT_TRANSLATE_NOOP("Codes", "Labour exploitation") },
        { "criminal", QT_TRANSLATE_NOOP("Codes", "Forced criminality") },
        { "organ_removal", QT_TRANSLATE_NOOP("Codes", "Organ removal") },
        { "unknown", QT_TRANSLATE_NOOP("Codes", "Unknown") },
    };
    static const CodeTable reporterType = {
        { "police", QT_TRANSLATE_NOOP("Codes", "Police") },
        { "kmar", QT_TRANSLATE_NOOP("Codes", "Royal Marechaussee (KMar)") },
        { "labour_inspectorate", QT_TRANSLATE_NOOP("Codes", "Labour Inspectorate") },
        { "care_coordination", QT_TRANSLATE_NOOP("Codes", "Care coordination") },
        { "fairwork", QT_TRANSLATE_NOOP("Codes", "FairWork") },
        { "other", QT_TRANSLATE_NOOP("Codes", "Other") },
    };
    static const CodeTable policeStatus = {
        { "none", QT_TRANSLATE_NOOP("Codes", "No contact with the police") },
        { "informative_talk", QT_TRANSLATE_NOOP("Codes", "Informative talk") },
        { "reflection_offered", QT_TRANSLATE_NOOP("Codes", "Reflection period offered") },
        { "report_filed", QT_TRANSLATE_NOOP("Codes", "Report filed") },
        { "other_cooperation", QT_TRANSLATE_NOOP("Codes", "Other cooperation") },
        { "not_possible_threat_or_medical", QT_TRANSLATE_NOOP("Codes", "Not possible (threat or medical)") },
    };
    static const CodeTable dossierType = {
        { "registration", QT_TRANSLATE_NOOP("Codes", "Registration") },
        { "registration_shelter", QT_TRANSLATE_NOOP("Codes", "Registration and shelter") },
        { "registration_advice", QT_TRANSLATE_NOOP("Codes", "Registration and advice") },
    };
    static const CodeTable need = {
        { "lvb", QT_TRANSLATE_NOOP("Codes", "Learning disability (LVB)") },
        { "mental_health", QT_TRANSLATE_NOOP("Codes", "Mental health") },
        { "addiction", QT_TRANSLATE_NOOP("Codes", "Addiction") },
        { "medical", QT_TRANSLATE_NOOP("Codes", "Medical") },
        { "pregnancy", QT_TRANSLATE_NOOP("Codes", "Pregnancy") },
    };
    static const CodeTable relation = {
        { "partner", QT_TRANSLATE_NOOP("Codes", "Partner") },
        { "family", QT_TRANSLATE_NOOP("Codes", "Family") },
        { "employer", QT_TRANSLATE_NOOP("Codes", "Employer") },
        { "network", QT_TRANSLATE_NOOP("Codes", "Network") },
    };
    static const CodeTable threatCode = {
        { "green", QT_TRANSLATE_NOOP("Codes", "Green") },
        { "orange", QT_TRANSLATE_NOOP("Codes", "Orange") },
        { "red", QT_TRANSLATE_NOOP("Codes", "Red") },
    };
    static const CodeTable taskKind = {
        { "municipal_registration", QT_TRANSLATE_NOOP("Codes", "Municipal registration") },
        { "health_insurance", QT_TRANSLATE_NOOP("Codes", "Health insurance") },
        { "benefits", QT_TRANSLATE_NOOP("Codes", "Benefits") },
        { "residence_permit", QT_TRANSLATE_NOOP("Codes", "Residence permit") },
        { "lawyer", QT_TRANSLATE_NOOP("Codes", "Lawyer") },
        { "victim_support", QT_TRANSLATE_NOOP("Codes", "Victim support") },
        { "compensation", QT_TRANSLATE_NOOP("Codes", "Compensation") },
        { "aftercare_contact", QT_TRANSLATE_NOOP("Codes", "Aftercare contact") },
        { "other", QT_TRANSLATE_NOOP("Codes", "Other") },
    };
    static const CodeTable phase = {
        { "signal", QT_TRANSLATE_NOOP("Codes", "Signal") },
        { "intake", QT_TRANSLATE_NOOP("Codes", "Intake") },
        { "reflection", QT_TRANSLATE_NOOP("Codes", "Reflection period") },
        { "placement", QT_TRANSLATE_NOOP("Codes", "Placement") },
        { "trajectory", QT_TRANSLATE_NOOP("Codes", "Trajectory") },
        { "aftercare", QT_TRANSLATE_NOOP("Codes", "Aftercare") },
        { "closed", QT_TRANSLATE_NOOP("Codes", "Closed") },
    };
    static const CodeTable empty;
    switch (kind) {
    case CodeKind::Gender:
        return gender;
    case CodeKind::AgeBand:
        return ageBand;
    case CodeKind::LegalRepresentative:
        return legalRepresentative;
    case CodeKind::ResidenceStatus:
        return residenceStatus;
    case CodeKind::ExploitationForm:
        return exploitationForm;
    case CodeKind::ReporterType:
        return reporterType;
    case CodeKind::PoliceStatus:
        return policeStatus;
    case CodeKind::DossierType:
        return dossierType;
    case CodeKind::Need:
        return need;
    case CodeKind::PerpetratorRelation:
        return relation;
    case CodeKind::ThreatCode:
        return threatCode;
    case CodeKind::TaskKind:
        return taskKind;
    case CodeKind::Phase:
        return phase;
    case CodeKind::Country:
    case CodeKind::Language:
        break;
    }
    return empty;
}

QStringList countryCodes()
{
    QStringList out;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(t));
        if (code.size() == 2 && code.at(0).isLetter())
            out.append(code);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList languageCodes()
{
    QStringList out;
    for (int l = 2; l <= int(QLocale::LastLanguage); ++l) {
        const QString code = QLocale::languageToCode(QLocale::Language(l), QLocale::ISO639Part1);
        if (code.size() == 2)
            out.append(code);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

const QStringList &Codes::all(CodeKind kind)
{
    // Read-only after its first use: the case list's worker thread reads it too.
    static const QHash<int, QStringList> cache = [] {
        QHash<int, QStringList> h;
        for (int k = 0; k <= int(CodeKind::Language); ++k) {
            QStringList codes;
            for (const CodeEntry &e : table(CodeKind(k)))
                codes.append(QString::fromLatin1(e.code));
            h.insert(k, codes);
        }
        h.insert(int(CodeKind::Country), countryCodes());
        h.insert(int(CodeKind::Language), languageCodes());
        return h;
    }();
    static const QStringList none;
    const auto found = cache.constFind(int(kind));
    return found == cache.cend() ? none : found.value();
}

bool Codes::isValid(CodeKind kind, const QString &code)
{
    return all(kind).contains(code);
}

QString Codes::label(CodeKind kind, const QString &code)
{
    if (kind == CodeKind::Country) {
        if (const QString name = IsoNames::country(code); !name.isEmpty())
            return name;
        const QLocale::Territory t = QLocale::codeToTerritory(code);
        return t == QLocale::AnyTerritory ? code : QLocale::territoryToString(t);
    }
    if (kind == CodeKind::Language) {
        if (const QString name = IsoNames::language(code); !name.isEmpty())
            return name;
        const QLocale::Language l = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
        return l == QLocale::AnyLanguage ? code : QLocale::languageToString(l);
    }
    const QByteArray latin = code.toLatin1();
    for (const CodeEntry &e : table(kind))
        if (latin == e.code)
            return QCoreApplication::translate("Codes", e.label);
    return code;
}

QString Codes::allowedText(CodeKind kind)
{
    if (kind == CodeKind::Country)
        return tr("a two-letter ISO 3166-1 country code such as NL");
    if (kind == CodeKind::Language)
        return tr("a two-letter ISO 639-1 language code such as nl");
    return all(kind).join(QStringLiteral(", "));
}

} // namespace vangnet
