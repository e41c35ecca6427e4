#pragma once

#include <QByteArray>

#include <cstddef>

// The .vnbackup container (docs/BACKUP-FORMAT.md). All integers little-endian.
//
//   offset   size  field
//   0        8     magic "VNBACKUP"
//   8        2     format version (2; 1 is still read)
//   10       2     flags (0)
//   12       4     K: length of the key file copy (at most 64 KiB)
//   16       K     the vault's key file (vault.key) as it was when the backup was made
//   16+K     16    salt of the stream key
//   32+K     24    secretstream header
//   56+K     32    BLAKE2b-256 of bytes [0, 56+K): accidental damage of the clear part is named
//   88+K     ...   XChaCha20-Poly1305 secretstream of the payload, in chunks of 64 KiB of plaintext
//                  (64 KiB + 17 bytes each); the last chunk, possibly empty, carries TAG_FINAL.
//                  Every chunk's associated data is the 32-byte checksum above, binding the clear
//                  part to the encrypted one.
// Payload, format 2: u32 M, M bytes of manifest JSON (BackupManifest), then the bytes of vault.db
// (databaseBytes) and of vault.db-wal (walBytes) exactly as they were on disk, still encrypted by
// SQLCipher page by page. Format 1: the manifest, then a snapshot database file made with the
// online backup API (no WAL).
// Stream key: BLAKE2b(key = master key, "vangnet-backup-v1|" + vault id + "|" + salt).
namespace vangnet::backupformat {

inline const QByteArray Magic = QByteArrayLiteral("VNBACKUP");
inline constexpr quint16 FormatVersion = 2;
inline constexpr quint16 OldestFormatVersion = 1; // the online-backup snapshot, before the raw copy
inline constexpr qint64 MaxKeyFileBytes = 64 * 1024;
inline constexpr qint64 FixedHeaderBytes = 16;
inline constexpr qint64 SaltBytes = 16;
inline constexpr qint64 StreamHeaderBytes = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
inline constexpr qint64 ChecksumBytes = 32;
inline constexpr qint64 ChunkBytes = 64 * 1024;
inline constexpr qint64 ChunkOverheadBytes = 17; // crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr qint64 MaxManifestBytes = 64 * 1024 * 1024;
// Files are read and written in pieces of this size (16 chunks): fewer system calls than 64 KiB.
inline constexpr qint64 IoBufferBytes = 1024 * 1024;
inline const QByteArray FileSuffix = QByteArrayLiteral(".vnbackup");

} // namespace vangnet::backupformat
