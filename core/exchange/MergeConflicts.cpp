#include "exchange/MergeConflicts.h"

#include "audit/AuditLog.h"
#include "cases/CaseHistory.h"
#include "exchange/CaseImporter.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vangnet {
namespace {

const QString Columns
    = QStringLiteral("SELECT m.id, m.case_id, coalesce(c.number, ''), m.field, m.local_json, m.remote_json, m.bundle_id, "
                     "m.detected_at, m.resolved_at,"
                     " coalesce(m.resolution, '') FROM merge_conflicts m LEFT JOIN cases c ON c.id = m.case_id ");

MergeConflict readConflict(const Statement &q)
{
    MergeConflict c;
    c.id = q.text(0);
    c.caseId = q.text(1);
    c.caseNumber = q.text(2);
    c.field = q.text(3);
    c.localValue = CaseHistory::decode(q.text(4), q.isNull(4));
    c.remoteValue = CaseHistory::decode(q.text(5), q.isNull(5));
    c.bundleId = q.text(6);
    c.detectedAt = QDateTime::fromString(q.text(7), Qt::ISODateWithMs);
    if (!q.isNull(8))
        c.resolvedAt = QDateTime::fromString(q.text(8), Qt::ISODateWithMs);
    c.resolution = q.text(9);
    return c;
}

} // namespace

Result<QVector<MergeConflict>> MergeConflicts::list(bool includeResolved) const
{
    auto q = m_db.prepare(Columns
        + (includeResolved ? QStringLiteral("ORDER BY m.resolved_at IS NOT NULL, m.detected_at, m.rowid")
                           : QStringLiteral("WHERE m.resolved_at IS NULL ORDER BY m.detected_at, m.rowid")));
    if (!q)
        return q.error();
    QVector<MergeConflict> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readConflict(q.value()));
    }
    return out;
}

Result<MergeConflict> MergeConflicts::find(const QString &id) const
{
    auto q = m_db.prepare(Columns + QStringLiteral("WHERE m.id = ?"));
    if (!q)
        return q.error();
    q->bind(1, id.trimmed());
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error(ErrorCode::NotFound, tr("There is no merge conflict with this id."));
    return readConflict(q.value());
}

Status MergeConflicts::resolve(const QString &id, bool takeRemote)
{
    auto conflict = find(id);
    if (!conflict)
        return conflict.error();
    if (conflict->resolvedAt.isValid())
        return Error(ErrorCode::InvalidInput, tr("This conflict was already resolved."));
    auto historyText = m_db.prepare(QStringLiteral("SELECT remote_history FROM merge_conflicts WHERE id = ?"));
    if (!historyText)
        return historyText.error();
    historyText->bind(1, conflict->id);
    auto row = historyText->step();
    if (!row)
        return row.error();
    const QJsonArray rows = QJsonDocument::fromJson(historyText->text(0).toUtf8()).array();

    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    CaseImporter importer(m_db, conflict->bundleId);
    if (auto st = importer.storeRemoteHistory(conflict->caseId, CaseImporter::historyFromJson(conflict->caseId, rows)); !st)
        return st;
    if (takeRemote)
        if (auto st = importer.setField(conflict->caseId, conflict->field, conflict->remoteValue); !st)
            return st;
    auto update = m_db.prepare(QStringLiteral("UPDATE merge_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update->bind(1, QDateTime::currentDateTimeUtc())
        .bind(2, takeRemote ? QStringLiteral("remote") : QStringLiteral("local"))
        .bind(3, conflict->id);
    if (auto st = update->run(); !st)
        return st;
    if (auto st = AuditLog(m_db).append(QStringLiteral("conflict.resolved"), conflict->caseId,
            QStringLiteral("conflict=%1 take=%2")
                .arg(conflict->id, takeRemote ? QStringLiteral("remote") : QStringLiteral("local")));
        !st)
        return st;
    return tx.commit();
}

} // namespace vangnet
