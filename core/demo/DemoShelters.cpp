#include "demo/DemoShelters.h"

#include "shelters/ShelterCodes.h"
#include "shelters/ShelterJson.h"
#include "shelters/ShelterRepository.h"

namespace vangnet {
namespace {

// One fictional shelter. Lists are space-separated codes; asOf is days before today (-1: unknown).
struct DemoRow
{
    const char *id;
    const char *name;
    const char *type;
    int level;
    const char *confidentiality;
    const char *region;
    int capacity;
    int freeBeds;
    int asOf;
    const char *genders;
    int minAge;
    int maxAge;
    const char *statuses;
    bool children;
    bool pets;
    const char *languages;
    const char *specialisms;
    int maxStayDays;
    const char *address; // public/shielded only; invented
    const char *reference; // secret only; an opaque code
};

// Every type, S0..S4, public/shielded/secret, fresh/stale/unknown dates, full shelters, children,
// pets, residence-status limits and languages are represented.
const DemoRow kRows[] = {
    { "demo-cosm-01", "COSM De Vuurtoren", "cosm", 3, "secret", "Gelderland-Midden", 12, 3, 2, "female", 18, 120, "b8_reflection",
        true, false, "en ro bg", "sexual trauma", 90, "", "CM-7Q2-VT" },
    { "demo-cosm-02", "COSM Het Anker", "cosm", 3, "secret", "Brabant-Noord", 10, 1, 12, "female male", 18, 120, "b8_reflection",
        false, false, "en pl ro", "labour", 90, "", "CM-3K8-AN" },
    { "demo-cosm-03", "COSM Meerzicht", "cosm", 2, "shielded", "Fryslân", 8, 0, 1, "male", 18, 120, "b8_reflection", false, false,
        "en uk ru", "labour criminal", 90, "Postbus 1201, 8900 AA Leeuwarden (fictional)", "" },
    { "demo-cosm-04", "COSM Zuiderlicht", "cosm", 4, "secret", "Limburg-Zuid", 6, 2, 40, "female x", 18, 120, "b8_reflection",
        true, true, "en es pt", "sexual lgbtiq", 90, "", "CM-9P1-ZL" },
    { "demo-omm-01", "OMM De Linde", "omm", 2, "shielded", "Utrecht", 10, 2, 3, "female", 18, 65, "", false, false, "nl en",
        "lvb mental_health", 365, "Lindelaan 4, Utrecht (fictional)", "" },
    { "demo-omm-02", "OMM Kompas", "omm", 3, "secret", "IJsselland", 8, 1, 5, "female male x", 18, 120, "", false, false,
        "nl en ar", "addiction mental_health trauma", 365, "", "OM-22-KP" },
    { "demo-omm-03", "OMM Hof van Oost", "omm", 1, "public", "Twente", 6, 0, 2, "male", 18, 120, "nl eu", false, false, "nl",
        "lvb", 180, "Hofstraat 9, Enschede (fictional)", "" },
    { "demo-omm-04", "OMM Duinroos", "omm", 3, "secret", "Kennemerland", 7, 2, 35, "female", 18, 120, "", true, false, "nl en",
        "lvb addiction", 365, "", "OM-41-DR" },
    { "demo-lab-01", "Arbeidsbedden Polderhuis", "labour_beds", 1, "shielded", "Flevoland", 20, 6, 4, "male", 18, 120, "", false,
        false, "en pl ro bg", "labour", 60, "Polderweg 12, Lelystad (fictional)", "" },
    { "demo-lab-02", "Arbeidsbedden Havenkwartier", "labour_beds", 2, "shielded", "Rotterdam-Rijnmond", 14, 3, 9, "male female",
        18, 120, "", false, false, "en pl uk", "labour", 60, "Kadeweg 3, Rotterdam (fictional)", "" },
    { "demo-lab-03", "Arbeidsbedden Kempen", "labour_beds", 3, "secret", "Brabant-Zuidoost", 10, 2, 1, "male", 18, 120, "", false,
        false, "en ro hu", "labour criminal", 60, "", "LB-55-KM" },
    { "demo-vrh-01", "Vrouwenopvang Zonnehuis", "womens_shelter", 1, "public", "Groningen", 16, 4, 1, "female", 18, 120,
        "nl eu lawful_third_country b8_permit", true, false, "nl en", "sexual trauma", 180,
        "Zonnestraat 1, Groningen (fictional)", "" },
    { "demo-vrh-02", "Vrouwenopvang De Kade", "womens_shelter", 2, "shielded", "Amsterdam-Amstelland", 20, 0, 2, "female", 18,
        120, "", true, false, "nl en es", "sexual", 180, "Postbus 500, Amsterdam (fictional)", "" },
    { "demo-vrh-03", "Vrouwenopvang Bloesem", "womens_shelter", 3, "secret", "Zeeland", 12, 3, 6, "female", 18, 120, "", true,
        true, "nl en", "sexual pregnancy trauma", 365, "", "VO-81-BL" },
    { "demo-vrh-04", "Vrouwenopvang Noorderzon", "womens_shelter", 3, "secret", "Drenthe", 10, 2, 20, "female", 18, 120, "nl eu",
        true, false, "nl", "pregnancy", 365, "", "VO-14-NZ" },
    { "demo-vrh-05", "Vrouwenopvang Stadshaven", "womens_shelter", 4, "secret", "Haaglanden", 6, 1, 3, "female", 18, 120, "",
        true, false, "nl en ar", "sexual trauma", 365, "", "VO-99-SH" },
    { "demo-vrh-06", "Vrouwenopvang Maasoever", "womens_shelter", 2, "shielded", "Limburg-Noord", 12, 5, -1, "female", 18, 120,
        "", false, true, "nl de", "medical", 180, "Oeverlaan 7, Venlo (fictional)", "" },
    { "demo-mnh-01", "Mannenopvang De Brug", "mens_shelter", 1, "public", "Zuid-Holland-Zuid", 12, 4, 2, "male", 18, 120, "",
        false, false, "nl en", "labour", 180, "Brugweg 2, Dordrecht (fictional)", "" },
    { "demo-mnh-02", "Mannenopvang Noordkaap", "mens_shelter", 3, "secret", "Noord-Holland-Noord", 8, 2, 4, "male", 18, 120, "",
        false, true, "nl en pl", "criminal trauma", 180, "", "MO-27-NK" },
    { "demo-mnh-03", "Mannenopvang Graafschap", "mens_shelter", 2, "shielded", "Noord- en Oost-Gelderland", 6, 1, 15, "male", 18,
        120, "nl eu", false, false, "nl", "", 180, "Postbus 88, Doetinchem (fictional)", "" },
    { "demo-alg-01", "Algemene opvang Waterland", "general_shelter", 1, "public", "Zaanstreek-Waterland", 18, 5, 1,
        "female male x unknown", 18, 120, "", true, true, "nl en", "lgbtiq", 120, "Dijkweg 30, Zaandam (fictional)", "" },
    { "demo-alg-02", "Algemene opvang Heuvelrug", "general_shelter", 2, "shielded", "Gooi en Vechtstreek", 10, 2, 8,
        "female male x", 18, 120, "", false, false, "nl en", "mental_health", 120, "Postbus 12, Hilversum (fictional)", "" },
    { "demo-alg-03", "Algemene opvang Rivierenland", "general_shelter", 3, "secret", "Gelderland-Zuid", 9, 1, 3,
        "female male x unknown", 18, 120, "", true, false, "nl en tr", "trauma", 180, "", "AO-63-RL" },
    { "demo-alg-04", "Algemene opvang Leidse Poort", "general_shelter", 1, "public", "Hollands Midden", 8, 0, 0, "female male x",
        18, 120, "", false, false, "nl", "", 90, "Poortstraat 5, Leiden (fictional)", "" },
    { "demo-nood-01", "Noodbed Centrum Utrecht", "emergency_bed", 1, "shielded", "Utrecht", 4, 2, 0, "female male x unknown", 18,
        120, "", false, false, "nl en", "", 3, "Postbus 2000, Utrecht (fictional)", "" },
    { "demo-nood-02", "Noodbed Oost", "emergency_bed", 2, "shielded", "Twente", 3, 1, 1, "female male x unknown", 18, 120, "",
        true, true, "nl en de", "", 3, "Postbus 77, Hengelo (fictional)", "" },
    { "demo-nood-03", "Noodbed Zuidwest", "emergency_bed", 3, "secret", "Midden- en West-Brabant", 2, 1, 9,
        "female male x unknown", 18, 120, "", false, false, "nl en fr", "", 3, "", "NB-08-ZW" },
    { "demo-jo-01", "Jeugdhuis De Wilgen", "youth_open", 1, "shielded", "Hollands Midden", 10, 3, 2, "male x", 12, 17, "", false,
        false, "nl en", "trauma", 365, "Wilgenlaan 3, Gouda (fictional)", "" },
    { "demo-jo-02", "Jeugdhuis Kustlicht", "youth_open", 2, "shielded", "Zeeland", 8, 1, 11, "female male x", 12, 17, "", false,
        false, "nl", "", 365, "Postbus 40, Middelburg (fictional)", "" },
    { "demo-jm-01", "Meidengroep Lente", "youth_girls_group", 2, "shielded", "Midden- en West-Brabant", 8, 2, 3, "female", 12, 17,
        "", false, false, "nl en", "sexual trauma", 365, "Postbus 303, Breda (fictional)", "" },
    { "demo-jm-02", "Meidengroep Zilverberk", "youth_girls_group", 3, "secret", "Groningen", 6, 1, 5, "female", 12, 17, "", true,
        false, "nl en ar", "sexual pregnancy", 365, "", "MG-19-ZB" },
    { "demo-jm-03", "Meidengroep Heide", "youth_girls_group", 4, "secret", "Drenthe", 5, 0, 2, "female", 12, 17, "", false, false,
        "nl", "sexual", 365, "", "MG-33-HD" },
    { "demo-jg-01", "Gesloten jeugdzorg De Horst", "youth_secure", 3, "secret", "Gelderland-Midden", 12, 2, 4, "female male x",
        12, 17, "", false, false, "nl en", "criminal trauma", 365, "", "JG-45-DH" },
    { "demo-jg-02", "Gesloten jeugdzorg Kasteelhof", "youth_secure", 4, "secret", "Limburg-Zuid", 8, 1, 31, "female male", 12, 17,
        "", false, false, "nl en", "sexual", 365, "", "JG-72-KH" },
    { "demo-bam-01", "Beschermde opvang Nieuwe Haven", "protected_minors", 3, "secret", "Haaglanden", 10, 2, 1, "female male x",
        12, 17, "asylum undocumented b8_reflection", false, false, "en fr ar ti", "trauma", 365, "", "BA-11-NH" },
    { "demo-bam-02", "Beschermde opvang Vlinder", "protected_minors", 4, "secret", "Fryslân", 6, 1, 6, "female", 12, 17, "",
        false, false, "en vi zh", "sexual", 365, "", "BA-64-VL" },
    { "demo-bam-03", "Beschermde opvang Eikenhof", "protected_minors", 2, "shielded", "Brabant-Noord", 8, 0, 3, "male", 12, 17,
        "", false, false, "en ar so", "labour criminal", 365, "Postbus 5, Den Bosch (fictional)", "" },
    { "demo-sh-01", "Safe house Noord", "safe_house", 4, "secret", "Groningen", 3, 1, 2, "female male x unknown", 18, 120, "",
        true, false, "nl en", "", 90, "", "SH-N-01" },
    { "demo-sh-02", "Safe house Zuid", "safe_house", 4, "secret", "Limburg-Noord", 3, 1, 14, "female male x unknown", 18, 120, "",
        true, true, "nl en ro", "", 90, "", "SH-Z-02" },
    { "demo-sh-03", "Safe house Randstad", "safe_house", 4, "secret", "Utrecht", 2, 0, 1, "female male x unknown", 18, 120, "",
        false, false, "nl en", "", 90, "", "SH-R-03" },
    { "demo-amb-01", "Ambulant steunpunt Flevoland", "general_shelter", 0, "public", "Flevoland", 5, 5, 1,
        "female male x unknown", 18, 120, "", true, true, "nl en", "", 0, "Stationsplein 1, Almere (fictional)", "" },
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

Status seedDemoShelters(Database &db, const QDate &today)
{
    QVector<ShelterInput> shelters;
    for (const DemoRow &row : kRows) {
        ShelterInput in;
        Shelter &s = in.shelter;
        s.id = QString::fromLatin1(row.id);
        s.name = QString::fromUtf8(row.name);
        s.type = QString::fromLatin1(row.type);
        s.securityLevel = row.level;
        s.addressConfidentiality = QString::fromLatin1(row.confidentiality);
        s.region = QString::fromUtf8(row.region);
        s.placingAuthority = s.type == QLatin1String("cosm") ? QStringLiteral("comensha")
            : s.type == QLatin1String("protected_minors")    ? QStringLiteral("nidos")
            : s.type == QLatin1String("safe_house")          ? QStringLiteral("police")
            : ShelterCodes::isYouthTrack(s.type)             ? QStringLiteral("youth_care")
                                                             : QStringLiteral("direct");
        s.capacity = row.capacity;
        s.freeBeds = row.freeBeds;
        s.availabilityAsOf = row.asOf < 0 ? QDate() : today.addDays(-row.asOf);
        s.genders = words(row.genders);
        s.minAge = row.minAge;
        s.maxAge = row.maxAge;
        s.residenceStatuses = words(row.statuses);
        s.acceptsChildren = row.children;
        s.acceptsPets = row.pets;
        s.languages = words(row.languages);
        s.specialisms = words(row.specialisms);
        s.maxStayDays = row.maxStayDays;
        s.address = QString::fromUtf8(row.address);
        s.reference = QString::fromLatin1(row.reference);
        in.hasAddress = true;
        in.hasReference = true;
        shelters.append(in);
    }
    auto stored = ShelterRepository(db).importAll(shelters);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace vangnet
