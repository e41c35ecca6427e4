#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vangnet {

struct BackupFileInfo
{
    QString path;
    QString fileName;
    QDateTime createdAt; // from the file name (UTC)
    qint64 bytes = 0;
    bool verified = false; // this vault recorded a full verify of this file (name and size)
};

// The backups in a folder, recognised by name: vangnet-YYYYMMDD-HHMMSS[-N].vnbackup (UTC). The
// name is the only thing about a backup that is readable without its key.
class BackupCatalog
{
public:
    static QString fileNameFor(const QDateTime &createdAt, int sequence = 0);
    static std::optional<QDateTime> createdAtFromName(const QString &fileName);
    // Newest first; a missing folder is an error (the USB stick is not inserted), an empty one not.
    static Result<QList<BackupFileInfo>> list(const QString &folder);
};

} // namespace vangnet
