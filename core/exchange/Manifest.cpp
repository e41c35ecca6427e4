#include "exchange/Manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace vangnet {
namespace {

const QString kFormat = QStringLiteral("vangnet-bundle-manifest");

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject partyJson(const ManifestParty &p, bool withSigningKey)
{
    QJsonObject o { { QStringLiteral("name"), p.name }, { QStringLiteral("organisation"), p.organisation },
        { QStringLiteral("encryptionKey"), b64(p.encryptionKey) } };
    if (withSigningKey)
        o.insert(QStringLiteral("signingKey"), b64(p.signingKey));
    return o;
}

bool readKey(const QJsonObject &o, const QString &key, QByteArray &out)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return false;
    out = decoded.decoded;
    return true;
}

} // namespace

bool Manifest::isValidKind(const QString &kind)
{
    return kind == QLatin1String("team") || kind == QLatin1String("external") || kind == QLatin1String("statistics");
}

QString Manifest::legalBasisFor(const QString &kind)
{
    if (kind == QLatin1String("team"))
        return QStringLiteral("same organisation (handover)");
    if (kind == QLatin1String("statistics"))
        return QStringLiteral("aggregated, no personal data");
    return QStringLiteral("consent");
}

QString Manifest::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("team"))
        return tr("Handover within the team");
    if (kind == QLatin1String("external"))
        return tr("Shared with consent");
    if (kind == QLatin1String("statistics"))
        return tr("Statistics without personal data");
    return tr("Unknown kind");
}

QString Manifest::legalBasisLabel(const QString &legalBasis)
{
    if (legalBasis == legalBasisFor(QStringLiteral("team")))
        return tr("same organisation (handover)");
    if (legalBasis == legalBasisFor(QStringLiteral("statistics")))
        return tr("aggregated, no personal data");
    if (legalBasis == legalBasisFor(QStringLiteral("external")))
        return tr("the person's consent");
    return legalBasis;
}

QJsonObject Manifest::toJson() const
{
    QJsonArray recipientList;
    for (const ManifestParty &r : recipients)
        recipientList.append(partyJson(r, false));
    QJsonArray caseList;
    for (const ManifestCase &c : cases)
        caseList.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("number"), c.number },
            { QStringLiteral("consentId"), c.consentId }, { QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes) } });
    return QJsonObject { { QStringLiteral("format"), kFormat }, { QStringLiteral("version"), 1 },
        { QStringLiteral("bundleId"), bundleId }, { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("kind"), kind }, { QStringLiteral("sender"), partyJson(sender, true) },
        { QStringLiteral("recipients"), recipientList }, { QStringLiteral("purpose"), purpose },
        { QStringLiteral("purposeText"), purposeText }, { QStringLiteral("legalBasis"), legalBasis },
        { QStringLiteral("cases"), caseList } };
}

QByteArray Manifest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<Manifest> Manifest::parse(const QByteArray &bytes)
{
    const auto invalid = [](const QString &what) {
        return Error(ErrorCode::Integrity,
            tr("The bundle's manifest is not valid (%1); the bundle is damaged or was not made by Vangnet.").arg(what));
    };
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return invalid(QStringLiteral("format"));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version != 1)
        return Error(ErrorCode::Integrity,
            tr("This bundle's manifest has version %1, which this version of Vangnet does not know. Update Vangnet to read it.")
                .arg(version));

    Manifest m;
    m.bundleId = o.value(QStringLiteral("bundleId")).toString();
    if (QUuid::fromString(m.bundleId).isNull())
        return invalid(QStringLiteral("bundleId"));
    m.bundleId = QUuid::fromString(m.bundleId).toString(QUuid::WithoutBraces);
    m.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate).toUTC();
    if (!m.createdAt.isValid())
        return invalid(QStringLiteral("createdAt"));
    m.kind = o.value(QStringLiteral("kind")).toString();
    if (!isValidKind(m.kind))
        return invalid(QStringLiteral("kind"));
    const QJsonObject sender = o.value(QStringLiteral("sender")).toObject();
    m.sender.name = sender.value(QStringLiteral("name")).toString();
    m.sender.organisation = sender.value(QStringLiteral("organisation")).toString();
    if (!readKey(sender, QStringLiteral("encryptionKey"), m.sender.encryptionKey)
        || !readKey(sender, QStringLiteral("signingKey"), m.sender.signingKey))
        return invalid(QStringLiteral("sender"));
    for (const QJsonValue &v : o.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject r = v.toObject();
        ManifestParty p;
        p.name = r.value(QStringLiteral("name")).toString();
        p.organisation = r.value(QStringLiteral("organisation")).toString();
        if (!readKey(r, QStringLiteral("encryptionKey"), p.encryptionKey))
            return invalid(QStringLiteral("recipients"));
        m.recipients.append(p);
    }
    m.purpose = o.value(QStringLiteral("purpose")).toString();
    if (m.purpose.isEmpty())
        return invalid(QStringLiteral("purpose"));
    m.purposeText = o.value(QStringLiteral("purposeText")).toString();
    m.legalBasis = o.value(QStringLiteral("legalBasis")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        ManifestCase mc;
        mc.id = c.value(QStringLiteral("id")).toString();
        mc.number = c.value(QStringLiteral("number")).toString();
        mc.consentId = c.value(QStringLiteral("consentId")).toString();
        for (const QJsonValue &s : c.value(QStringLiteral("scopes")).toArray())
            mc.scopes.append(s.toString());
        if (QUuid::fromString(mc.id).isNull())
            return invalid(QStringLiteral("cases"));
        m.cases.append(mc);
    }
    return m;
}

} // namespace vangnet
