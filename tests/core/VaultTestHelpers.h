#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QFile>
#include <QString>
#include <QVariant>

// Small helpers shared by the vault's tests (TestVault, TestVaultReader).
namespace vangnet::test {

inline QString why(const Error &e)
{
    return e.message() + QStringLiteral(" [") + e.detail() + QLatin1Char(']');
}

template<typename T> inline QString why(const Result<T> &r)
{
    return r.ok() ? QString() : why(r.error());
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline Status putMeta(Database &db, const QString &key, const QString &value)
{
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

inline Result<QVariant> getMeta(Database &db, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->value(0) : QVariant();
}

// Runs until something stops it: the statement a reader's cancel check or a lock has to end.
inline const QString kEndlessQuery
    = QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n");

} // namespace vangnet::test
