#include "SyntheticCases.h"

#include "domain/Codes.h"

namespace vangnet::bench {
namespace {

const QStringList &givenNames()
{
    static const QStringList names = {
        QStringLiteral("Özlem"),
        QStringLiteral("Łukasz"),
        QStringLiteral("Ana"),
        QStringLiteral("Ioana"),
        QStringLiteral("Grace"),
        QStringLiteral("Mihai"),
        QStringLiteral("Blessing"),
        QStringLiteral("Yara"),
        QStringLiteral("Dmytro"),
        QStringLiteral("Sofía"),
        QStringLiteral("Thi Lan"),
        QStringLiteral("Emeka"),
        QStringLiteral("Agnieszka"),
        QStringLiteral("Jamal"),
        QStringLiteral("Eszter"),
        QStringLiteral("Nadia"),
        QStringLiteral("Chidi"),
        QStringLiteral("Marta"),
        QStringLiteral("Tomasz"),
        QStringLiteral("Aylin"),
    };
    return names;
}

template<typename T> const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(int(list.size()))));
}

} // namespace

const QStringList &SyntheticCases::familyNames()
{
    static const QStringList names = {
        QStringLiteral("Kowalczyk"),
        QStringLiteral("Popescu"),
        QStringLiteral("Nguyễn"),
        QStringLiteral("Okafor"),
        QStringLiteral("Şahin"),
        QStringLiteral("Dąbrowski"),
        QStringLiteral("Horváth"),
        QStringLiteral("Kovalenko"),
        QStringLiteral("García"),
        QStringLiteral("Mensah"),
        QStringLiteral("Yılmaz"),
        QStringLiteral("Novák"),
        QStringLiteral("Ionescu"),
        QStringLiteral("Adeyemi"),
        QStringLiteral("Petrović"),
        QStringLiteral("Müller"),
        QStringLiteral("Eze"),
        QStringLiteral("Bălan"),
        QStringLiteral("Szabó"),
        QStringLiteral("Wiśniewska"),
    };
    return names;
}

const QStringList &SyntheticCases::noteWords()
{
    static const QStringList words = {
        QStringLiteral("intake"),
        QStringLiteral("interpreter"),
        QStringLiteral("shelter"),
        QStringLiteral("police"),
        QStringLiteral("lawyer"),
        QStringLiteral("benefits"),
        QStringLiteral("insurance"),
        QStringLiteral("municipality"),
        QStringLiteral("appointment"),
        QStringLiteral("reflection"),
        QStringLiteral("statement"),
        QStringLiteral("doctor"),
        QStringLiteral("warehouse"),
        QStringLiteral("agency"),
        QStringLiteral("debt"),
        QStringLiteral("passport"),
        QStringLiteral("telephone"),
        QStringLiteral("safety"),
        QStringLiteral("visit"),
        QStringLiteral("transport"),
        QStringLiteral("greenhouse"),
        QStringLiteral("salon"),
        QStringLiteral("kitchen"),
        QStringLiteral("contract"),
    };
    return words;
}

const QStringList &SyntheticCases::regions()
{
    static const QStringList list = {
        QStringLiteral("Amsterdam-Amstelland"),
        QStringLiteral("Rotterdam-Rijnmond"),
        QStringLiteral("Haaglanden"),
        QStringLiteral("Utrecht"),
        QStringLiteral("Gelderland-Zuid"),
        QStringLiteral("Brabant-Noord"),
        QStringLiteral("Limburg-Zuid"),
        QStringLiteral("Groningen"),
        QStringLiteral("Fryslân"),
        QStringLiteral("Twente"),
        QStringLiteral("Zeeland"),
        QStringLiteral("Flevoland"),
    };
    return list;
}

QString SyntheticCases::note()
{
    QString text;
    while (text.size() < 1000) {
        text += pick(m_rng, noteWords()) + QLatin1Char(' ');
        if (m_rng.bounded(8) == 0)
            text += QStringLiteral("(fictional) ");
    }
    return text.trimmed();
}

Case SyntheticCases::next(int index)
{
    Case c;
    c.givenName = pick(m_rng, givenNames());
    c.familyName = pick(m_rng, familyNames());
    if (m_rng.bounded(4) == 0)
        c.aliases = { pick(m_rng, givenNames()) + QStringLiteral(" ") + QString::number(index % 97) };
    c.birthDate = QDate(1975 + int(m_rng.bounded(33)), 1 + int(m_rng.bounded(12)), 1 + int(m_rng.bounded(28)));
    c.gender = pick(
        m_rng, QStringList { QStringLiteral("female"), QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("x") });
    c.nationality = pick(m_rng,
        QStringList { QStringLiteral("RO"), QStringLiteral("PL"), QStringLiteral("NG"), QStringLiteral("NL"),
            QStringLiteral("UA"), QStringLiteral("VN"), QStringLiteral("BG"), QStringLiteral("HU") });
    c.languages = { pick(m_rng,
        QStringList { QStringLiteral("ro"), QStringLiteral("pl"), QStringLiteral("en"), QStringLiteral("uk"),
            QStringLiteral("vi"), QStringLiteral("nl") }) };
    c.residenceStatus = pick(m_rng, Codes::all(CodeKind::ResidenceStatus));
    c.exploitationForms
        = { pick(m_rng, QStringList { QStringLiteral("sexual"), QStringLiteral("labour"), QStringLiteral("criminal") }) };
    c.exploitationRegion = pick(m_rng, regions());
    c.region = pick(m_rng, regions());
    c.coordinator = QStringLiteral("coordinator-%1").arg(index % 27);
    c.reporterType = pick(m_rng, Codes::all(CodeKind::ReporterType));
    c.policeStatus = pick(m_rng, Codes::all(CodeKind::PoliceStatus));
    c.dossierType = pick(m_rng, Codes::all(CodeKind::DossierType));
    const QStringList openPhases = { QStringLiteral("signal"), QStringLiteral("intake"), QStringLiteral("reflection"),
        QStringLiteral("placement"), QStringLiteral("trajectory"), QStringLiteral("aftercare") };
    c.phase = pick(m_rng, openPhases);
    if (c.phase == QLatin1String("reflection") || m_rng.bounded(5) == 0) {
        c.reflectionStart = QDate::currentDate().addDays(-int(m_rng.bounded(80)));
        c.reflectionEnd = c.reflectionStart.addMonths(3).addDays(-1);
    }
    c.threat.code = pick(m_rng, QStringList { QStringLiteral("green"), QStringLiteral("orange"), QStringLiteral("red") });
    c.threat.reviewDate = QDate::currentDate().addDays(int(m_rng.bounded(120)) - 30);
    if (m_rng.bounded(3) == 0)
        c.perpetrators.append(Perpetrator { QStringLiteral("Perp-%1").arg(index % 500), QStringLiteral("network"),
            { pick(m_rng, regions()) }, m_rng.bounded(4) == 0, m_rng.bounded(5) == 0 });
    c.tasks.append(CaseTask { QStringLiteral("health_insurance"), QDate::currentDate().addDays(int(m_rng.bounded(60)) - 20),
        c.coordinator, m_rng.bounded(2) == 0 });
    for (int n = 0; n < 3; ++n)
        c.notes.append(CaseNote { 0, {}, {}, note() });
    return c;
}

} // namespace vangnet::bench
