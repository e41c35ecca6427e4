#include "audit/AuditLog.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vangnet {
namespace {

QByteArray entryHash(const QByteArray &prev, const QString &at, const QString &actor, const QString &action,
    const QString &subject, const QString &detail)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    const auto feed = [&state](const QByteArray &bytes) {
        const quint64 n = static_cast<quint64>(bytes.size());
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(&n), sizeof n);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()), n);
    };
    feed(prev);
    feed(at.toUtf8());
    feed(actor.toUtf8());
    feed(action.toUtf8());
    feed(subject.toUtf8());
    feed(detail.toUtf8());
    QByteArray out(32, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), 32);
    return out;
}

} // namespace

QString AuditLog::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Status AuditLog::append(const QString &action, const QString &subject, const QString &detail)
{
    QByteArray prev(32, '\0');
    {
        auto last = m_db.prepareCached(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!last)
            return last.error();
        auto row = last->step();
        if (!row)
            return row.error();
        if (row.value())
            prev = last->blob(0);
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString actor = currentActor();
    auto insert = m_db.prepareCached(QStringLiteral(
        "INSERT INTO audit_log(at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, at)
        .bind(2, actor)
        .bind(3, action)
        .bind(4, subject)
        .bind(5, detail)
        .bind(6, prev)
        .bind(7, entryHash(prev, at, actor, action, subject, detail));
    return insert->run();
}

Result<QVector<AuditEntry>> AuditLog::recent(int limit) const
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT id, at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    QVector<AuditEntry> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append({ stmt->integer(0), QDateTime::fromString(stmt->text(1), Qt::ISODateWithMs), stmt->text(2), stmt->text(3),
            stmt->text(4), stmt->text(5), QString() });
    }
    return out;
}

Result<QVector<AuditEntry>> AuditLog::list(const AuditQuery &query) const
{
    // The subject of a case event is its UUID: the number comes from the case, or from the
    // tombstone of an erased one (migration 160).
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT a.id, a.at, a.actor, a.action, a.subject, a.detail, coalesce(c.number, e.number, '')"
                       " FROM audit_log a LEFT JOIN cases c ON c.id = a.subject LEFT JOIN erased_cases e ON e.case_id = a.subject"
                       " WHERE a.at >= ? AND a.at < ? ORDER BY a.id DESC"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, query.since.isValid() ? query.since.toString(Qt::ISODate) : QStringLiteral("0"))
        .bind(2, query.until.isValid() ? query.until.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999"));
    QVector<AuditEntry> out;
    while (out.size() < query.limit) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString action = stmt->text(3);
        if (query.kind && AuditActions::kindOf(action) != *query.kind)
            continue;
        out.append({ stmt->integer(0), QDateTime::fromString(stmt->text(1), Qt::ISODateWithMs), stmt->text(2), action,
            stmt->text(4), stmt->text(5), stmt->text(6) });
    }
    return out;
}

Status AuditLog::verify() const
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!stmt)
        return stmt.error();
    QByteArray expectedPrev(32, '\0');
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        const QByteArray prev = stmt->blob(6);
        const QByteArray hash = stmt->blob(7);
        if (prev != expectedPrev
            || hash != entryHash(prev, stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), stmt->text(5)))
            return Error(ErrorCode::Integrity,
                QCoreApplication::translate(
                    "AuditLog", "The audit log was altered: entry %1 does not follow from the one before it.")
                    .arg(stmt->integer(0)));
        expectedPrev = hash;
    }
}

} // namespace vangnet
