#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Version 1 of the bundle container. The normative description is docs/BUNDLE-FORMAT.md; keep the
// two in step.
namespace vangnet::bundle {

inline constexpr char Magic[8] = { 'V', 'N', 'B', 'U', 'N', 'D', 'L', 'E' };
inline constexpr std::uint8_t Version = 1;
inline constexpr std::size_t PreambleBytes = 16; // magic, version, 7 zero bytes
inline constexpr std::size_t RecipientSlots = 8; // always eight, used or not
inline constexpr std::size_t FileKeyBytes = 32; // crypto_secretstream_xchacha20poly1305_KEYBYTES
inline constexpr std::size_t SlotBytes = 32 + 48; // crypto_box_SEALBYTES + file key
inline constexpr std::size_t StreamHeaderBytes = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
inline constexpr std::size_t HeaderBytes = PreambleBytes + RecipientSlots * SlotBytes + StreamHeaderBytes; // 680
inline constexpr std::size_t ChunkPlainBytes = 64 * 1024;
inline constexpr std::size_t ChunkOverheadBytes = 17; // crypto_secretstream_xchacha20poly1305_ABYTES

// Records in the decrypted stream.
inline constexpr std::uint8_t RecordRecipients = 0x01; // must come first
inline constexpr std::uint8_t RecordEntry = 0x02;
inline constexpr std::uint8_t RecordSignature = 0x03; // must come last

inline constexpr std::size_t MaxEntryNameBytes = 1024;
inline constexpr std::uint64_t MaxEntryBytes = std::uint64_t(1) << 31; // 2 GiB

inline const char *SignatureContext = "vangnet-bundle-v1-signature";

} // namespace vangnet::bundle

namespace vangnet {

// One named blob inside a bundle ("manifest.json", "records.json", "attachments/<uuid>").
struct BundleEntry
{
    QString name;
    QByteArray data;
};

} // namespace vangnet
