#include "safety/IncidentJson.h"

#include "domain/InputLimits.h"
#include "safety/IncidentCodes.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace vangnet {
namespace {

const QStringList &knownFields()
{
    static const QStringList fields = {
        QStringLiteral("id"),
        QStringLiteral("createdAt"),
        QStringLiteral("updatedAt"),
        QStringLiteral("date"),
        QStringLiteral("setting"),
        QStringLiteral("type"),
        QStringLiteral("source"),
        QStringLiteral("description"),
        QStringLiteral("caseId"),
        QStringLiteral("staffMember"),
        QStringLiteral("policeReport"),
        QStringLiteral("consequences"),
        QStringLiteral("aftercare"),
        QStringLiteral("measures"),
        QStringLiteral("status"),
    };
    return fields;
}

Error invalid(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

} // namespace

QJsonObject IncidentJson::toJson(const Incident &i)
{
    QJsonObject o {
        { QStringLiteral("id"), i.id },
        { QStringLiteral("date"), i.date.toString(Qt::ISODate) },
        { QStringLiteral("setting"), i.setting },
        { QStringLiteral("type"), i.type },
        { QStringLiteral("source"), i.source },
        { QStringLiteral("description"), i.description },
        { QStringLiteral("caseId"), i.caseId },
        { QStringLiteral("staffMember"), i.staffMember },
        { QStringLiteral("policeReport"),
            QJsonObject {
                { QStringLiteral("filed"), i.policeReportFiled }, { QStringLiteral("reference"), i.policeReference } } },
        { QStringLiteral("consequences"), i.consequences },
        { QStringLiteral("aftercare"), i.aftercare },
        { QStringLiteral("measures"), i.measures },
        { QStringLiteral("status"), i.status },
    };
    if (i.createdAt.isValid())
        o.insert(QStringLiteral("createdAt"), i.createdAt.toUTC().toString(Qt::ISODate));
    if (i.updatedAt.isValid())
        o.insert(QStringLiteral("updatedAt"), i.updatedAt.toUTC().toString(Qt::ISODate));
    return o;
}

Result<Incident> IncidentJson::fromJson(const QJsonObject &json, const QDate &today)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        // The key itself may be anything the file holds: it is named only when it is short and printable.
        if (!knownFields().contains(it.key()))
            return invalid(it.key().size() <= 40 && InputLimits::isSingleLine(it.key())
                    ? tr("Unknown field \"%1\". Allowed fields: %2.").arg(it.key(), knownFields().join(QStringLiteral(", ")))
                    : tr("Unknown field. Allowed fields: %1.").arg(knownFields().join(QStringLiteral(", "))));
    }
    Incident i;
    // Text fields: a string or absent; null counts as absent.
    const auto text = [&json](const char *name, QString &out) -> Status {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            return invalid(tr("The field \"%1\" must be a text.").arg(QLatin1String(name)));
        out = v.toString().trimmed();
        // Free-text fields may hold several lines; codes, dates, ids and names only one.
        const bool multiLine = qstrcmp(name, "description") == 0 || qstrcmp(name, "consequences") == 0
            || qstrcmp(name, "aftercare") == 0 || qstrcmp(name, "measures") == 0;
        const int limit = multiLine ? InputLimits::MaxMultiLineChars : InputLimits::MaxSingleLineChars;
        if (out.size() > limit)
            return invalid(tr("The field \"%1\" is longer than %2 characters.").arg(QLatin1String(name)).arg(limit));
        if (multiLine ? !InputLimits::isMultiLine(out) : !InputLimits::isSingleLine(out))
            return invalid(tr("The field \"%1\" contains control characters.").arg(QLatin1String(name)));
        return {};
    };
    QString date;
    for (const auto &[name, target] : { std::pair<const char *, QString *> { "date", &date }, { "setting", &i.setting },
             { "type", &i.type }, { "source", &i.source }, { "description", &i.description }, { "caseId", &i.caseId },
             { "staffMember", &i.staffMember }, { "consequences", &i.consequences }, { "aftercare", &i.aftercare },
             { "measures", &i.measures }, { "status", &i.status } }) {
        if (auto st = text(name, *target); !st)
            return st.error();
    }
    if (i.status.isEmpty())
        i.status = QStringLiteral("open");
    if (date.isEmpty())
        return invalid(tr("The field \"date\" is required (YYYY-MM-DD)."));
    static const QRegularExpression dateShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    i.date = QDate::fromString(date, Qt::ISODate);
    if (!i.date.isValid() || !dateShape.match(date).hasMatch())
        return invalid(tr("The field \"date\" is not a valid date; use YYYY-MM-DD, for example 2024-03-18."));

    const QJsonValue police = json.value(QStringLiteral("policeReport"));
    if (police.isBool()) {
        i.policeReportFiled = police.toBool();
    } else if (police.isString()) {
        // A reference number means a report was filed.
        i.policeReference = police.toString().trimmed();
        i.policeReportFiled = !i.policeReference.isEmpty();
        if (i.policeReference.size() > InputLimits::MaxSingleLineChars || !InputLimits::isSingleLine(i.policeReference))
            return invalid(tr("The field \"policeReport\" holds a reference of at most %1 characters on one line.")
                               .arg(InputLimits::MaxSingleLineChars));
    } else if (police.isObject()) {
        const QJsonObject p = police.toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (it.key() != QLatin1String("filed") && it.key() != QLatin1String("reference"))
                return invalid(tr("Unknown field in \"policeReport\". Allowed fields: filed, reference."));
        }
        const QJsonValue filed = p.value(QStringLiteral("filed"));
        const QJsonValue reference = p.value(QStringLiteral("reference"));
        if ((!filed.isUndefined() && !filed.isBool())
            || (!reference.isUndefined() && !reference.isNull() && !reference.isString()))
            return invalid(tr("The field \"policeReport\" takes true or false, a reference text, or {\"filed\": true, "
                              "\"reference\": \"...\"}."));
        i.policeReference = reference.toString().trimmed();
        i.policeReportFiled = filed.isBool() ? filed.toBool() : !i.policeReference.isEmpty();
        if (i.policeReference.size() > InputLimits::MaxSingleLineChars || !InputLimits::isSingleLine(i.policeReference))
            return invalid(tr("The field \"policeReport\" holds a reference of at most %1 characters on one line.")
                               .arg(InputLimits::MaxSingleLineChars));
    } else if (!police.isUndefined() && !police.isNull()) {
        return invalid(tr(
            "The field \"policeReport\" takes true or false, a reference text, or {\"filed\": true, \"reference\": \"...\"}."));
    }

    if (auto st = validate(i, today); !st)
        return st.error();
    return i;
}

Status IncidentJson::validate(const Incident &i, const QDate &today)
{
    if (!i.date.isValid())
        return invalid(tr("The date of the incident is required (YYYY-MM-DD)."));
    if (i.date > today)
        return invalid(tr("The field \"date\" lies in the future; an incident is recorded after it happened."));
    struct Check
    {
        IncidentCodes::Kind kind;
        const char *field;
        const QString *value;
    };
    const Check checks[] = {
        { IncidentCodes::Kind::Setting, "setting", &i.setting },
        { IncidentCodes::Kind::Type, "type", &i.type },
        { IncidentCodes::Kind::Source, "source", &i.source },
        { IncidentCodes::Kind::Status, "status", &i.status },
    };
    for (const Check &c : checks) {
        if (c.value->isEmpty())
            return invalid(tr("The field \"%1\" is required. Allowed values: %2.")
                               .arg(QLatin1String(c.field), IncidentCodes::allowedText(c.kind)));
        if (!IncidentCodes::isValid(c.kind, *c.value))
            return invalid(tr("The field \"%1\" holds an unknown code. Allowed values: %2.")
                               .arg(QLatin1String(c.field), IncidentCodes::allowedText(c.kind)));
    }
    if (i.description.trimmed().isEmpty())
        return invalid(tr("The field \"description\" is required: describe what happened."));
    // The same limits for the desktop's dialog as for a file (InputLimits).
    const std::pair<const char *, const QString *> multiLine[] = { { "description", &i.description },
        { "consequences", &i.consequences }, { "aftercare", &i.aftercare }, { "measures", &i.measures } };
    for (const auto &[name, value] : multiLine) {
        if (value->size() > InputLimits::MaxMultiLineChars)
            return invalid(tr("The field \"%1\" is longer than %2 characters.")
                               .arg(QLatin1String(name))
                               .arg(InputLimits::MaxMultiLineChars));
        if (!InputLimits::isMultiLine(*value))
            return invalid(tr("The field \"%1\" contains control characters.").arg(QLatin1String(name)));
    }
    const std::pair<const char *, const QString *> singleLine[]
        = { { "caseId", &i.caseId }, { "staffMember", &i.staffMember }, { "policeReport", &i.policeReference } };
    for (const auto &[name, value] : singleLine) {
        if (value->size() > InputLimits::MaxSingleLineChars)
            return invalid(tr("The field \"%1\" is longer than %2 characters.")
                               .arg(QLatin1String(name))
                               .arg(InputLimits::MaxSingleLineChars));
        if (!InputLimits::isSingleLine(*value))
            return invalid(tr("The field \"%1\" contains control characters.").arg(QLatin1String(name)));
    }
    return {};
}

} // namespace vangnet
