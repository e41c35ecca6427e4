#pragma once

#include "common/Result.h"
#include "domain/Case.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace vangnet {

class Database;

// Scans kept inside the encrypted vault database as BLOBs (table case_attachments), never as
// loose files. At most 20 MiB; only PDF, PNG, JPEG and TIFF, recognised by their magic bytes.
class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)

public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    explicit Attachments(Database &db)
        : m_db(db)
    { }

    // "application/pdf", "image/png", "image/jpeg", "image/tiff"; empty for anything else.
    static QString detectMediaType(const QByteArray &head);

    // Stores a copy of the bytes; the file name is kept without its folder. Recorded in the history.
    Result<AttachmentInfo> add(const QString &caseIdOrNumber, const QString &fileName, const QByteArray &data);
    // Reads a file (refusing one over the limit before reading it) and adds it.
    Result<AttachmentInfo> addFile(const QString &caseIdOrNumber, const QString &path);
    Result<QVector<AttachmentInfo>> list(const QString &caseIdOrNumber) const;
    Result<QByteArray> content(const QString &attachmentId) const;

private:
    Database &m_db;
};

} // namespace vangnet
