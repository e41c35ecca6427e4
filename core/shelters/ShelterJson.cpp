#include "shelters/ShelterJson.h"

#include "domain/Codes.h"
#include "domain/InputLimits.h"
#include "shelters/ShelterCodes.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace vangnet {
namespace {

constexpr int kMaxText = InputLimits::MaxSingleLineChars;
constexpr int kMaxId = 100;

const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("type"),
        QStringLiteral("securityLevel"),
        QStringLiteral("addressConfidentiality"),
        QStringLiteral("region"),
        QStringLiteral("placingAuthority"),
        QStringLiteral("capacity"),
        QStringLiteral("freeBeds"),
        QStringLiteral("availabilityAsOf"),
        QStringLiteral("genders"),
        QStringLiteral("minAge"),
        QStringLiteral("maxAge"),
        QStringLiteral("residenceStatuses"),
        QStringLiteral("acceptsChildren"),
        QStringLiteral("acceptsPets"),
        QStringLiteral("languages"),
        QStringLiteral("specialisms"),
        QStringLiteral("maxStayDays"),
        QStringLiteral("notes"),
        QStringLiteral("address"),
        QStringLiteral("reference"),
    };
    return keys;
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Reads one object field by field and collects every problem (field names only, never values).
class Reader
{
public:
    Reader(const QJsonObject &o, QString prefix, QStringList &problems)
        : m_o(o)
        , m_prefix(std::move(prefix))
        , m_problems(problems)
    { }

    void problem(const QString &key, const QString &what)
    {
        m_problems.append(ShelterJson::tr("field %1: %2").arg(m_prefix + key, what));
    }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    static bool isMultiLineKey(const QString &key) { return key == QLatin1String("notes") || key == QLatin1String("address"); }

    void rejectUnknown()
    {
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it)
            if (!knownKeys().contains(it.key()))
                m_problems.append(ShelterJson::tr("field %1: unknown key").arg(m_prefix + it.key()));
    }

    QString text(const QString &key, bool required = false, int maxLength = kMaxText)
    {
        if (!has(key)) {
            if (required)
                problem(key, ShelterJson::tr("is required"));
            return {};
        }
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            problem(key, ShelterJson::tr("must be a string"));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            problem(key, ShelterJson::tr("is required"));
        if (s.size() > maxLength)
            problem(key, ShelterJson::tr("is longer than %1 characters").arg(maxLength));
        else if (isMultiLineKey(key) ? !InputLimits::isMultiLine(s) : !InputLimits::isSingleLine(s))
            problem(key, ShelterJson::tr("contains control characters"));
        return s;
    }

    template<typename Valid> QString code(const QString &key, bool required, Valid valid, const QString &allowed)
    {
        const QString s = text(key, required);
        if (!s.isEmpty() && !valid(s)) {
            problem(key, ShelterJson::tr("unknown code; allowed values: %1").arg(allowed));
            return {};
        }
        return s;
    }

    int integer(const QString &key, int fallback, int minimum, int maximum)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_o.value(key);
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || std::floor(d) != d) {
            problem(key, ShelterJson::tr("must be a whole number"));
            return fallback;
        }
        if (d < minimum || d > maximum) {
            problem(key, ShelterJson::tr("must be between %1 and %2").arg(minimum).arg(maximum));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QString &key)
    {
        if (!has(key))
            return false;
        const QJsonValue v = m_o.value(key);
        if (!v.isBool()) {
            problem(key, ShelterJson::tr("must be true or false"));
            return false;
        }
        return v.toBool();
    }

    QDate date(const QString &key)
    {
        const QString s = text(key);
        if (s.isEmpty())
            return {};
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!shape.match(s).hasMatch() || !d.isValid()) {
            problem(key, ShelterJson::tr("must be a date written as YYYY-MM-DD"));
            return {};
        }
        return d;
    }

    template<typename Valid> QStringList codes(const QString &key, Valid valid, const QString &allowed)
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_o.value(key);
        if (!v.isArray()) {
            problem(key, ShelterJson::tr("must be an array of codes"));
            return {};
        }
        QStringList out;
        bool reported = false;
        for (const QJsonValue &item : v.toArray()) {
            const QString s = item.toString().trimmed();
            if (!item.isString() || !valid(s)) {
                if (!reported)
                    problem(key, ShelterJson::tr("unknown code; allowed values: %1").arg(allowed));
                reported = true;
                continue;
            }
            if (!out.contains(s))
                out.append(s);
        }
        return out;
    }

private:
    const QJsonObject &m_o;
    QString m_prefix;
    QStringList &m_problems;
};

Result<ShelterInput> parse(const QJsonObject &o, const QString &prefix, QStringList &problems)
{
    Reader r(o, prefix, problems);
    r.rejectUnknown();
    ShelterInput in;
    Shelter &s = in.shelter;

    s.id = r.text(QStringLiteral("id"), false, kMaxId);
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!s.id.isEmpty() && !idShape.match(s.id).hasMatch())
        r.problem(QStringLiteral("id"), ShelterJson::tr("may hold only letters, digits, '.', '_' and '-'"));
    s.name = r.text(QStringLiteral("name"), true, InputLimits::MaxShelterNameChars);
    s.type = r.code(
        QStringLiteral("type"), true, [](const QString &c) { return ShelterCodes::isValid(ShelterCodeKind::ShelterType, c); },
        ShelterCodes::allowedText(ShelterCodeKind::ShelterType));
    const QString level = r.text(QStringLiteral("securityLevel"), true);
    if (!level.isEmpty()) {
        if (const auto parsed = ShelterCodes::parseLevel(level))
            s.securityLevel = *parsed;
        else
            r.problem(QStringLiteral("securityLevel"), ShelterJson::tr("must be one of S0, S1, S2, S3, S4"));
    }
    const QString confidentiality = r.code(
        QStringLiteral("addressConfidentiality"), false,
        [](const QString &c) { return ShelterCodes::isValid(ShelterCodeKind::AddressConfidentiality, c); },
        ShelterCodes::allowedText(ShelterCodeKind::AddressConfidentiality));
    if (!confidentiality.isEmpty())
        s.addressConfidentiality = confidentiality;
    s.region = r.text(QStringLiteral("region"), true, InputLimits::MaxShelterNameChars);
    const QString authority = r.code(
        QStringLiteral("placingAuthority"), false,
        [](const QString &c) { return ShelterCodes::isValid(ShelterCodeKind::PlacingAuthority, c); },
        ShelterCodes::allowedText(ShelterCodeKind::PlacingAuthority));
    if (s.type == QLatin1String("cosm")) {
        if (!authority.isEmpty() && authority != QLatin1String("comensha"))
            r.problem(QStringLiteral("placingAuthority"),
                ShelterJson::tr("a COSM shelter is placed only through CoMensha (\"comensha\")"));
        s.placingAuthority = QStringLiteral("comensha");
    } else if (!authority.isEmpty()) {
        s.placingAuthority = authority;
    }
    s.capacity = r.integer(QStringLiteral("capacity"), 0, 0, 100000);
    s.freeBeds = r.integer(QStringLiteral("freeBeds"), 0, 0, 100000);
    if (s.freeBeds > s.capacity)
        r.problem(QStringLiteral("freeBeds"), ShelterJson::tr("cannot exceed the capacity"));
    s.availabilityAsOf = r.date(QStringLiteral("availabilityAsOf"));
    s.genders = r.codes(
        QStringLiteral("genders"), [](const QString &c) { return Codes::isValid(CodeKind::Gender, c); },
        Codes::allowedText(CodeKind::Gender));
    s.minAge = r.integer(QStringLiteral("minAge"), 0, 0, 120);
    s.maxAge = r.integer(QStringLiteral("maxAge"), 120, 0, 120);
    if (s.minAge > s.maxAge)
        r.problem(QStringLiteral("maxAge"), ShelterJson::tr("must not be below minAge"));
    s.residenceStatuses = r.codes(
        QStringLiteral("residenceStatuses"), [](const QString &c) { return Codes::isValid(CodeKind::ResidenceStatus, c); },
        Codes::allowedText(CodeKind::ResidenceStatus));
    s.acceptsChildren = r.boolean(QStringLiteral("acceptsChildren"));
    s.acceptsPets = r.boolean(QStringLiteral("acceptsPets"));
    s.languages = r.codes(
        QStringLiteral("languages"), [](const QString &c) { return Codes::isValid(CodeKind::Language, c); },
        ShelterJson::tr("two-letter ISO 639-1 codes"));
    s.specialisms = r.codes(
        QStringLiteral("specialisms"), [](const QString &c) { return ShelterCodes::isValid(ShelterCodeKind::Specialism, c); },
        ShelterCodes::allowedText(ShelterCodeKind::Specialism));
    s.maxStayDays = r.integer(QStringLiteral("maxStayDays"), 0, 0, 3650);
    s.notes = r.text(QStringLiteral("notes"), false, InputLimits::MaxShelterNotesChars);

    in.hasAddress = o.contains(QStringLiteral("address"));
    in.hasReference = o.contains(QStringLiteral("reference"));
    s.address = r.text(QStringLiteral("address"), false, InputLimits::MaxShelterAddressChars);
    s.reference = r.text(QStringLiteral("reference"), false, InputLimits::MaxShelterReferenceChars);
    if (s.addressConfidentiality == QLatin1String("secret") && !s.address.isEmpty())
        r.problem(QStringLiteral("address"),
            ShelterJson::tr("a shelter with a secret address carries only a region and an opaque reference, never the address"));
    return in;
}

Error invalid(const QStringList &problems)
{
    return Error(
        ErrorCode::InvalidInput, ShelterJson::tr("The shelter data is invalid: %1.").arg(InputLimits::joinProblems(problems)));
}

} // namespace

QJsonObject ShelterJson::toJson(const Shelter &s, bool includeHidden)
{
    QJsonObject o {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("type"), s.type },
        { QStringLiteral("securityLevel"), ShelterCodes::levelCode(s.securityLevel) },
        { QStringLiteral("addressConfidentiality"), s.addressConfidentiality },
        { QStringLiteral("region"), s.region },
        { QStringLiteral("placingAuthority"), s.placingAuthority },
        { QStringLiteral("capacity"), s.capacity },
        { QStringLiteral("freeBeds"), s.freeBeds },
        { QStringLiteral("availabilityAsOf"), dateOrNull(s.availabilityAsOf) },
        { QStringLiteral("genders"), QJsonArray::fromStringList(s.genders) },
        { QStringLiteral("minAge"), s.minAge },
        { QStringLiteral("maxAge"), s.maxAge },
        { QStringLiteral("residenceStatuses"), QJsonArray::fromStringList(s.residenceStatuses) },
        { QStringLiteral("acceptsChildren"), s.acceptsChildren },
        { QStringLiteral("acceptsPets"), s.acceptsPets },
        { QStringLiteral("languages"), QJsonArray::fromStringList(s.languages) },
        { QStringLiteral("specialisms"), QJsonArray::fromStringList(s.specialisms) },
        { QStringLiteral("maxStayDays"), s.maxStayDays > 0 ? QJsonValue(s.maxStayDays) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("notes"), s.notes },
    };
    if (includeHidden) {
        o.insert(QStringLiteral("address"), s.address);
        o.insert(QStringLiteral("reference"), s.reference);
    }
    return o;
}

Result<ShelterInput> ShelterJson::fromJson(const QJsonObject &input)
{
    QStringList problems;
    auto parsed = parse(input, QString(), problems);
    if (!problems.isEmpty())
        return invalid(problems);
    return parsed;
}

Result<QVector<ShelterInput>> ShelterJson::fromJsonArray(const QJsonArray &input)
{
    if (input.size() > InputLimits::MaxShelters)
        return Error(ErrorCode::InvalidInput,
            tr("The shelter list holds more than %1 shelters; import it in parts.").arg(InputLimits::MaxShelters));
    QStringList problems;
    QVector<ShelterInput> out;
    QSet<QString> seenIds;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QString prefix = QStringLiteral("[%1].").arg(i);
        if (!input.at(i).isObject()) {
            problems.append(tr("element %1: must be an object").arg(i));
            continue;
        }
        auto parsed = parse(input.at(i).toObject(), prefix, problems);
        if (!parsed)
            continue;
        const QString &id = parsed->shelter.id;
        if (!id.isEmpty()) {
            if (seenIds.contains(id))
                problems.append(tr("field %1id: the same id appears twice").arg(prefix));
            seenIds.insert(id);
        }
        out.append(std::move(parsed).value());
    }
    if (!problems.isEmpty())
        return invalid(problems);
    return out;
}

} // namespace vangnet
