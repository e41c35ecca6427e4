#include "exchange/BundleReader.h"

#include "crypto/SecureBuffer.h"
#include "crypto/Sodium.h"

#include <QBuffer>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace vangnet {
namespace {

Error damaged(const char *why)
{
    return Error(ErrorCode::Integrity, BundleReader::tr("The bundle is damaged or was altered. Ask the sender for a new one."),
        QString::fromLatin1(why));
}

Result<SecureBuffer> openSlots(const QByteArray &header, const IdentityKeys &me)
{
    const auto *keySlots = reinterpret_cast<const unsigned char *>(header.constData()) + bundle::PreambleBytes;
    // One guarded buffer for every try (each SecureBuffer maps and locks pages of its own); a failed
    // open writes nothing into it.
    SecureBuffer fileKey(bundle::FileKeyBytes);
    for (std::size_t i = 0; i < bundle::RecipientSlots; ++i) {
        if (crypto_box_seal_open(fileKey.data(), keySlots + i * bundle::SlotBytes, bundle::SlotBytes,
                reinterpret_cast<const unsigned char *>(me.publicIdentity().encryptionKey.constData()),
                me.encryptionSecret().data())
            == 0)
            return fileKey;
    }
    return Error(ErrorCode::CannotUnlock, BundleReader::tr("This bundle is not addressed to this vault."));
}

// Parses the decrypted records; verifies the signature over everything before the last record.
Result<OpenedBundle> parseRecords(const QByteArray &header, const QByteArray &plain, const IdentityKeys &me)
{
    OpenedBundle out;
    qsizetype pos = 0;
    const auto need = [&](qsizetype n) { return plain.size() - pos >= n; };

    if (!need(2) || static_cast<quint8>(plain.at(0)) != bundle::RecordRecipients)
        return damaged("no recipients record");
    const int count = static_cast<quint8>(plain.at(1));
    pos = 2;
    if (count < 1 || static_cast<std::size_t>(count) > bundle::RecipientSlots || !need(qsizetype(bundle::RecipientSlots) * 32))
        return damaged("recipients record");
    // The used keys fill the first `count` positions, each non-zero and different; the rest are all
    // zero. Any other layout is refused, so that one signed list has exactly one encoding.
    const QByteArray zeroKey(32, '\0');
    for (int i = 0; i < int(bundle::RecipientSlots); ++i) {
        const QByteArray key = plain.mid(pos + i * 32, 32);
        if (i < count) {
            if (key == zeroKey || out.recipientKeys.contains(key))
                return damaged("recipients record layout");
            out.recipientKeys.append(key);
        } else if (key != zeroKey) {
            return damaged("recipients record layout");
        }
    }
    pos += qsizetype(bundle::RecipientSlots) * 32;

    for (;;) {
        if (!need(1))
            return damaged("no signature record");
        const quint8 type = static_cast<quint8>(plain.at(pos));
        if (type == bundle::RecordSignature)
            break;
        if (type != bundle::RecordEntry || !need(1 + 2))
            return damaged("unknown record");
        const quint16 nameLength = qFromBigEndian<quint16>(plain.constData() + pos + 1);
        if (nameLength == 0 || nameLength > bundle::MaxEntryNameBytes || !need(1 + 2 + nameLength + 8))
            return damaged("entry name");
        const QString name = QString::fromUtf8(plain.mid(pos + 3, nameLength));
        for (const BundleEntry &seen : std::as_const(out.entries))
            if (seen.name == name)
                return damaged("duplicate entry name");
        const quint64 dataLength = qFromBigEndian<quint64>(plain.constData() + pos + 3 + nameLength);
        const qsizetype dataStart = pos + 3 + nameLength + 8;
        if (dataLength > bundle::MaxEntryBytes || static_cast<quint64>(plain.size() - dataStart) < dataLength)
            return damaged("entry length");
        out.entries.append({ name, plain.mid(dataStart, static_cast<qsizetype>(dataLength)) });
        pos = dataStart + static_cast<qsizetype>(dataLength);
    }

    const qsizetype signedEnd = pos;
    if (plain.size() - pos != 1 + 32 + qsizetype(crypto_sign_BYTES))
        return damaged("signature record");
    out.signerKey = plain.mid(pos + 1, 32);
    const QByteArray signature = plain.mid(pos + 33, crypto_sign_BYTES);

    unsigned char digest[crypto_generichash_BYTES_MAX];
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, sizeof digest);
    crypto_generichash_update(
        &hash, reinterpret_cast<const unsigned char *>(header.constData()), static_cast<unsigned long long>(header.size()));
    crypto_generichash_update(
        &hash, reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(signedEnd));
    crypto_generichash_final(&hash, digest, sizeof digest);
    QByteArray message(bundle::SignatureContext);
    message.append(reinterpret_cast<const char *>(digest), sizeof digest);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
            reinterpret_cast<const unsigned char *>(message.constData()), static_cast<unsigned long long>(message.size()),
            reinterpret_cast<const unsigned char *>(out.signerKey.constData()))
        != 0)
        return Error(ErrorCode::Integrity,
            BundleReader::tr("The bundle's signature does not match its contents: it was altered or forged."));
    // A slot opened with our key, so the signed recipient list must name us; otherwise someone
    // re-addressed a bundle that was never meant for this vault.
    if (!out.recipientKeys.contains(me.publicIdentity().encryptionKey))
        return Error(ErrorCode::Integrity, BundleReader::tr("The bundle was re-addressed after it was signed."));
    return out;
}

Result<OpenedBundle> readBundle(QIODevice &in, const IdentityKeys &me, const BundleReader::Progress &progress)
{
    sodium::ensureInitialised();
    const QByteArray header = in.read(qint64(bundle::HeaderBytes));
    if (header.size() < qsizetype(bundle::PreambleBytes)
        || std::memcmp(header.constData(), bundle::Magic, sizeof bundle::Magic) != 0)
        return Error(ErrorCode::Integrity, BundleReader::tr("This file is not a Vangnet bundle."));
    if (static_cast<quint8>(header.at(sizeof bundle::Magic)) != bundle::Version)
        return Error(ErrorCode::Integrity,
            BundleReader::tr("This bundle has format version %1; this Vangnet reads version %2. Update Vangnet.")
                .arg(static_cast<quint8>(header.at(sizeof bundle::Magic)))
                .arg(bundle::Version));
    if (header.size() != qsizetype(bundle::HeaderBytes))
        return damaged("short header");
    for (std::size_t i = sizeof bundle::Magic + 1; i < bundle::PreambleBytes; ++i)
        if (header.at(qsizetype(i)) != '\0')
            return damaged("reserved bytes");

    auto fileKey = openSlots(header, me);
    if (!fileKey)
        return fileKey.error();

    crypto_secretstream_xchacha20poly1305_state state;
    const auto *streamHeader
        = reinterpret_cast<const unsigned char *>(header.constData()) + bundle::HeaderBytes - bundle::StreamHeaderBytes;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, fileKey->data()) != 0)
        return damaged("stream header");

    QByteArray plain;
    bool first = true;
    bool final = false;
    const qint64 total = in.size();
    // The plaintext is a little shorter than the file: one allocation instead of one per chunk (up to
    // 64 MiB before anything was authenticated; a larger bundle grows from there).
    plain.reserve(qsizetype(std::clamp<qint64>(total, 0, qint64(64) << 20)));
    const qint64 cipherChunk = qint64(bundle::ChunkPlainBytes + bundle::ChunkOverheadBytes);
    while (!final) {
        const QByteArray cipher = in.read(cipherChunk);
        if (cipher.size() < qsizetype(bundle::ChunkOverheadBytes)) {
            sodium_memzero(&state, sizeof state);
            return damaged("truncated");
        }
        QByteArray chunk(cipher.size() - qsizetype(bundle::ChunkOverheadBytes), '\0');
        unsigned long long length = 0;
        unsigned char tag = 0;
        const QByteArray ad = first ? header : QByteArray();
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(chunk.data()), &length, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), static_cast<unsigned long long>(cipher.size()),
                reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()))
            != 0) {
            sodium_memzero(&state, sizeof state);
            return damaged("chunk authentication");
        }
        first = false;
        plain.append(chunk.constData(), static_cast<qsizetype>(length));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && cipher.size() != cipherChunk) {
            sodium_memzero(&state, sizeof state);
            return damaged("short chunk without final tag");
        }
        if (progress && !progress(in.pos(), total)) {
            sodium_memzero(&state, sizeof state);
            return Error(ErrorCode::Cancelled, BundleReader::tr("Cancelled."));
        }
    }
    sodium_memzero(&state, sizeof state);
    if (!in.atEnd())
        return damaged("data after the final chunk");
    return parseRecords(header, plain, me);
}

} // namespace

const BundleEntry *OpenedBundle::entry(const QString &name) const
{
    for (const BundleEntry &e : entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

Result<OpenedBundle> BundleReader::open(const QString &path, const IdentityKeys &me, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidInput, tr("The bundle file cannot be read."), file.errorString());
    return readBundle(file, me, progress);
}

Result<OpenedBundle> BundleReader::openFromMemory(const QByteArray &bytes, const IdentityKeys &me)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readBundle(buffer, me, {});
}

} // namespace vangnet
