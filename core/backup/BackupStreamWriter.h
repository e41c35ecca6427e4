#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <sodium.h>

namespace vangnet {

class AtomicFile;

// The encrypted part of a .vnbackup (docs/BACKUP-FORMAT.md): plaintext in, XChaCha20-Poly1305
// secretstream chunks of 64 KiB out, each bound to the clear header's checksum; the last chunk
// (possibly empty) carries TAG_FINAL so that a cut file is detected. The ciphertext is handed to
// the AtomicFile in pieces of about 1 MiB.
class BackupStreamWriter
{
public:
    explicit BackupStreamWriter(AtomicFile &out);
    ~BackupStreamWriter();
    BackupStreamWriter(const BackupStreamWriter &) = delete;
    BackupStreamWriter &operator=(const BackupStreamWriter &) = delete;

    // Starts the stream; returns the secretstream header for the clear part.
    QByteArray init(const SecureBuffer &key);
    // Bound to every chunk: the checksum of the clear header.
    void setAssociatedData(const QByteArray &ad) { m_ad = ad; }

    Status write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    Status write(const char *data, qint64 size);
    // The FINAL chunk, then everything still buffered goes to the file.
    Status finish();

private:
    Status push(const char *data, qint64 size, unsigned char tag);
    Status flush();

    AtomicFile &m_out;
    QByteArray m_ad;
    QByteArray m_pending; // less than one chunk of plaintext
    QByteArray m_cipher; // ciphertext not yet written
    crypto_secretstream_xchacha20poly1305_state m_state {};
};

} // namespace vangnet
