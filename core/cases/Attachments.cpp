#include "cases/Attachments.h"

#include "audit/AuditLog.h"
#include "cases/CaseHistory.h"
#include "cases/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

namespace vangnet {
namespace {

Error tooLarge()
{
    return Error(ErrorCode::InvalidInput, Attachments::tr("The file is larger than the limit of 20 MiB."));
}

} // namespace

QString Attachments::detectMediaType(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    return {};
}

Result<AttachmentInfo> Attachments::add(const QString &caseIdOrNumber, const QString &fileName, const QByteArray &data)
{
    if (data.size() > kMaxBytes)
        return tooLarge();
    const QString mediaType = detectMediaType(data.left(16));
    if (mediaType.isEmpty())
        return Error(
            ErrorCode::InvalidInput, tr("This type of file cannot be attached. Allowed types: PDF, PNG, JPEG and TIFF."));
    CaseRepository repo(m_db);
    auto caseId = repo.resolve(caseIdOrNumber);
    if (!caseId)
        return caseId.error();
    auto doc = repo.docOf(caseId.value());
    if (!doc)
        return doc.error();

    AttachmentInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.caseId = caseId.value();
    info.fileName = QFileInfo(fileName).fileName().left(255);
    info.mediaType = mediaType;
    info.size = data.size();
    info.addedAt = QDateTime::currentDateTimeUtc();
    info.addedBy = AuditLog::currentActor();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began().error();
    auto q = m_db.prepare(QStringLiteral("INSERT INTO case_attachments(id, case_doc, file_name, media_type, size, added_at, "
                                         "added_by, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->bind(1, info.id).bind(2, doc.value()).bind(3, info.fileName).bind(4, info.mediaType).bind(5, info.size);
    q->bind(6, info.addedAt.toString(Qt::ISODateWithMs)).bind(7, info.addedBy).bind(8, data);
    if (auto st = q->run(); !st)
        return st.error();
    const QJsonObject entry { { QStringLiteral("id"), info.id }, { QStringLiteral("fileName"), info.fileName },
        { QStringLiteral("mediaType"), info.mediaType }, { QStringLiteral("size"), info.size } };
    if (auto st = CaseHistory(m_db).record(info.caseId, QUuid::createUuid().toString(QUuid::WithoutBraces),
            { { QStringLiteral("attachments"), QJsonValue(), entry } }, info.addedAt);
        !st)
        return st.error();
    if (auto st = AuditLog(m_db).append(QStringLiteral("case.attachment_added"), info.caseId, info.id); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return info;
}

Result<AttachmentInfo> Attachments::addFile(const QString &caseIdOrNumber, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidInput, tr("The file cannot be read."), f.errorString());
    if (f.size() > kMaxBytes)
        return tooLarge();
    const QByteArray data = f.read(kMaxBytes + 1);
    return add(caseIdOrNumber, path, data);
}

Result<QVector<AttachmentInfo>> Attachments::list(const QString &caseIdOrNumber) const
{
    CaseRepository repo(m_db);
    auto caseId = repo.resolve(caseIdOrNumber);
    if (!caseId)
        return caseId.error();
    auto q = m_db.prepare(
        QStringLiteral("SELECT a.id, a.file_name, a.media_type, a.size, a.added_at, a.added_by FROM case_attachments a"
                       " JOIN cases c ON c.doc = a.case_doc WHERE c.id = ? ORDER BY a.added_at, a.rowid"));
    if (!q)
        return q.error();
    q->bind(1, caseId.value());
    QVector<AttachmentInfo> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(AttachmentInfo { q->text(0), caseId.value(), q->text(1), q->text(2), q->integer(3),
            QDateTime::fromString(q->text(4), Qt::ISODateWithMs), q->text(5) });
    }
    return out;
}

Result<QByteArray> Attachments::content(const QString &attachmentId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT data FROM case_attachments WHERE id = ?"));
    if (!q)
        return q.error();
    q->bind(1, attachmentId);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, tr("There is no attachment with this id."));
    return q->blob(0);
}

} // namespace vangnet
