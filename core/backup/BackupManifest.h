#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vangnet {

// What a backup says about itself, inside the encrypted payload only: nothing of it is in the clear.
struct BackupManifest
{
    struct Attachment
    {
        QString id;
        qint64 size = 0;
        QByteArray blake2b; // 32 bytes, of the attachment's content
    };

    QDateTime createdAt;
    QString vaultId;
    int schemaVersion = 0;
    qint64 cases = 0;
    qint64 databaseBytes = 0;
    qint64 walBytes = 0; // format 2: the vault's write-ahead log copied after the database file
    QList<Attachment> attachments;

    QByteArray toJson() const;
    static Result<BackupManifest> fromJson(const QByteArray &json);
};

} // namespace vangnet
