#include "backup/ExtractedDatabase.h"

namespace vangnet {

ExtractedDatabase::ExtractedDatabase(const QString &path)
    : m_database(path)
    , m_wal(path + QStringLiteral("-wal"))
{ }

Status ExtractedDatabase::create(QFile &file)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::Runtime, tr("The file %1 cannot be created.").arg(file.fileName()), file.errorString());
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(ErrorCode::Runtime, tr("The file %1 cannot be created.").arg(file.fileName()), file.errorString());
    return {};
}

Status ExtractedDatabase::open()
{
    if (auto st = create(m_database); !st)
        return st;
    return create(m_wal);
}

Status ExtractedDatabase::write(BackupReader::Part part, const char *data, qint64 size)
{
    QFile &file = part == BackupReader::Part::Wal ? m_wal : m_database;
    while (size > 0) {
        const qint64 n = file.write(data, size);
        if (n <= 0)
            return Error(ErrorCode::Runtime, tr("The file %1 cannot be written.").arg(file.fileName()), file.errorString());
        data += n;
        size -= n;
    }
    return {};
}

Status ExtractedDatabase::flushAndClose(QFile &file)
{
    if (!file.isOpen())
        return {};
    const bool flushed = file.flush();
    const QString error = file.errorString();
    file.close();
    if (!flushed || file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Runtime, tr("The file %1 cannot be written.").arg(file.fileName()), error);
    return {};
}

Status ExtractedDatabase::close()
{
    const Status database = flushAndClose(m_database);
    const Status wal = flushAndClose(m_wal);
    return database ? wal : database;
}

} // namespace vangnet
