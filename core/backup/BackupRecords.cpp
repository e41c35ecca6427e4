#include "backup/BackupRecords.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace vangnet {
namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace

Status BackupRecords::recordCreated(const QString &fileName, const QDateTime &createdAt, qint64 bytes)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO backup_records(file_name, created_at, bytes, verified_at)"
                                            " VALUES (?, ?, ?, NULL)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fileName).bind(2, iso(createdAt)).bind(3, bytes);
    return stmt->run();
}

Status BackupRecords::recordVerified(
    const QString &fileName, const QDateTime &createdAt, qint64 bytes, const QDateTime &verifiedAt)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO backup_records(file_name, created_at, bytes, verified_at)"
                                            " VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fileName).bind(2, iso(createdAt)).bind(3, bytes).bind(4, iso(verifiedAt));
    return stmt->run();
}

Status BackupRecords::forget(const QString &fileName)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM backup_records WHERE file_name = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, fileName);
    return stmt->run();
}

Result<QList<BackupRecord>> BackupRecords::all() const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT file_name, created_at, bytes, verified_at FROM backup_records ORDER BY created_at DESC, file_name DESC"));
    if (!stmt)
        return stmt.error();
    QList<BackupRecord> records;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        BackupRecord r;
        r.fileName = stmt->text(0);
        r.createdAt = fromIso(stmt->text(1));
        r.bytes = stmt->integer(2);
        if (!stmt->isNull(3))
            r.verifiedAt = fromIso(stmt->text(3));
        records.append(r);
    }
    return records;
}

Result<std::optional<BackupRecord>> BackupRecords::newest() const
{
    auto records = all();
    if (!records)
        return records.error();
    if (records->isEmpty())
        return std::optional<BackupRecord>();
    return std::optional<BackupRecord>(records->first());
}

Result<std::optional<BackupRecord>> BackupRecords::newestVerified() const
{
    auto records = all();
    if (!records)
        return records.error();
    for (const BackupRecord &r : records.value())
        if (r.verifiedAt.isValid())
            return std::optional<BackupRecord>(r);
    return std::optional<BackupRecord>();
}

} // namespace vangnet
