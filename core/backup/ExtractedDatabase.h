#pragma once

#include "backup/BackupReader.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace vangnet {

// The files a backup's stream is decrypted into, in one pass: `path` (the database) and, for
// format 2, `path`-wal, both created new and owner-only; the bytes are SQLCipher's encrypted pages
// as the backup holds them. Every write is checked. No fsync here: opening the database and
// checkpointing its WAL (restore) makes SQLite sync the file; a verify's files are scratch.
class ExtractedDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ExtractedDatabase)

public:
    explicit ExtractedDatabase(const QString &path);
    ExtractedDatabase(const ExtractedDatabase &) = delete;
    ExtractedDatabase &operator=(const ExtractedDatabase &) = delete;
    ~ExtractedDatabase() = default;

    // Refuses when either file exists already.
    Status open();
    Status write(BackupReader::Part part, const char *data, qint64 size);
    // Flushes and closes both files, checking each step.
    Status close();

private:
    static Status create(QFile &file);
    static Status flushAndClose(QFile &file);

    QFile m_database;
    QFile m_wal;
};

} // namespace vangnet
