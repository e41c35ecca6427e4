#include "cases/CaseJson.h"

#include "domain/Codes.h"
#include "domain/InputLimits.h"
#include "domain/ReflectionPeriod.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace vangnet {
namespace {

constexpr int kMaxShortText = InputLimits::MaxSingleLineChars;
constexpr int kMaxNoteText = InputLimits::MaxMultiLineChars;

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeOrNull(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Reads one JSON object field by field and collects every problem.
class Reader
{
public:
    Reader(const QJsonObject &o, QString prefix, QStringList &problems, bool stored)
        : m_o(o)
        , m_prefix(std::move(prefix))
        , m_problems(problems)
        , m_stored(stored)
    { }

    QString path(const QString &key) const { return m_prefix + key; }
    void problem(const QString &key, const QString &what)
    {
        m_problems.append(CaseJson::tr("field %1: %2").arg(path(key), what));
    }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }

    void rejectUnknown(const QStringList &known)
    {
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it)
            if (!known.contains(it.key()))
                m_problems.append(CaseJson::tr("field %1: unknown key").arg(path(it.key())));
    }

    QString text(const QString &key, int maxLength = kMaxShortText)
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            problem(key, CaseJson::tr("must be a string"));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (s.size() > maxLength)
            problem(key, CaseJson::tr("is longer than %1 characters").arg(maxLength));
        else if (!m_stored && (maxLength > kMaxShortText ? !InputLimits::isMultiLine(s) : !InputLimits::isSingleLine(s)))
            problem(key, CaseJson::tr("contains control characters"));
        return s;
    }

    QString code(const QString &key, CodeKind kind)
    {
        const QString s = text(key);
        if (!s.isEmpty() && !Codes::isValid(kind, s)) {
            problem(key, CaseJson::tr("unknown code; allowed values: %1").arg(Codes::allowedText(kind)));
            return {};
        }
        return s;
    }

    QDate date(const QString &key)
    {
        if (!has(key))
            return {};
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QJsonValue v = m_o.value(key);
        const QString s = v.isString() ? v.toString() : QString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!v.isString() || !shape.match(s).hasMatch() || !d.isValid()) {
            problem(key, CaseJson::tr("must be a real date written as YYYY-MM-DD"));
            return {};
        }
        return d;
    }

    bool boolean(const QString &key)
    {
        if (!has(key))
            return false;
        const QJsonValue v = m_o.value(key);
        if (!v.isBool()) {
            problem(key, CaseJson::tr("must be true or false"));
            return false;
        }
        return v.toBool();
    }

    static bool isWholeNumber(const QJsonValue &v, int min, int max)
    {
        if (!v.isDouble())
            return false;
        // The range first: casting a double beyond qint64 to an integer is undefined behaviour
        // (found by fuzz_case_json with a 66-digit child's age).
        const double d = v.toDouble();
        return d >= min && d <= max && std::trunc(d) == d;
    }

    int integer(const QString &key, int min, int max)
    {
        if (!has(key))
            return 0;
        const QJsonValue v = m_o.value(key);
        if (!isWholeNumber(v, min, max)) {
            problem(key, CaseJson::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return v.toInt();
    }

    QJsonArray array(const QString &key)
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_o.value(key);
        if (!v.isArray()) {
            problem(key, CaseJson::tr("must be an array"));
            return {};
        }
        if (!m_stored && v.toArray().size() > InputLimits::MaxListItems) {
            problem(key, CaseJson::tr("has more than %1 entries").arg(InputLimits::MaxListItems));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QString &key)
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_o.value(key);
        if (!v.isObject()) {
            problem(key, CaseJson::tr("must be an object"));
            return {};
        }
        return v.toObject();
    }

    QStringList textList(const QString &key)
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!a.at(i).isString()) {
                problem(item, CaseJson::tr("must be a string"));
                continue;
            }
            const QString s = a.at(i).toString().trimmed();
            if (s.size() > kMaxShortText)
                problem(item, CaseJson::tr("is longer than %1 characters").arg(kMaxShortText));
            else if (!m_stored && !InputLimits::isSingleLine(s))
                problem(item, CaseJson::tr("contains control characters"));
            else if (!s.isEmpty())
                out.append(s);
        }
        return out;
    }

    QStringList codeList(const QString &key, CodeKind kind)
    {
        QStringList out;
        const QStringList list = textList(key);
        for (const QString &s : list) {
            if (!Codes::isValid(kind, s)) {
                problem(key, CaseJson::tr("unknown code; allowed values: %1").arg(Codes::allowedText(kind)));
                continue;
            }
            if (!out.contains(s))
                out.append(s);
        }
        return out;
    }

private:
    QJsonObject m_o;
    QString m_prefix;
    QStringList &m_problems;
    // Read back from the vault: written before the input rules got stricter (control characters,
    // list sizes), it still loads, so that it can be shown and corrected.
    bool m_stored = false;
};

const QStringList &readOnlyKeys()
{
    static const QStringList keys = { QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("createdAt"),
        QStringLiteral("updatedAt"), QStringLiteral("previousPhase"), QStringLiteral("phaseReason"),
        QStringLiteral("reflectionDaysLeft"), QStringLiteral("attachments"), QStringLiteral("possibleDuplicates") };
    return keys;
}

Error invalid(const QStringList &problems)
{
    return Error(
        ErrorCode::InvalidInput, CaseJson::tr("The case data is not valid: %1.").arg(InputLimits::joinProblems(problems)));
}

void checkSemantics(const Case &c, QStringList &problems)
{
    const auto problem = [&problems](const QString &field, const QString &what) {
        problems.append(CaseJson::tr("field %1: %2").arg(field, what));
    };
    if (c.givenName.isEmpty() && c.familyName.isEmpty() && c.aliases.isEmpty())
        problem(QStringLiteral("givenName"), CaseJson::tr("a case needs at least one of givenName, familyName or aliases"));
    if (c.birthDate.isValid() && c.birthDate > QDate::currentDate())
        problem(QStringLiteral("birthDate"), CaseJson::tr("lies in the future"));
    if (const QString why = ReflectionPeriod::problem(c.reflectionStart, c.reflectionEnd); !why.isEmpty())
        problem(QStringLiteral("reflectionEnd"), why);
    if (c.exploitationFrom.isValid() && c.exploitationTo.isValid() && c.exploitationTo < c.exploitationFrom)
        problem(QStringLiteral("exploitationPeriod.to"), CaseJson::tr("lies before exploitationPeriod.from"));
    if (c.unaccompaniedMinor && !c.minor)
        problem(QStringLiteral("unaccompaniedMinor"), CaseJson::tr("an unaccompanied minor must also have minor set to true"));
    if (c.childrenAges.size() > c.childrenCount)
        problem(QStringLiteral("childrenAges"), CaseJson::tr("lists more ages than childrenCount"));
}

} // namespace

const QStringList &CaseJson::writableKeys()
{
    static const QStringList keys = {
        QStringLiteral("phase"),
        QStringLiteral("coordinator"),
        QStringLiteral("region"),
        QStringLiteral("givenName"),
        QStringLiteral("familyName"),
        QStringLiteral("aliases"),
        QStringLiteral("birthDate"),
        QStringLiteral("ageBand"),
        QStringLiteral("gender"),
        QStringLiteral("nationality"),
        QStringLiteral("countryOfBirth"),
        QStringLiteral("languages"),
        QStringLiteral("interpreterNeeded"),
        QStringLiteral("phone"),
        QStringLiteral("minor"),
        QStringLiteral("unaccompaniedMinor"),
        QStringLiteral("legalRepresentative"),
        QStringLiteral("residenceStatus"),
        QStringLiteral("reflectionStart"),
        QStringLiteral("reflectionEnd"),
        QStringLiteral("exploitationForms"),
        QStringLiteral("sector"),
        QStringLiteral("exploitationRegion"),
        QStringLiteral("exploitationPeriod"),
        QStringLiteral("reporterType"),
        QStringLiteral("policeStatus"),
        QStringLiteral("dossierType"),
        QStringLiteral("needs"),
        QStringLiteral("childrenCount"),
        QStringLiteral("childrenAges"),
        QStringLiteral("pets"),
        QStringLiteral("perpetrators"),
        QStringLiteral("threat"),
        QStringLiteral("tasks"),
        QStringLiteral("notes"),
    };
    return keys;
}

QJsonObject CaseJson::toEditableJson(const Case &c)
{
    QJsonArray perpetrators;
    for (const Perpetrator &p : c.perpetrators)
        perpetrators.append(QJsonObject { { QStringLiteral("alias"), textOrNull(p.alias) },
            { QStringLiteral("relation"), textOrNull(p.relation) }, { QStringLiteral("knownAreas"), stringArray(p.knownAreas) },
            { QStringLiteral("knowsLocation"), p.knowsLocation }, { QStringLiteral("activelySearching"), p.activelySearching } });
    QJsonArray tasks;
    for (const CaseTask &t : c.tasks)
        tasks.append(QJsonObject { { QStringLiteral("kind"), textOrNull(t.kind) }, { QStringLiteral("due"), dateOrNull(t.due) },
            { QStringLiteral("owner"), textOrNull(t.owner) }, { QStringLiteral("done"), t.done } });
    QJsonArray ages;
    for (int a : c.childrenAges)
        ages.append(a);
    const ThreatAssessment &th = c.threat;
    return QJsonObject {
        { QStringLiteral("phase"), c.phase },
        { QStringLiteral("coordinator"), textOrNull(c.coordinator) },
        { QStringLiteral("region"), textOrNull(c.region) },
        { QStringLiteral("givenName"), textOrNull(c.givenName) },
        { QStringLiteral("familyName"), textOrNull(c.familyName) },
        { QStringLiteral("aliases"), stringArray(c.aliases) },
        { QStringLiteral("birthDate"), dateOrNull(c.birthDate) },
        { QStringLiteral("ageBand"), textOrNull(c.ageBand) },
        { QStringLiteral("gender"), textOrNull(c.gender) },
        { QStringLiteral("nationality"), textOrNull(c.nationality) },
        { QStringLiteral("countryOfBirth"), textOrNull(c.countryOfBirth) },
        { QStringLiteral("languages"), stringArray(c.languages) },
        { QStringLiteral("interpreterNeeded"), c.interpreterNeeded },
        { QStringLiteral("phone"), textOrNull(c.phone) },
        { QStringLiteral("minor"), c.minor },
        { QStringLiteral("unaccompaniedMinor"), c.unaccompaniedMinor },
        { QStringLiteral("legalRepresentative"), textOrNull(c.legalRepresentative) },
        { QStringLiteral("residenceStatus"), textOrNull(c.residenceStatus) },
        { QStringLiteral("reflectionStart"), dateOrNull(c.reflectionStart) },
        { QStringLiteral("reflectionEnd"), dateOrNull(c.reflectionEnd) },
        { QStringLiteral("exploitationForms"), stringArray(c.exploitationForms) },
        { QStringLiteral("sector"), textOrNull(c.sector) },
        { QStringLiteral("exploitationRegion"), textOrNull(c.exploitationRegion) },
        { QStringLiteral("exploitationPeriod"),
            QJsonObject { { QStringLiteral("from"), dateOrNull(c.exploitationFrom) },
                { QStringLiteral("to"), dateOrNull(c.exploitationTo) } } },
        { QStringLiteral("reporterType"), textOrNull(c.reporterType) },
        { QStringLiteral("policeStatus"), textOrNull(c.policeStatus) },
        { QStringLiteral("dossierType"), textOrNull(c.dossierType) },
        { QStringLiteral("needs"), stringArray(c.needs) },
        { QStringLiteral("childrenCount"), c.childrenCount },
        { QStringLiteral("childrenAges"), ages },
        { QStringLiteral("pets"), textOrNull(c.pets) },
        { QStringLiteral("perpetrators"), perpetrators },
        { QStringLiteral("threat"),
            QJsonObject { { QStringLiteral("instrument"), textOrNull(th.instrument) },
                { QStringLiteral("code"), textOrNull(th.code) }, { QStringLiteral("reviewer"), textOrNull(th.reviewer) },
                { QStringLiteral("reviewDate"), dateOrNull(th.reviewDate) },
                { QStringLiteral("perpetratorSearching"), th.perpetratorSearching },
                { QStringLiteral("perpetratorKnowsLocation"), th.perpetratorKnowsLocation },
                { QStringLiteral("policeProtection"), th.policeProtection } } },
        { QStringLiteral("tasks"), tasks },
    };
}

QJsonObject CaseJson::toJson(const Case &c, const QDate &today)
{
    QJsonObject o = toEditableJson(c);
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("number"), c.number);
    o.insert(QStringLiteral("createdAt"), dateTimeOrNull(c.createdAt));
    o.insert(QStringLiteral("updatedAt"), dateTimeOrNull(c.updatedAt));
    o.insert(QStringLiteral("previousPhase"), textOrNull(c.previousPhase));
    o.insert(QStringLiteral("phaseReason"), textOrNull(c.phaseReason));
    const auto left = c.reflectionDaysLeft(today);
    o.insert(QStringLiteral("reflectionDaysLeft"), left ? QJsonValue(*left) : QJsonValue(QJsonValue::Null));
    QJsonArray notes;
    for (const CaseNote &n : c.notes)
        notes.append(QJsonObject { { QStringLiteral("text"), n.text }, { QStringLiteral("at"), dateTimeOrNull(n.at) },
            { QStringLiteral("author"), n.author } });
    o.insert(QStringLiteral("notes"), notes);
    return o;
}

Result<Case> CaseJson::fromJson(const QJsonObject &input)
{
    return parse(input, false);
}

Result<Case> CaseJson::fromStoredJson(const QJsonObject &stored)
{
    return parse(stored, true);
}

Result<Case> CaseJson::parse(const QJsonObject &input, bool stored)
{
    QStringList problems;
    Reader r(input, QString(), problems, stored);
    for (const QString &key : readOnlyKeys())
        if (input.contains(key))
            r.problem(key, tr("is read-only"));
    QStringList known = writableKeys();
    known += readOnlyKeys(); // reported above
    r.rejectUnknown(known);

    Case c;
    c.phase = r.has(QStringLiteral("phase")) ? r.code(QStringLiteral("phase"), CodeKind::Phase) : QStringLiteral("signal");
    if (c.phase.isEmpty())
        c.phase = QStringLiteral("signal");
    c.coordinator = r.text(QStringLiteral("coordinator"));
    c.region = r.text(QStringLiteral("region"));
    c.givenName = r.text(QStringLiteral("givenName"));
    c.familyName = r.text(QStringLiteral("familyName"));
    c.aliases = r.textList(QStringLiteral("aliases"));
    c.birthDate = r.date(QStringLiteral("birthDate"));
    c.ageBand = r.code(QStringLiteral("ageBand"), CodeKind::AgeBand);
    c.gender = r.code(QStringLiteral("gender"), CodeKind::Gender);
    c.nationality = r.code(QStringLiteral("nationality"), CodeKind::Country);
    c.countryOfBirth = r.code(QStringLiteral("countryOfBirth"), CodeKind::Country);
    c.languages = r.codeList(QStringLiteral("languages"), CodeKind::Language);
    c.interpreterNeeded = r.boolean(QStringLiteral("interpreterNeeded"));
    c.phone = r.text(QStringLiteral("phone"));
    c.minor = r.boolean(QStringLiteral("minor"));
    c.unaccompaniedMinor = r.boolean(QStringLiteral("unaccompaniedMinor"));
    c.legalRepresentative = r.code(QStringLiteral("legalRepresentative"), CodeKind::LegalRepresentative);
    c.residenceStatus = r.code(QStringLiteral("residenceStatus"), CodeKind::ResidenceStatus);
    c.reflectionStart = r.date(QStringLiteral("reflectionStart"));
    c.reflectionEnd = r.date(QStringLiteral("reflectionEnd"));
    c.exploitationForms = r.codeList(QStringLiteral("exploitationForms"), CodeKind::ExploitationForm);
    c.sector = r.text(QStringLiteral("sector"));
    c.exploitationRegion = r.text(QStringLiteral("exploitationRegion"));
    {
        const QJsonObject period = r.object(QStringLiteral("exploitationPeriod"));
        Reader p(period, QStringLiteral("exploitationPeriod."), problems, stored);
        p.rejectUnknown({ QStringLiteral("from"), QStringLiteral("to") });
        c.exploitationFrom = p.date(QStringLiteral("from"));
        c.exploitationTo = p.date(QStringLiteral("to"));
    }
    c.reporterType = r.code(QStringLiteral("reporterType"), CodeKind::ReporterType);
    c.policeStatus = r.code(QStringLiteral("policeStatus"), CodeKind::PoliceStatus);
    c.dossierType = r.code(QStringLiteral("dossierType"), CodeKind::DossierType);
    c.needs = r.codeList(QStringLiteral("needs"), CodeKind::Need);
    c.childrenCount = r.integer(QStringLiteral("childrenCount"), 0, 30);
    {
        const QJsonArray ages = r.array(QStringLiteral("childrenAges"));
        for (qsizetype i = 0; i < ages.size(); ++i) {
            if (!Reader::isWholeNumber(ages.at(i), 0, 60))
                r.problem(QStringLiteral("childrenAges[%1]").arg(i), tr("must be a whole number from %1 to %2").arg(0).arg(60));
            else
                c.childrenAges.append(ages.at(i).toInt());
        }
    }
    c.pets = r.text(QStringLiteral("pets"));
    {
        const QJsonArray list = r.array(QStringLiteral("perpetrators"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString prefix = QStringLiteral("perpetrators[%1].").arg(i);
            if (!list.at(i).isObject()) {
                r.problem(QStringLiteral("perpetrators[%1]").arg(i), tr("must be an object"));
                continue;
            }
            Reader p(list.at(i).toObject(), prefix, problems, stored);
            p.rejectUnknown({ QStringLiteral("alias"), QStringLiteral("relation"), QStringLiteral("knownAreas"),
                QStringLiteral("knowsLocation"), QStringLiteral("activelySearching") });
            Perpetrator perp;
            perp.alias = p.text(QStringLiteral("alias"));
            perp.relation = p.code(QStringLiteral("relation"), CodeKind::PerpetratorRelation);
            perp.knownAreas = p.textList(QStringLiteral("knownAreas"));
            perp.knowsLocation = p.boolean(QStringLiteral("knowsLocation"));
            perp.activelySearching = p.boolean(QStringLiteral("activelySearching"));
            c.perpetrators.append(perp);
        }
    }
    {
        const QJsonObject threat = r.object(QStringLiteral("threat"));
        Reader t(threat, QStringLiteral("threat."), problems, stored);
        t.rejectUnknown({ QStringLiteral("instrument"), QStringLiteral("code"), QStringLiteral("reviewer"),
            QStringLiteral("reviewDate"), QStringLiteral("perpetratorSearching"), QStringLiteral("perpetratorKnowsLocation"),
            QStringLiteral("policeProtection") });
        c.threat.instrument = t.text(QStringLiteral("instrument"));
        c.threat.code = t.code(QStringLiteral("code"), CodeKind::ThreatCode);
        c.threat.reviewer = t.text(QStringLiteral("reviewer"));
        c.threat.reviewDate = t.date(QStringLiteral("reviewDate"));
        c.threat.perpetratorSearching = t.boolean(QStringLiteral("perpetratorSearching"));
        c.threat.perpetratorKnowsLocation = t.boolean(QStringLiteral("perpetratorKnowsLocation"));
        c.threat.policeProtection = t.boolean(QStringLiteral("policeProtection"));
    }
    {
        const QJsonArray list = r.array(QStringLiteral("tasks"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject()) {
                r.problem(QStringLiteral("tasks[%1]").arg(i), tr("must be an object"));
                continue;
            }
            Reader t(list.at(i).toObject(), QStringLiteral("tasks[%1].").arg(i), problems, stored);
            t.rejectUnknown({ QStringLiteral("kind"), QStringLiteral("due"), QStringLiteral("owner"), QStringLiteral("done") });
            CaseTask task;
            task.kind = t.code(QStringLiteral("kind"), CodeKind::TaskKind);
            if (!t.has(QStringLiteral("kind")))
                t.problem(QStringLiteral("kind"), tr("is required"));
            task.due = t.date(QStringLiteral("due"));
            task.owner = t.text(QStringLiteral("owner"));
            task.done = t.boolean(QStringLiteral("done"));
            c.tasks.append(task);
        }
    }
    {
        const QJsonArray list = r.array(QStringLiteral("notes"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject()) {
                r.problem(QStringLiteral("notes[%1]").arg(i), tr("must be an object"));
                continue;
            }
            Reader n(list.at(i).toObject(), QStringLiteral("notes[%1].").arg(i), problems, stored);
            n.rejectUnknown({ QStringLiteral("text") });
            CaseNote note;
            note.text = n.text(QStringLiteral("text"), kMaxNoteText);
            if (note.text.isEmpty())
                n.problem(QStringLiteral("text"), tr("is required"));
            c.notes.append(note);
        }
    }
    checkSemantics(c, problems);
    if (!problems.isEmpty())
        return invalid(problems);
    return c;
}

Status CaseJson::validate(const Case &c)
{
    QJsonObject o = toEditableJson(c);
    QJsonArray notes;
    for (const CaseNote &n : c.notes)
        if (n.id == 0)
            notes.append(QJsonObject { { QStringLiteral("text"), n.text } });
    o.insert(QStringLiteral("notes"), notes);
    auto parsed = fromJson(o);
    if (!parsed)
        return parsed.error();
    return {};
}

Result<Case> CaseJson::applyPatch(const Case &current, const QJsonObject &patch)
{
    QJsonObject merged = toEditableJson(current);
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString &key = it.key();
        const bool mergeObject
            = (key == QLatin1String("threat") || key == QLatin1String("exploitationPeriod")) && it.value().isObject();
        if (mergeObject) {
            QJsonObject inner = merged.value(key).toObject();
            const QJsonObject change = it.value().toObject();
            for (auto c = change.constBegin(); c != change.constEnd(); ++c)
                inner.insert(c.key(), c.value());
            merged.insert(key, inner);
        } else {
            merged.insert(key, it.value());
        }
    }
    if (patch.contains(QStringLiteral("phase")) && patch.value(QStringLiteral("phase")).isNull())
        merged.insert(QStringLiteral("phase"), current.phase);
    auto parsed = fromJson(merged);
    if (!parsed)
        return parsed.error();
    Case out = std::move(parsed.value());
    out.id = current.id;
    out.number = current.number;
    out.createdAt = current.createdAt;
    out.updatedAt = current.updatedAt;
    out.previousPhase = current.previousPhase;
    out.phaseReason = current.phaseReason;
    return out;
}

} // namespace vangnet
