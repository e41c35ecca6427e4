#include "domain/CaseFieldLabels.h"

#include "domain/Codes.h"
#include "i18n/DateText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace vangnet {
namespace {

enum class ValueKind { Text, Date, Flag, Code, Period, Perpetrators, Threat, Tasks, Numbers };

struct Field
{
    const char *label; // QT_TRANSLATE_NOOP("CaseFieldLabels", ...)
    ValueKind kind = ValueKind::Text;
    std::optional<CodeKind> codes;
};

const QHash<QString, Field> &fields()
{
    using K = ValueKind;
    static const QHash<QString, Field> table = {
        { QStringLiteral("number"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Case number") } },
        { QStringLiteral("phase"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Phase"), K::Code, CodeKind::Phase } },
        { QStringLiteral("coordinator"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Coordinator") } },
        { QStringLiteral("region"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Region") } },
        { QStringLiteral("givenName"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Given name") } },
        { QStringLiteral("familyName"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Family name") } },
        { QStringLiteral("aliases"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Aliases") } },
        { QStringLiteral("birthDate"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Birth date"), K::Date } },
        { QStringLiteral("ageBand"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Age"), K::Code, CodeKind::AgeBand } },
        { QStringLiteral("gender"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Gender"), K::Code, CodeKind::Gender } },
        { QStringLiteral("nationality"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Nationality"), K::Code, CodeKind::Country } },
        { QStringLiteral("countryOfBirth"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "Country of birth"), K::Code, CodeKind::Country } },
        { QStringLiteral("languages"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Languages"), K::Code, CodeKind::Language } },
        { QStringLiteral("interpreterNeeded"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Interpreter needed"), K::Flag } },
        { QStringLiteral("phone"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Phone") } },
        { QStringLiteral("minor"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Minor"), K::Flag } },
        { QStringLiteral("unaccompaniedMinor"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Unaccompanied minor"), K::Flag } },
        { QStringLiteral("legalRepresentative"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "Legal representative"), K::Code, CodeKind::LegalRepresentative } },
        { QStringLiteral("residenceStatus"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "Residence status"), K::Code, CodeKind::ResidenceStatus } },
        { QStringLiteral("reflectionStart"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Reflection period starts"), K::Date } },
        { QStringLiteral("reflectionEnd"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Reflection period ends"), K::Date } },
        { QStringLiteral("exploitationForms"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "Form of exploitation"), K::Code, CodeKind::ExploitationForm } },
        { QStringLiteral("sector"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Sector") } },
        { QStringLiteral("exploitationRegion"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Region of exploitation") } },
        { QStringLiteral("exploitationPeriod"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Period of exploitation"), K::Period } },
        { QStringLiteral("reporterType"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "Signalled by"), K::Code, CodeKind::ReporterType } },
        { QStringLiteral("policeStatus"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "Contact with the police"), K::Code, CodeKind::PoliceStatus } },
        { QStringLiteral("dossierType"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "Dossier type"), K::Code, CodeKind::DossierType } },
        { QStringLiteral("needs"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Needs"), K::Code, CodeKind::Need } },
        { QStringLiteral("childrenCount"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Number of children") } },
        { QStringLiteral("childrenAges"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Ages of the children"), K::Numbers } },
        { QStringLiteral("pets"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Pets") } },
        { QStringLiteral("perpetrators"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Perpetrators"), K::Perpetrators } },
        { QStringLiteral("threat"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Threat assessment"), K::Threat } },
        { QStringLiteral("threat.code"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Threat code"), K::Code, CodeKind::ThreatCode } },
        { QStringLiteral("threat.instrument"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Threat instrument") } },
        { QStringLiteral("threat.reviewer"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Threat reviewer") } },
        { QStringLiteral("threat.reviewDate"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Next threat review"), K::Date } },
        { QStringLiteral("threat.perpetratorSearching"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "A perpetrator is searching"), K::Flag } },
        { QStringLiteral("threat.perpetratorKnowsLocation"),
            { QT_TRANSLATE_NOOP("CaseFieldLabels", "A perpetrator knows the location"), K::Flag } },
        { QStringLiteral("threat.policeProtection"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Police protection"), K::Flag } },
        { QStringLiteral("exploitationPeriod.from"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Exploitation from"), K::Date } },
        { QStringLiteral("exploitationPeriod.to"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Exploitation until"), K::Date } },
        { QStringLiteral("tasks"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Tasks"), K::Tasks } },
        { QStringLiteral("notes"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Notes") } },
        { QStringLiteral("createdAt"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Created"), K::Date } },
        { QStringLiteral("updatedAt"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Last changed"), K::Date } },
        { QStringLiteral("signalDate"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Date of the signal"), K::Date } },
        { QStringLiteral("requiredSecurityLevel"), { QT_TRANSLATE_NOOP("CaseFieldLabels", "Required security level") } },
    };
    return table;
}

QString yesNo(bool on)
{
    return on ? CaseFieldLabels::tr("Yes") : CaseFieldLabels::tr("No");
}

QString plain(const QJsonValue &v)
{
    if (v.isBool())
        return yesNo(v.toBool());
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 12);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts.append(plain(item));
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        // A note shows its text, an attachment its file name; anything else its values.
        const QJsonObject o = v.toObject();
        for (const char *key : { "text", "fileName", "name" })
            if (o.value(QLatin1String(key)).isString())
                return o.value(QLatin1String(key)).toString();
        QStringList parts;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!it.value().isNull() && !it.value().isObject() && it.key() != QLatin1String("id"))
                parts.append(plain(it.value()));
        return parts.join(QStringLiteral(", "));
    }
    return v.toString();
}

QString codeText(CodeKind kind, const QJsonValue &v)
{
    QStringList parts;
    const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray { v };
    for (const QJsonValue &item : items)
        parts.append(Codes::label(kind, item.toString()));
    return parts.join(QStringLiteral(", "));
}

QString perpetratorsText(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        QStringList parts;
        const QString alias = p.value(QStringLiteral("alias")).toString();
        parts.append(alias.isEmpty() ? CaseFieldLabels::tr("no alias") : alias);
        if (const QString relation = p.value(QStringLiteral("relation")).toString(); !relation.isEmpty())
            parts.append(Codes::label(CodeKind::PerpetratorRelation, relation));
        if (const QString areas = plain(p.value(QStringLiteral("knownAreas"))); !areas.isEmpty())
            parts.append(CaseFieldLabels::tr("known in %1").arg(areas));
        if (p.value(QStringLiteral("knowsLocation")).toBool())
            parts.append(CaseFieldLabels::tr("knows where the person is"));
        if (p.value(QStringLiteral("activelySearching")).toBool())
            parts.append(CaseFieldLabels::tr("actively searching"));
        out.append(parts.join(QStringLiteral(", ")));
    }
    return out.join(QStringLiteral("; "));
}

QString threatText(const QJsonObject &t)
{
    QStringList parts;
    if (const QString code = t.value(QStringLiteral("code")).toString(); !code.isEmpty())
        parts.append(Codes::label(CodeKind::ThreatCode, code));
    if (const QString instrument = t.value(QStringLiteral("instrument")).toString(); !instrument.isEmpty())
        parts.append(CaseFieldLabels::tr("instrument %1").arg(instrument));
    if (const QString reviewer = t.value(QStringLiteral("reviewer")).toString(); !reviewer.isEmpty())
        parts.append(CaseFieldLabels::tr("reviewed by %1").arg(reviewer));
    if (const QString review = t.value(QStringLiteral("reviewDate")).toString(); !review.isEmpty())
        parts.append(CaseFieldLabels::tr("next review %1").arg(DateText::fromIso(review)));
    if (t.value(QStringLiteral("perpetratorSearching")).toBool())
        parts.append(CaseFieldLabels::tr("a perpetrator is searching"));
    if (t.value(QStringLiteral("perpetratorKnowsLocation")).toBool())
        parts.append(CaseFieldLabels::tr("a perpetrator knows the location"));
    if (t.value(QStringLiteral("policeProtection")).toBool())
        parts.append(CaseFieldLabels::tr("police protection"));
    return parts.join(QStringLiteral(", "));
}

QString tasksText(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list) {
        const QJsonObject t = v.toObject();
        QString text = Codes::label(CodeKind::TaskKind, t.value(QStringLiteral("kind")).toString());
        if (const QString due = t.value(QStringLiteral("due")).toString(); !due.isEmpty())
            text = CaseFieldLabels::tr("%1 (due %2)").arg(text, DateText::fromIso(due));
        if (t.value(QStringLiteral("done")).toBool())
            text = CaseFieldLabels::tr("%1, done").arg(text);
        out.append(text);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

QString CaseFieldLabels::label(const QString &key)
{
    const auto found = fields().constFind(key);
    return found == fields().cend() ? tr("Other data") : QCoreApplication::translate("CaseFieldLabels", found->label);
}

QString CaseFieldLabels::valueText(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isArray() && value.toArray().isEmpty())
        || (value.isString() && value.toString().isEmpty()))
        return tr("not recorded");
    const auto found = fields().constFind(key);
    const ValueKind kind = found == fields().cend() ? ValueKind::Text : found->kind;
    switch (kind) {
    case ValueKind::Date:
        return DateText::fromIso(value.toString());
    case ValueKind::Flag:
        return yesNo(value.toBool());
    case ValueKind::Code:
        return codeText(*found->codes, value);
    case ValueKind::Period: {
        const QJsonObject p = value.toObject();
        const QString from = DateText::fromIso(p.value(QStringLiteral("from")).toString());
        const QString to = DateText::fromIso(p.value(QStringLiteral("to")).toString());
        if (from.isEmpty() && to.isEmpty())
            return tr("not recorded");
        return tr("%1 to %2").arg(from.isEmpty() ? tr("unknown") : from, to.isEmpty() ? tr("unknown") : to);
    }
    case ValueKind::Perpetrators:
        return perpetratorsText(value.toArray());
    case ValueKind::Threat:
        return threatText(value.toObject());
    case ValueKind::Tasks:
        return tasksText(value.toArray());
    case ValueKind::Numbers:
    case ValueKind::Text:
        break;
    }
    return plain(value);
}

QString CaseFieldLabels::fieldText(const QString &key, const QJsonValue &value)
{
    return tr("%1: %2").arg(label(key), valueText(key, value));
}

} // namespace vangnet
