#include "SyntheticCases.h"

#include "cases/TextFolding.h"
#include "domain/Codes.h"

#include <QSet>

#include <algorithm>

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

const QStringList &SyntheticCases::functionWords()
{
    static const QStringList words = {
        QStringLiteral("de"),
        QStringLiteral("het"),
        QStringLiteral("een"),
        QStringLiteral("en"),
        QStringLiteral("van"),
        QStringLiteral("in"),
        QStringLiteral("op"),
        QStringLiteral("met"),
        QStringLiteral("is"),
        QStringLiteral("te"),
        QStringLiteral("dat"),
        QStringLiteral("voor"),
        QStringLiteral("niet"),
        QStringLiteral("zij"),
        QStringLiteral("er"),
        QStringLiteral("aan"),
        QStringLiteral("bij"),
        QStringLiteral("om"),
        QStringLiteral("ook"),
        QStringLiteral("naar"),
        QStringLiteral("heeft"),
        QStringLiteral("wordt"),
        QStringLiteral("nog"),
        QStringLiteral("maar"),
        QStringLiteral("the"),
        QStringLiteral("and"),
        QStringLiteral("of"),
        QStringLiteral("to"),
        QStringLiteral("was"),
        QStringLiteral("with"),
        QStringLiteral("for"),
        QStringLiteral("on"),
        QStringLiteral("at"),
        QStringLiteral("she"),
        QStringLiteral("her"),
        QStringLiteral("they"),
        QStringLiteral("has"),
        QStringLiteral("not"),
        QStringLiteral("from"),
        QStringLiteral("about"),
    };
    return words;
}

const QStringList &SyntheticCases::contentWords()
{
    // Syllables of a Dutch/English-like sound; the words are fictional but tokenise and fold like
    // real ones. A separate fixed seed keeps the vocabulary the same whatever the case seed.
    static const QStringList words = [] {
        const QStringList onsets = { QString(), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("f"),
            QStringLiteral("g"), QStringLiteral("h"), QStringLiteral("k"), QStringLiteral("l"), QStringLiteral("m"),
            QStringLiteral("n"), QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("s"), QStringLiteral("t"),
            QStringLiteral("v"), QStringLiteral("w"), QStringLiteral("z"), QStringLiteral("br"), QStringLiteral("dr"),
            QStringLiteral("gr"), QStringLiteral("kr"), QStringLiteral("kl"), QStringLiteral("pl"), QStringLiteral("sl"),
            QStringLiteral("sp"), QStringLiteral("st"), QStringLiteral("tr"), QStringLiteral("sch"), QStringLiteral("bl"),
            QStringLiteral("fl"), QStringLiteral("vr"), QStringLiteral("zw"), QStringLiteral("str"), QStringLiteral("sn") };
        const QStringList vowels
            = { QStringLiteral("a"), QStringLiteral("e"), QStringLiteral("i"), QStringLiteral("o"), QStringLiteral("u"),
                  QStringLiteral("aa"), QStringLiteral("ee"), QStringLiteral("oo"), QStringLiteral("ie"), QStringLiteral("oe"),
                  QStringLiteral("ui"), QStringLiteral("ij"), QStringLiteral("ou"), QStringLiteral("ei"), QStringLiteral("au") };
        const QStringList codas = { QString(), QString(), QStringLiteral("n"), QStringLiteral("r"), QStringLiteral("s"),
            QStringLiteral("t"), QStringLiteral("k"), QStringLiteral("l"), QStringLiteral("m"), QStringLiteral("nd"),
            QStringLiteral("rt"), QStringLiteral("st"), QStringLiteral("ng"), QStringLiteral("ns"), QStringLiteral("ld"),
            QStringLiteral("rk"), QStringLiteral("cht"), QStringLiteral("ft"), QStringLiteral("ts") };
        // Name searches in the benchmark use the first five letters of a family name: no content
        // word starts like one, so the name workload measures names.
        QStringList namePrefixes;
        for (const QString &name : familyNames())
            namePrefixes.append(TextFolding::fold(name).left(5));
        QRandomGenerator rng(4711);
        QSet<QString> seen(functionWords().cbegin(), functionWords().cend());
        seen.insert(QStringLiteral("fictional"));
        QStringList out;
        while (out.size() < 4000) {
            const quint32 roll = rng.bounded(20);
            const int syllables = roll < 3 ? 1 : roll < 13 ? 2 : 3;
            QString word;
            for (int i = 0; i < syllables; ++i)
                word += pick(rng, onsets) + pick(rng, vowels) + pick(rng, codas);
            if (word.size() < 4 || word.size() > 14 || seen.contains(word))
                continue;
            if (std::any_of(namePrefixes.cbegin(), namePrefixes.cend(), [&](const QString &p) { return word.startsWith(p); }))
                continue;
            seen.insert(word);
            out.append(word);
        }
        return out;
    }();
    return words;
}

namespace {

// Cumulative Zipf weights (1/k) over n ranks, normalised to 1.
QVector<double> zipf(qsizetype n)
{
    QVector<double> cumulative(n);
    double sum = 0;
    for (qsizetype k = 0; k < n; ++k)
        cumulative[k] = (sum += 1.0 / double(k + 1));
    for (double &c : cumulative)
        c /= sum;
    return cumulative;
}

const QString &drawZipf(QRandomGenerator &rng, const QStringList &words, const QVector<double> &cumulative)
{
    const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), rng.generateDouble());
    return words.at(std::min<qsizetype>(it - cumulative.cbegin(), words.size() - 1));
}

} // namespace

QString SyntheticCases::note()
{
    static const QVector<double> functionWeights = zipf(functionWords().size());
    static const QVector<double> contentWeights = zipf(contentWords().size());
    QString text = QStringLiteral("(fictional)");
    int sentence = 0;
    while (text.size() < 1000) {
        const bool function = m_rng.bounded(10) < 4; // function words: ~40% of running text
        QString word
            = function ? drawZipf(m_rng, functionWords(), functionWeights) : drawZipf(m_rng, contentWords(), contentWeights);
        if (sentence == 0)
            word[0] = word.at(0).toUpper();
        text += QLatin1Char(' ') + word;
        if (++sentence >= 6 && m_rng.bounded(8) == 0) {
            text += QLatin1Char('.');
            sentence = 0;
        }
    }
    return text + QLatin1Char('.');
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
