#include "backup/BackupManifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vangnet {

QByteArray BackupManifest::toJson() const
{
    QJsonArray files;
    for (const Attachment &a : attachments)
        files.append(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("size"), a.size },
            { QStringLiteral("blake2b"), QString::fromLatin1(a.blake2b.toHex()) } });
    const QJsonObject o {
        { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("vaultId"), vaultId },
        { QStringLiteral("schemaVersion"), schemaVersion },
        { QStringLiteral("cases"), cases },
        { QStringLiteral("databaseBytes"), databaseBytes },
        { QStringLiteral("walBytes"), walBytes },
        { QStringLiteral("attachments"), files },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json)
{
    const Error damaged(
        ErrorCode::Integrity, QCoreApplication::translate("BackupManifest", "The backup's table of contents is damaged."));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return damaged;
    const QJsonObject o = doc.object();
    BackupManifest m;
    m.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    m.vaultId = o.value(QStringLiteral("vaultId")).toString();
    m.schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt(-1);
    m.cases = o.value(QStringLiteral("cases")).toInteger(-1);
    m.databaseBytes = o.value(QStringLiteral("databaseBytes")).toInteger(-1);
    // Format 1 had no write-ahead log in the backup, and no key for it.
    m.walBytes = o.value(QStringLiteral("walBytes")).toInteger(0);
    if (!m.createdAt.isValid() || m.vaultId.isEmpty() || m.schemaVersion < 0 || m.cases < 0 || m.databaseBytes < 0
        || m.walBytes < 0)
        return damaged;
    for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject f = v.toObject();
        Attachment a;
        a.id = f.value(QStringLiteral("id")).toString();
        a.size = f.value(QStringLiteral("size")).toInteger(-1);
        a.blake2b = QByteArray::fromHex(f.value(QStringLiteral("blake2b")).toString().toLatin1());
        if (a.id.isEmpty() || a.size < 0 || a.blake2b.size() != 32)
            return damaged;
        m.attachments.append(a);
    }
    return m;
}

} // namespace vangnet
