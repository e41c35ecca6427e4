#include "RawBundle.h"

#include "exchange/BundleFormat.h"

#include <QtEndian>

#include <sodium.h>

namespace vangnet::testsupport {

QByteArray recipientsRecord(int count, const QList<QByteArray> &positions)
{
    QByteArray out(1, char(bundle::RecordRecipients));
    out.append(char(count));
    for (int i = 0; i < int(bundle::RecipientSlots); ++i)
        out.append(i < positions.size() ? positions.at(i) : QByteArray(32, '\0'));
    return out;
}

QByteArray entryRecord(const QByteArray &name, const QByteArray &data)
{
    QByteArray out(1, char(bundle::RecordEntry));
    char n[2];
    qToBigEndian(quint16(name.size()), n);
    out.append(n, 2).append(name);
    char d[8];
    qToBigEndian(quint64(data.size()), d);
    return out.append(d, 8).append(data);
}

QByteArray sealRaw(const IdentityKeys &signer, const QList<QByteArray> &slotKeys, const QByteArray &records)
{
    unsigned char fileKey[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(fileKey);
    QByteArray header(bundle::Magic, sizeof bundle::Magic);
    header.append(char(bundle::Version)).append(QByteArray(7, '\0'));
    for (int i = 0; i < int(bundle::RecipientSlots); ++i) {
        QByteArray slot(bundle::SlotBytes, '\0');
        if (i < slotKeys.size())
            crypto_box_seal(reinterpret_cast<unsigned char *>(slot.data()), fileKey, sizeof fileKey,
                reinterpret_cast<const unsigned char *>(slotKeys.at(i).constData()));
        else
            randombytes_buf(slot.data(), size_t(slot.size()));
        header.append(slot);
    }
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char *>(streamHeader.data()), fileKey);
    header.append(streamHeader);

    unsigned char digest[crypto_generichash_BYTES_MAX];
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, sizeof digest);
    crypto_generichash_update(&hash, reinterpret_cast<const unsigned char *>(header.constData()), quint64(header.size()));
    crypto_generichash_update(&hash, reinterpret_cast<const unsigned char *>(records.constData()), quint64(records.size()));
    crypto_generichash_final(&hash, digest, sizeof digest);
    QByteArray message(bundle::SignatureContext);
    message.append(reinterpret_cast<const char *>(digest), sizeof digest);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), signer.signingSecret().data());
    const QByteArray plain = records + char(bundle::RecordSignature) + signer.publicIdentity().signingKey + signature;

    QByteArray out = header;
    for (qsizetype pos = 0; pos < plain.size(); pos += qsizetype(bundle::ChunkPlainBytes)) {
        const QByteArray chunk = plain.mid(pos, qsizetype(bundle::ChunkPlainBytes));
        const bool last = pos + chunk.size() >= plain.size();
        QByteArray cipher(chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(chunk.constData()), quint64(chunk.size()),
            pos == 0 ? reinterpret_cast<const unsigned char *>(header.constData()) : nullptr,
            pos == 0 ? quint64(header.size()) : 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out.append(cipher);
    }
    return out;
}

} // namespace vangnet::testsupport
