#include "privacy/CaseInWords.h"

#include "cases/Attachments.h"
#include "cases/CaseJson.h"
#include "domain/Case.h"
#include "domain/CaseFieldLabels.h"
#include "i18n/DateText.h"

#include <QJsonObject>

namespace vangnet {
namespace {

bool isRecorded(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (isRecorded(it.value()) && !(it.value().isBool() && !it.value().toBool()))
                return true;
        return false;
    }
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return true;
    }
    return false;
}

// Keys that are no data about the person, or are listed apart (notes, attachments).
bool leftOut(const QString &key)
{
    static const QStringList keys = { QStringLiteral("id"), QStringLiteral("notes"), QStringLiteral("attachments"),
        QStringLiteral("possibleDuplicates"), QStringLiteral("reflectionDaysLeft"), QStringLiteral("previousPhase") };
    return keys.contains(key);
}

} // namespace

QVector<LabelledValue> CaseInWords::fields(const Case &c, const QDate &today)
{
    return fields(CaseJson::toJson(c, today));
}

QVector<LabelledValue> CaseInWords::fields(const QJsonObject &caseJson)
{
    // The order of the case editor (who, residence, exploitation, needs, safety), then any other key.
    static const QStringList order = { QStringLiteral("number"), QStringLiteral("phase"), QStringLiteral("phaseReason"),
        QStringLiteral("coordinator"), QStringLiteral("region"), QStringLiteral("givenName"), QStringLiteral("familyName"),
        QStringLiteral("aliases"), QStringLiteral("birthDate"), QStringLiteral("ageBand"), QStringLiteral("gender"),
        QStringLiteral("nationality"), QStringLiteral("countryOfBirth"), QStringLiteral("languages"),
        QStringLiteral("interpreterNeeded"), QStringLiteral("phone"), QStringLiteral("minor"),
        QStringLiteral("unaccompaniedMinor"), QStringLiteral("legalRepresentative"), QStringLiteral("residenceStatus"),
        QStringLiteral("reflectionStart"), QStringLiteral("reflectionEnd"), QStringLiteral("exploitationForms"),
        QStringLiteral("sector"), QStringLiteral("exploitationRegion"), QStringLiteral("exploitationPeriod"),
        QStringLiteral("reporterType"), QStringLiteral("policeStatus"), QStringLiteral("dossierType"),
        QStringLiteral("signalDate"), QStringLiteral("needs"), QStringLiteral("childrenCount"), QStringLiteral("childrenAges"),
        QStringLiteral("pets"), QStringLiteral("perpetrators"), QStringLiteral("threat"), QStringLiteral("requiredSecurityLevel"),
        QStringLiteral("tasks"), QStringLiteral("createdAt"), QStringLiteral("updatedAt") };
    QStringList keys;
    for (const QString &key : order)
        if (caseJson.contains(key))
            keys.append(key);
    for (const QString &key : caseJson.keys())
        if (!keys.contains(key))
            keys.append(key);

    QVector<LabelledValue> out;
    for (const QString &key : keys) {
        const QJsonValue value = caseJson.value(key);
        if (leftOut(key) || !isRecorded(value))
            continue;
        // A "no" for a yes/no field says nothing was recorded about it; the number 0 of children likewise.
        if (value.isBool() && !value.toBool())
            continue;
        if (key == QLatin1String("childrenCount") && value.toInt() == 0)
            continue;
        out.append({ CaseFieldLabels::label(key), CaseFieldLabels::valueText(key, value) });
    }
    return out;
}

QVector<LabelledValue> CaseInWords::notes(const Case &c)
{
    QVector<LabelledValue> out;
    out.reserve(c.notes.size());
    for (const CaseNote &n : c.notes)
        out.append({ tr("%1, %2").arg(DateText::dateTime(n.at), n.author), n.text });
    return out;
}

Result<QStringList> CaseInWords::attachmentNames(Database &db, const QString &caseId)
{
    auto attachments = Attachments(db).list(caseId);
    if (!attachments)
        return attachments.error();
    QStringList names;
    for (const AttachmentInfo &a : attachments.value())
        names.append(a.fileName);
    return names;
}

QJsonArray CaseInWords::toJson(const QVector<LabelledValue> &values)
{
    QJsonArray out;
    for (const LabelledValue &v : values)
        out.append(QJsonObject { { QStringLiteral("label"), v.label }, { QStringLiteral("value"), v.value } });
    return out;
}

} // namespace vangnet
