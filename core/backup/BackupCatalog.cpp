#include "backup/BackupCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace vangnet {

QString BackupCatalog::fileNameFor(const QDateTime &createdAt, int sequence)
{
    QString name = QStringLiteral("vangnet-") + createdAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (sequence > 0)
        name += QLatin1Char('-') + QString::number(sequence);
    return name + QStringLiteral(".vnbackup");
}

std::optional<QDateTime> BackupCatalog::createdAtFromName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^vangnet-(\\d{8}-\\d{6})(?:-\\d{1,4})?\\.vnbackup$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeSpec(Qt::UTC);
    return t;
}

Result<QList<BackupFileInfo>> BackupCatalog::list(const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return Error(ErrorCode::Runtime,
            QCoreApplication::translate("BackupCatalog", "The backup folder %1 cannot be reached. Is the drive connected?")
                .arg(folder));
    QList<BackupFileInfo> found;
    const QFileInfoList entries
        = dir.entryInfoList({ QStringLiteral("vangnet-*.vnbackup") }, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &fi : entries) {
        const auto createdAt = createdAtFromName(fi.fileName());
        if (!createdAt)
            continue;
        found.append({ fi.absoluteFilePath(), fi.fileName(), *createdAt, fi.size(), false });
    }
    std::sort(found.begin(), found.end(), [](const BackupFileInfo &a, const BackupFileInfo &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        // Same second: "-N" was made after the plain name, and "-10" after "-9".
        return a.fileName.size() != b.fileName.size() ? a.fileName.size() > b.fileName.size() : a.fileName > b.fileName;
    });
    return found;
}

} // namespace vangnet
