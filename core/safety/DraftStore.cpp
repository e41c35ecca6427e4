#include "safety/DraftStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace vangnet {
namespace {

Draft readRow(const Statement &s)
{
    Draft d;
    d.kind = s.text(0);
    d.key = s.text(1);
    d.json = QJsonDocument::fromJson(s.text(2).toUtf8()).object();
    d.savedAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
    return d;
}

} // namespace

Status DraftStore::save(const QString &kind, const QString &key, const QJsonObject &json)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts(kind, key, json, saved_at) VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kind)
        .bind(2, key)
        .bind(3, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
        .bind(4, QDateTime::currentDateTimeUtc());
    if (auto st = stmt->run(); !st)
        return st;
    return tx.commit();
}

Result<QVector<Draft>> DraftStore::all() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT kind, key, json, saved_at FROM drafts ORDER BY saved_at, kind, key"));
    if (!stmt)
        return stmt.error();
    QVector<Draft> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readRow(stmt.value()));
    }
    return out;
}

Result<std::optional<Draft>> DraftStore::find(const QString &kind, const QString &key) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT kind, key, json, saved_at FROM drafts WHERE kind = ? AND key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kind).bind(2, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Draft>();
    return std::optional<Draft>(readRow(stmt.value()));
}

Status DraftStore::remove(const QString &kind, const QString &key)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM drafts WHERE kind = ? AND key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kind).bind(2, key);
    return stmt->run();
}

Result<int> DraftStore::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM drafts"));
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace vangnet
