#include "exchange/ExchangeRegister.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {

Result<QVector<ExchangeEvent>> ExchangeRegister::recent(int limit) const
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT e.bundle_id, e.at, 1, e.recipient_contact_id, coalesce(k.name, ''), e.kind, e.purpose, e.case_count, 0"
        " FROM exported_bundles e LEFT JOIN contacts k ON k.id = e.recipient_contact_id"
        " UNION ALL"
        " SELECT i.bundle_id, i.at, 0, i.sender_contact_id, coalesce(k.name, ''), i.kind, i.purpose, i.created + i.updated + "
        "i.received, i.conflicts"
        " FROM imported_bundles i LEFT JOIN contacts k ON k.id = i.sender_contact_id"
        " ORDER BY 2 DESC LIMIT ?"));
    if (!q)
        return q.error();
    q->bind(1, limit);
    QVector<ExchangeEvent> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ExchangeEvent e;
        e.bundleId = q->text(0);
        e.at = QDateTime::fromString(q->text(1), Qt::ISODateWithMs);
        e.exported = q->integer(2) != 0;
        e.contactId = q->text(3);
        e.contactName = q->text(4);
        e.kind = q->text(5);
        e.purpose = q->text(6);
        e.caseCount = int(q->integer(7));
        e.conflicts = int(q->integer(8));
        out.append(e);
    }
    return out;
}

} // namespace vangnet
