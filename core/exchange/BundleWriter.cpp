#include "exchange/BundleWriter.h"

#include "crypto/SecureBuffer.h"
#include "crypto/Sodium.h"
#include "platform/AtomicFile.h"
#include "platform/AtomicFileDevice.h"
#include "platform/CrashPoint.h"

#include <QBuffer>
#include <QSet>
#include <QVector>
#include <QtEndian>

#include <sodium.h>

namespace vangnet {
namespace {

// Collects plaintext records and pushes them out as encrypted chunks of exactly ChunkPlainBytes;
// the remainder becomes the final chunk. The first chunk authenticates the cleartext header.
class ChunkSink
{
public:
    ChunkSink(QIODevice &out, const SecureBuffer &fileKey, QByteArray &streamHeader)
        : m_out(out)
    {
        streamHeader.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
        crypto_secretstream_xchacha20poly1305_init_push(
            &m_state, reinterpret_cast<unsigned char *>(streamHeader.data()), fileKey.data());
    }
    ~ChunkSink() { sodium_memzero(&m_state, sizeof m_state); }
    ChunkSink(const ChunkSink &) = delete;
    ChunkSink &operator=(const ChunkSink &) = delete;

    void setHeader(const QByteArray &header) { m_header = header; }
    qint64 written() const { return m_written; }

    bool append(const QByteArray &bytes)
    {
        m_pending.append(bytes);
        while (static_cast<std::size_t>(m_pending.size()) > bundle::ChunkPlainBytes) {
            if (!push(m_pending.first(bundle::ChunkPlainBytes), 0))
                return false;
            m_pending.remove(0, bundle::ChunkPlainBytes);
        }
        return true;
    }
    bool finish() { return push(m_pending, crypto_secretstream_xchacha20poly1305_TAG_FINAL); }

private:
    bool push(const QByteArray &plain, unsigned char tag)
    {
        QByteArray cipher(plain.size() + static_cast<qsizetype>(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
        unsigned long long length = 0;
        const QByteArray ad = m_first ? m_header : QByteArray();
        crypto_secretstream_xchacha20poly1305_push(&m_state, reinterpret_cast<unsigned char *>(cipher.data()), &length,
            reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(plain.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), tag);
        m_first = false;
        m_written += plain.size();
        return m_out.write(cipher.constData(), static_cast<qint64>(length)) == static_cast<qint64>(length);
    }

    QIODevice &m_out;
    QByteArray m_header;
    QByteArray m_pending;
    crypto_secretstream_xchacha20poly1305_state m_state {};
    bool m_first = true;
    qint64 m_written = 0;
};

QByteArray bigEndian16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray bigEndian64(quint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return b;
}

// Preamble and the eight recipient keySlots. Unused keySlots are random bytes shaped like a sealed box
// (the top bit of the ephemeral key's last byte is clear), and used keySlots are spread at random,
// so neither the number of recipients nor their order shows.
QByteArray preambleAndSlots(const SecureBuffer &fileKey, const QList<PublicIdentity> &recipients)
{
    QByteArray header(bundle::Magic, sizeof bundle::Magic);
    header.append(static_cast<char>(bundle::Version));
    header.append(QByteArray(bundle::PreambleBytes - sizeof bundle::Magic - 1, '\0'));

    QVector<QByteArray> keySlots(bundle::RecipientSlots);
    for (QByteArray &slot : keySlots) {
        slot = QByteArray(bundle::SlotBytes, '\0');
        randombytes_buf(slot.data(), bundle::SlotBytes);
        slot[31] = static_cast<char>(slot[31] & 0x7f);
    }
    QVector<int> order(bundle::RecipientSlots);
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[i], order[int(randombytes_uniform(static_cast<uint32_t>(i + 1)))]);
    for (int r = 0; r < recipients.size(); ++r) {
        QByteArray &slot = keySlots[order.at(r)];
        crypto_box_seal(reinterpret_cast<unsigned char *>(slot.data()), fileKey.data(), fileKey.size(),
            reinterpret_cast<const unsigned char *>(recipients.at(r).encryptionKey.constData()));
    }
    for (const QByteArray &slot : keySlots)
        header.append(slot);
    return header;
}

Status writeBundle(QIODevice &out, const IdentityKeys &sender, const QList<PublicIdentity> &recipients,
    const QList<BundleEntry> &entries, const BundleWriter::Progress &progress)
{
    sodium::ensureInitialised();
    if (recipients.isEmpty() || static_cast<std::size_t>(recipients.size()) > bundle::RecipientSlots)
        return Error(
            ErrorCode::InvalidInput, BundleWriter::tr("A bundle has between one and %1 recipients.").arg(bundle::RecipientSlots));
    for (const PublicIdentity &r : recipients)
        if (!r.isValid())
            return Error(ErrorCode::InvalidInput, BundleWriter::tr("A recipient's public key is not valid."));
    for (const BundleEntry &e : entries)
        if (e.name.isEmpty() || static_cast<std::size_t>(e.name.toUtf8().size()) > bundle::MaxEntryNameBytes
            || static_cast<std::uint64_t>(e.data.size()) > bundle::MaxEntryBytes)
            return Error(ErrorCode::InvalidInput, BundleWriter::tr("A bundle entry has an invalid name or is too large."));
    // The reader refuses a bundle with two entries of the same name; the writer never makes one.
    QSet<QByteArray> names;
    for (const BundleEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        if (names.contains(name))
            return Error(ErrorCode::InvalidInput, BundleWriter::tr("A bundle cannot hold two entries with the same name."));
        names.insert(name);
    }

    const SecureBuffer fileKey = SecureBuffer::random(bundle::FileKeyBytes);
    QByteArray streamHeader;
    ChunkSink sink(out, fileKey, streamHeader);
    const QByteArray header = preambleAndSlots(fileKey, recipients) + streamHeader;
    sink.setHeader(header);
    const auto writeFailed = [&out] {
        return Error(ErrorCode::Runtime,
            BundleWriter::tr("The bundle cannot be written (is the disk full?). No file was created."), out.errorString());
    };
    if (out.write(header) != header.size())
        return writeFailed();

    // Everything but the signature record is hashed; the signature covers that hash.
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, crypto_generichash_BYTES_MAX);
    const auto feed = [&](const QByteArray &bytes) {
        crypto_generichash_update(
            &hash, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long long>(bytes.size()));
        return sink.append(bytes);
    };
    crypto_generichash_update(
        &hash, reinterpret_cast<const unsigned char *>(header.constData()), static_cast<unsigned long long>(header.size()));

    QByteArray recipientRecord(1, static_cast<char>(bundle::RecordRecipients));
    recipientRecord.append(static_cast<char>(recipients.size()));
    for (const PublicIdentity &r : recipients)
        recipientRecord.append(r.encryptionKey);
    // Padded to eight keys so that the size does not tell the count either.
    recipientRecord.append(QByteArray(qsizetype(bundle::RecipientSlots - std::size_t(recipients.size())) * 32, '\0'));
    if (!feed(recipientRecord))
        return writeFailed();

    qint64 total = 0;
    for (const BundleEntry &e : entries)
        total += e.data.size();
    qint64 done = 0;
    for (const BundleEntry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        QByteArray head(1, static_cast<char>(bundle::RecordEntry));
        head += bigEndian16(static_cast<quint16>(name.size())) + name + bigEndian64(static_cast<quint64>(e.data.size()));
        if (!feed(head))
            return writeFailed();
        // Large entries in slices, so progress moves and cancel is prompt.
        for (qsizetype offset = 0; offset < e.data.size(); offset += qsizetype(bundle::ChunkPlainBytes)) {
            if (!feed(e.data.mid(offset, qsizetype(bundle::ChunkPlainBytes))))
                return writeFailed();
            done += std::min<qint64>(qint64(bundle::ChunkPlainBytes), e.data.size() - offset);
            if (progress && !progress(done, total))
                return Error(ErrorCode::Cancelled, BundleWriter::tr("Cancelled. No file was created."));
        }
    }

    unsigned char digest[crypto_generichash_BYTES_MAX];
    crypto_generichash_final(&hash, digest, sizeof digest);
    QByteArray message(bundle::SignatureContext);
    message.append(reinterpret_cast<const char *>(digest), sizeof digest);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), static_cast<unsigned long long>(message.size()),
        sender.signingSecret().data());
    QByteArray signatureRecord(1, static_cast<char>(bundle::RecordSignature));
    signatureRecord += sender.publicIdentity().signingKey + signature;
    if (!sink.append(signatureRecord) || !sink.finish())
        return writeFailed();
    return {};
}

} // namespace

Status BundleWriter::write(AtomicFile &file, const IdentityKeys &sender, const QList<PublicIdentity> &recipients,
    const QList<BundleEntry> &entries, const Progress &progress)
{
    if (auto st = file.open(); !st)
        return st;
    AtomicFileDevice device(file);
    if (auto st = writeBundle(device, sender, recipients, entries, progress); !st) {
        file.cancel();
        // The file's own message (the disk is full, an I/O error) says more than "cannot be written".
        return device.status() ? st : device.status();
    }
    return {};
}

Status BundleWriter::write(const QString &path, const IdentityKeys &sender, const QList<PublicIdentity> &recipients,
    const QList<BundleEntry> &entries, const Progress &progress)
{
    AtomicFile file(path);
    if (auto st = write(file, sender, recipients, entries, progress); !st)
        return st;
    crashPoint("bundle-before-commit");
    return file.commit();
}

Result<QByteArray> BundleWriter::writeToMemory(
    const IdentityKeys &sender, const QList<PublicIdentity> &recipients, const QList<BundleEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto st = writeBundle(buffer, sender, recipients, entries, {}); !st)
        return st.error();
    return bytes;
}

} // namespace vangnet
