#include "vault/ViewStateStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QJsonDocument>

namespace vangnet {

Result<QJsonObject> ViewStateStore::load(const QString &view) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT state FROM view_state WHERE view = ?"));
    if (!q)
        return q.error();
    q->bind(1, view);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!row.value())
        return QJsonObject();
    // State written by another version may not parse: the view then starts from its defaults.
    return QJsonDocument::fromJson(q->text(0).toUtf8()).object();
}

Status ViewStateStore::save(const QString &view, const QJsonObject &state)
{
    if (view.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A view state needs the name of its view."));
    auto q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO view_state(view, state, updated_at) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    q->bind(1, view)
        .bind(2, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q->run();
}

} // namespace vangnet
