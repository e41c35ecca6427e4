#include "exchange/ReceivedRecords.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonDocument>

namespace vangnet {

Result<QVector<ReceivedRecord>> ReceivedRecords::list(const QString &purpose) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT r.id, r.bundle_id, r.sender_contact_id, coalesce(k.name, ''), r.case_id, "
                                         "r.number, r.purpose, r.scopes, r.json, r.received_at"
                                         " FROM received_records r LEFT JOIN contacts k ON k.id = r.sender_contact_id"
                                         " WHERE ? = '' OR r.purpose = ? ORDER BY r.received_at DESC, r.id"));
    if (!q)
        return q.error();
    q->bind(1, purpose).bind(2, purpose);
    QVector<ReceivedRecord> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ReceivedRecord r;
        r.id = q->integer(0);
        r.bundleId = q->text(1);
        r.senderContactId = q->text(2);
        r.senderName = q->text(3);
        r.caseId = q->text(4);
        r.number = q->text(5);
        r.purpose = q->text(6);
        r.scopes = q->text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.data = QJsonDocument::fromJson(q->text(8).toUtf8()).object();
        r.receivedAt = QDateTime::fromString(q->text(9), Qt::ISODateWithMs);
        out.append(r);
    }
    return out;
}

Status ReceivedRecords::add(const ReceivedRecord &r)
{
    auto q = m_db.prepareCached(QStringLiteral(
        "INSERT INTO received_records(bundle_id, sender_contact_id, case_id, number, purpose, scopes, json, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->bind(1, r.bundleId).bind(2, r.senderContactId).bind(3, r.caseId).bind(4, r.number).bind(5, r.purpose);
    q->bind(6, r.scopes.join(QLatin1Char(','))).bind(7, QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Compact)));
    q->bind(8, r.receivedAt.isValid() ? r.receivedAt : QDateTime::currentDateTimeUtc());
    return q->run();
}

} // namespace vangnet
