#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupProgress.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "vault/KeyFile.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

namespace vangnet {

// Reads a .vnbackup container (docs/BACKUP-FORMAT.md). open() checks the clear part (magic,
// format, checksum) and loads the key file copy; unlock*() turn the passphrase that was valid when
// the backup was made, or the recovery key, into the master key; read() decrypts and authenticates
// the whole stream, handing the database's bytes (and, from format 2, the write-ahead log's) to a
// sink. Formats 1 and 2 are read. Every kind of damage is an Integrity error naming what is wrong;
// a wrong secret is CannotUnlock.
class BackupReader
{
    Q_DECLARE_TR_FUNCTIONS(BackupReader)

public:
    // Which file the bytes belong to: vault.db, or vault.db-wal (format 2 only).
    enum class Part { Database, Wal };
    using Sink = std::function<Status(Part part, const char *data, qint64 size)>;

    static Result<BackupReader> open(const QString &path);
    // Any device positioned at the start of a backup (tests read from memory).
    static Result<BackupReader> open(std::unique_ptr<QIODevice> device);

    BackupReader(BackupReader &&) noexcept = default;
    BackupReader &operator=(BackupReader &&) noexcept = default;
    ~BackupReader() = default;

    const KeyFile &keyFile() const { return m_keyFile; }
    const QByteArray &keyFileBytes() const { return m_keyFileBytes; }
    QString vaultId() const { return m_keyFile.vaultId().toString(QUuid::WithoutBraces); }
    qint64 size() const { return m_size; }
    quint16 format() const { return m_format; }

    Result<SecureBuffer> unlockWithPassphrase(const QString &passphrase) const;
    Result<SecureBuffer> unlockWithRecoveryKey(const QString &recoveryKey) const;

    // Decrypts the payload from the start; the manifest is returned once the final tag proved the
    // stream complete and the parts had the lengths it names. progress: 0..1000 over the file.
    Result<BackupManifest> read(const SecureBuffer &masterKey, const Sink &sink, const BackupProgress &progress = {});

private:
    BackupReader() = default;

    std::unique_ptr<QIODevice> m_device;
    KeyFile m_keyFile;
    QByteArray m_keyFileBytes;
    QByteArray m_salt;
    QByteArray m_streamHeader;
    QByteArray m_checksum;
    qint64 m_payloadOffset = 0;
    qint64 m_size = 0;
    quint16 m_format = 0;
};

} // namespace vangnet
