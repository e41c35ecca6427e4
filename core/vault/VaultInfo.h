#pragma once

#include "crypto/KdfParameters.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace vangnet {

// What `vangnet-cli info` and the desktop's vault page show. Never holds case data.
struct VaultInfo
{
    QString folder;
    QString vaultId;
    int keyFileFormat = 0;
    QString cipherLibraryVersion; // e.g. "3.4.1"
    QString cipher; // human-readable cipher summary
    int cipherPageSize = 0;
    KdfParameters kdf; // salt not shown
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QDateTime createdAt;
    qint64 databaseBytes = 0;
    QList<QPair<QString, qint64>> recordCounts; // table → rows
};

} // namespace vangnet
