#include "backup/BackupStreamWriter.h"

#include "backup/BackupFormat.h"
#include "platform/AtomicFile.h"

namespace vangnet {

BackupStreamWriter::BackupStreamWriter(AtomicFile &out)
    : m_out(out)
{
    m_pending.reserve(backupformat::ChunkBytes);
    m_cipher.reserve(backupformat::IoBufferBytes + backupformat::ChunkBytes + backupformat::ChunkOverheadBytes);
}

BackupStreamWriter::~BackupStreamWriter()
{
    sodium_memzero(&m_state, sizeof m_state);
    if (!m_pending.isEmpty())
        sodium_memzero(m_pending.data(), static_cast<size_t>(m_pending.size()));
}

QByteArray BackupStreamWriter::init(const SecureBuffer &key)
{
    QByteArray header(backupformat::StreamHeaderBytes, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&m_state, reinterpret_cast<unsigned char *>(header.data()), key.data());
    return header;
}

Status BackupStreamWriter::write(const char *data, qint64 size)
{
    while (size > 0) {
        // Whole chunks straight from the caller's buffer; only a remainder is copied.
        if (m_pending.isEmpty() && size >= backupformat::ChunkBytes) {
            if (auto st = push(data, backupformat::ChunkBytes, 0); !st)
                return st;
            data += backupformat::ChunkBytes;
            size -= backupformat::ChunkBytes;
            continue;
        }
        const qint64 take = std::min(backupformat::ChunkBytes - m_pending.size(), size);
        m_pending.append(data, take);
        data += take;
        size -= take;
        if (m_pending.size() == backupformat::ChunkBytes) {
            const Status st = push(m_pending.constData(), m_pending.size(), 0);
            sodium_memzero(m_pending.data(), static_cast<size_t>(m_pending.size()));
            m_pending.clear();
            if (!st)
                return st;
        }
    }
    return {};
}

Status BackupStreamWriter::finish()
{
    const Status st = push(m_pending.constData(), m_pending.size(), crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    if (!m_pending.isEmpty())
        sodium_memzero(m_pending.data(), static_cast<size_t>(m_pending.size()));
    m_pending.clear();
    if (!st)
        return st;
    return flush();
}

Status BackupStreamWriter::push(const char *data, qint64 size, unsigned char tag)
{
    const qsizetype at = m_cipher.size();
    m_cipher.resize(at + size + backupformat::ChunkOverheadBytes);
    unsigned long long length = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state, reinterpret_cast<unsigned char *>(m_cipher.data() + at), &length,
        reinterpret_cast<const unsigned char *>(data), static_cast<unsigned long long>(size),
        reinterpret_cast<const unsigned char *>(m_ad.constData()), static_cast<unsigned long long>(m_ad.size()), tag);
    m_cipher.resize(at + static_cast<qsizetype>(length));
    return m_cipher.size() >= backupformat::IoBufferBytes ? flush() : Status();
}

Status BackupStreamWriter::flush()
{
    const Status st = m_out.write(m_cipher.constData(), m_cipher.size());
    m_cipher.resize(0);
    return st;
}

} // namespace vangnet
