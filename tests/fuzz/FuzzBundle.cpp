// Bundles arrive from other organisations. The first input byte picks the layer under test:
//   0: the container as is (header, recipient slots, stream);
//   1: the decrypted record stream (recipients, entries, signature), sealed here into a valid
//      container addressed to the fuzz identity, so the fuzzer reaches the record parser;
//   2: the entries (name NUL data NUL ...), written by BundleWriter and signed, so the fuzzer
//      reaches the manifest, records.json and statistics parsers of the importer.
#include "FuzzIdentity.h"

#include "exchange/BundleImporter.h"
#include "exchange/BundleReader.h"
#include "exchange/BundleWriter.h"

#include <sodium.h>

#include <cstdlib>

using namespace vangnet;

namespace {

// A version 1 container around `plain`, as BundleWriter lays it out (docs/BUNDLE-FORMAT.md).
QByteArray seal(const QByteArray &plain)
{
    QByteArray header(qsizetype(bundle::HeaderBytes), '\0');
    std::memcpy(header.data(), bundle::Magic, sizeof bundle::Magic);
    header[sizeof bundle::Magic] = static_cast<char>(bundle::Version);
    unsigned char fileKey[bundle::FileKeyBytes];
    crypto_secretstream_xchacha20poly1305_keygen(fileKey);
    auto *keySlots = reinterpret_cast<unsigned char *>(header.data()) + bundle::PreambleBytes;
    const auto &me = fuzz::identity().publicIdentity().encryptionKey;
    crypto_box_seal(keySlots, fileKey, sizeof fileKey, reinterpret_cast<const unsigned char *>(me.constData()));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(header.data()) + bundle::HeaderBytes - bundle::StreamHeaderBytes, fileKey);
    QByteArray out = header;
    qsizetype pos = 0;
    do {
        const qsizetype n = std::min<qsizetype>(plain.size() - pos, qsizetype(bundle::ChunkPlainBytes));
        const bool last = pos + n == plain.size();
        const QByteArray ad = pos == 0 ? header : QByteArray();
        QByteArray cipher(n + qsizetype(bundle::ChunkOverheadBytes), '\0');
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData() + pos), static_cast<unsigned long long>(n),
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out.append(cipher);
        pos += n;
    } while (pos < plain.size());
    return out;
}

void entries(const QByteArray &input)
{
    QList<BundleEntry> list;
    const QList<QByteArray> parts = input.split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
        list.append({ QString::fromUtf8(parts.at(i)), parts.at(i + 1) });
    const auto written = BundleWriter::writeToMemory(fuzz::senderIdentity(), { fuzz::identity().publicIdentity() }, list);
    if (!written)
        return; // e.g. an empty or over-long entry name: the writer refuses, as it should
    const auto opened = BundleReader::openFromMemory(written.value(), fuzz::identity());
    // What the writer signed and sealed for us, the reader opens unchanged.
    if (!opened || opened->entries.size() != list.size())
        std::abort();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (opened->entries.at(i).name != list.at(i).name || opened->entries.at(i).data != list.at(i).data)
            std::abort();
    (void)BundleImporter::parseOpened(opened.value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        (void)BundleReader::openFromMemory(rest, fuzz::identity());
        break;
    case 1:
        (void)BundleReader::openFromMemory(seal(rest), fuzz::identity());
        break;
    default:
        entries(rest);
    }
    return 0;
}
