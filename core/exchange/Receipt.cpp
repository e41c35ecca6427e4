#include "exchange/Receipt.h"

#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"
#include "platform/AtomicFile.h"
#include "platform/CrashPoint.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <sodium.h>

namespace vangnet {

QByteArray Receipt::toJson() const
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("format"), QStringLiteral("vangnet-receipt") }, { QStringLiteral("version"), 1 },
            { QStringLiteral("bundleId"), bundleId }, { QStringLiteral("bundleHash"), QString::fromLatin1(bundleHash.toHex()) },
            { QStringLiteral("at"), at.toUTC().toString(Qt::ISODate) }, { QStringLiteral("outcome"), outcome } })
        .toJson(QJsonDocument::Compact);
}

Status Receipt::write(const QString &path, const IdentityKeys &me, const PublicIdentity &to) const
{
    return BundleWriter::write(path, me, { to }, { { entryName(), toJson() } });
}

Status Receipt::write(AtomicFile &file, const IdentityKeys &me, const PublicIdentity &to) const
{
    if (auto st = BundleWriter::write(file, me, { to }, { { entryName(), toJson() } }); !st)
        return st;
    crashPoint("bundle-before-commit");
    return file.commit();
}

Result<Receipt> Receipt::fromOpened(const QByteArray &signerKey, const QByteArray &json)
{
    const auto invalid = [] { return Error(ErrorCode::Integrity, tr("The receipt is damaged or was not made by Vangnet.")); };
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return invalid();
    const QJsonObject o = doc.object();
    Receipt r;
    r.bundleId = o.value(QStringLiteral("bundleId")).toString();
    r.bundleHash = QByteArray::fromHex(o.value(QStringLiteral("bundleHash")).toString().toLatin1());
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.signerKey = signerKey;
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("vangnet-receipt")
        || o.value(QStringLiteral("version")).toInt() != 1 || QUuid::fromString(r.bundleId).isNull()
        || r.bundleHash.size() != crypto_generichash_BYTES || !r.at.isValid() || r.outcome != QLatin1String("imported"))
        return invalid();
    return r;
}

Result<Receipt> Receipt::read(const QString &path, const IdentityKeys &me)
{
    auto opened = BundleReader::open(path, me);
    if (!opened)
        return opened.error();
    // Sealed to this vault alone, and nothing but the receipt inside.
    if (opened->entries.size() != 1 || opened->entries.first().name != entryName() || opened->recipientKeys.size() != 1)
        return Error(ErrorCode::Integrity, tr("The receipt is damaged or was not made by Vangnet."));
    return fromOpened(opened->signerKey, opened->entries.first().data);
}

Result<QByteArray> Receipt::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Runtime, tr("The file %1 cannot be read.").arg(path), file.errorString());
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    QByteArray buffer(64 * 1024, '\0');
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error(ErrorCode::Runtime, tr("The file %1 cannot be read.").arg(path), file.errorString());
        if (n == 0)
            break;
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(buffer.constData()), quint64(n));
    }
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()));
    return out;
}

} // namespace vangnet
