#include "exchange/ExchangeStatus.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {

Result<QList<ContactExchangeStatus>> ExchangeStatus::perContact() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT k.id, k.name, count(*), count(s.delivered_at) FROM exchange_sent s"
                                         " JOIN contacts k ON k.id = s.contact_id GROUP BY k.id ORDER BY k.name"));
    if (!q)
        return q.error();
    QList<ContactExchangeStatus> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append({ q->text(0), q->text(1), int(q->integer(2)), int(q->integer(3)) });
    }
    return out;
}

Result<QList<SentBundle>> ExchangeStatus::sent(int limit) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT s.bundle_id, k.name, s.sent_at, s.delivered_at, coalesce(e.case_count, 0)"
                                         " FROM exchange_sent s JOIN contacts k ON k.id = s.contact_id"
                                         " LEFT JOIN exported_bundles e ON e.bundle_id = s.bundle_id"
                                         " ORDER BY s.delivered_at IS NOT NULL, s.sent_at DESC LIMIT ?"));
    if (!q)
        return q.error();
    q->bind(1, limit);
    QList<SentBundle> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append({ q->text(0), q->text(1), QDateTime::fromString(q->text(2), Qt::ISODateWithMs),
            QDateTime::fromString(q->text(3), Qt::ISODateWithMs), int(q->integer(4)) });
    }
    return out;
}

} // namespace vangnet
