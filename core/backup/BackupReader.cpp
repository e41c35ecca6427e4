#include "backup/BackupReader.h"

#include "backup/BackupFormat.h"
#include "crypto/KeyDerivation.h"
#include "crypto/KeyWrap.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Sodium.h"
#include "platform/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <optional>

#include <sodium.h>

namespace vangnet {
namespace {

Error damaged(const QString &what)
{
    return Error(ErrorCode::Integrity, what);
}

// Reads exactly n bytes into out unless the device ends first; -1 on a read error.
qint64 readUpTo(QIODevice &device, char *out, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        const qint64 got = device.read(out + done, n - done);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += got;
    }
    return done;
}

// Reads exactly n bytes unless the device ends first.
QByteArray readUpTo(QIODevice &device, qint64 n)
{
    QByteArray out;
    out.reserve(n);
    while (out.size() < n) {
        const QByteArray part = device.read(n - out.size());
        if (part.isEmpty())
            break;
        out += part;
    }
    return out;
}

} // namespace

Result<BackupReader> BackupReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    // A temporary of AtomicFile was never committed: whatever it holds, the writing of that backup
    // did not finish (a crash, a pulled USB stick), so it is never taken for one.
    if (QFileInfo(path).fileName().contains(AtomicFile::temporaryMarker()))
        return Error(ErrorCode::Integrity,
            tr("This is an unfinished backup: its writing was interrupted before it was complete. Make a new backup."));
    if (!file->exists())
        return Error(ErrorCode::NotFound, tr("The backup file %1 does not exist.").arg(path));
    if (!file->open(QIODevice::ReadOnly))
        return Error(ErrorCode::Runtime, tr("The backup file %1 cannot be read.").arg(path), file->errorString());
    return open(std::unique_ptr<QIODevice>(std::move(file)));
}

Result<BackupReader> BackupReader::open(std::unique_ptr<QIODevice> device)
{
    if (!sodium::ensureInitialised())
        return Error(ErrorCode::Runtime, tr("The cryptography library could not be started."));
    BackupReader reader;
    reader.m_size = device->size();
    const QByteArray fixed = readUpTo(*device, backupformat::FixedHeaderBytes);
    const qsizetype magicBytes = backupformat::Magic.size();
    if (fixed.left(magicBytes) != backupformat::Magic.left(std::min(fixed.size(), magicBytes)) || fixed.isEmpty())
        return damaged(tr("This is not a Vangnet backup (it does not start with the backup's signature)."));
    if (fixed.size() < backupformat::FixedHeaderBytes)
        return damaged(tr("The backup is cut off: its header is incomplete."));
    const quint16 format = qFromLittleEndian<quint16>(fixed.constData() + 8);
    const quint32 keyFileBytes = qFromLittleEndian<quint32>(fixed.constData() + 12);
    if (keyFileBytes == 0 || keyFileBytes > backupformat::MaxKeyFileBytes)
        return damaged(tr("The backup's header is damaged (impossible key file length)."));
    const qint64 rest = keyFileBytes + backupformat::SaltBytes + backupformat::StreamHeaderBytes;
    const QByteArray variable = readUpTo(*device, rest + backupformat::ChecksumBytes);
    if (variable.size() < rest + backupformat::ChecksumBytes)
        return damaged(tr("The backup is cut off: its header is incomplete."));
    QByteArray checksum(backupformat::ChecksumBytes, '\0');
    const QByteArray covered = fixed + variable.left(rest);
    crypto_generichash(reinterpret_cast<unsigned char *>(checksum.data()), static_cast<size_t>(checksum.size()),
        reinterpret_cast<const unsigned char *>(covered.constData()), static_cast<unsigned long long>(covered.size()), nullptr,
        0);
    if (sodium_memcmp(checksum.constData(), variable.constData() + rest, static_cast<size_t>(checksum.size())) != 0)
        return damaged(tr("The backup's header is damaged or was altered (its checksum does not match)."));
    if (format < backupformat::OldestFormatVersion || format > backupformat::FormatVersion)
        return damaged(
            tr("This backup was made by a newer version of Vangnet (backup format %1). Update Vangnet to read it.").arg(format));

    reader.m_keyFileBytes = variable.left(keyFileBytes);
    reader.m_salt = variable.mid(keyFileBytes, backupformat::SaltBytes);
    reader.m_streamHeader = variable.mid(keyFileBytes + backupformat::SaltBytes, backupformat::StreamHeaderBytes);
    reader.m_checksum = checksum;
    reader.m_format = format;
    reader.m_payloadOffset = backupformat::FixedHeaderBytes + rest + backupformat::ChecksumBytes;

    auto keyFile = KeyFile::parse(reader.m_keyFileBytes);
    if (!keyFile)
        return Error(ErrorCode::Integrity, tr("The key file inside the backup cannot be used: %1").arg(keyFile.error().message()),
            keyFile.error().detail());
    reader.m_keyFile = std::move(keyFile.value());
    reader.m_device = std::move(device);
    return reader;
}

Result<SecureBuffer> BackupReader::unlockWithPassphrase(const QString &passphrase) const
{
    auto passphraseKey = KeyDerivation::fromPassphrase(passphrase, m_keyFile.kdf());
    if (!passphraseKey)
        return passphraseKey.error();
    auto key = m_keyFile.unwrapWithPassphraseKey(passphraseKey.value());
    if (!key)
        return Error(ErrorCode::CannotUnlock,
            tr("The passphrase does not open this backup. Use the passphrase that was valid when the backup was made, or the "
               "recovery key."));
    return key;
}

Result<SecureBuffer> BackupReader::unlockWithRecoveryKey(const QString &recoveryKey) const
{
    auto parsed = RecoveryKey::parse(recoveryKey);
    if (!parsed)
        return parsed.error();
    return m_keyFile.unwrapWithRecoveryKey(parsed.value());
}

Result<BackupManifest> BackupReader::read(const SecureBuffer &masterKey, const Sink &sink, const BackupProgress &progress)
{
    if (!m_device->seek(m_payloadOffset))
        return Error(ErrorCode::Runtime, tr("The backup file cannot be read."), m_device->errorString());
    const SecureBuffer streamKey
        = KeyWrap::deriveSubkey(masterKey, QByteArrayLiteral("vangnet-backup-v1|") + vaultId().toLatin1() + '|' + m_salt);
    crypto_secretstream_xchacha20poly1305_state state {};
    struct Wipe
    {
        crypto_secretstream_xchacha20poly1305_state *s;
        ~Wipe() { sodium_memzero(s, sizeof *s); }
    } wipe { &state };
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(m_streamHeader.constData()), streamKey.data())
        != 0)
        return damaged(tr("The backup's header is damaged or was altered."));

    QByteArray plain(backupformat::ChunkBytes, '\0');
    QByteArray cipher(backupformat::ChunkBytes + backupformat::ChunkOverheadBytes, '\0');
    QByteArray manifestBytes;
    std::optional<BackupManifest> manifest;
    qint64 manifestLength = -1;
    qint64 databaseBytes = 0;
    qint64 walBytes = 0;
    qint64 position = m_payloadOffset;
    bool final = false;
    while (!final) {
        const qint64 got = readUpTo(*m_device, cipher.data(), cipher.size());
        if (got < 0)
            return Error(ErrorCode::Runtime, tr("The backup file cannot be read."), m_device->errorString());
        if (got < backupformat::ChunkOverheadBytes)
            return damaged(tr("The backup is cut off: its end is missing (at byte %1).").arg(position + got));
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(plain.data()), &length, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), static_cast<unsigned long long>(got),
                reinterpret_cast<const unsigned char *>(m_checksum.constData()),
                static_cast<unsigned long long>(m_checksum.size()))
            != 0) {
            if (got < cipher.size())
                return damaged(tr("The backup is cut off or damaged at its end (the last block, at byte %1, is incomplete or "
                                  "fails its authentication).")
                                   .arg(position));
            return damaged(
                tr("The backup is damaged or was altered: the block at byte %1 fails its authentication.").arg(position));
        }
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && static_cast<qint64>(length) != backupformat::ChunkBytes)
            return damaged(tr("The backup is cut off: its end is missing (at byte %1).").arg(position + got));
        position += got;

        const char *data = plain.constData();
        qint64 size = static_cast<qint64>(length);
        if (manifestLength < 0 && size > 0) {
            // The payload starts with the manifest's length (4 bytes) and the manifest.
            if (size < 4)
                return damaged(tr("The backup's table of contents is damaged."));
            manifestLength = qFromLittleEndian<quint32>(data);
            if (manifestLength <= 0 || manifestLength > backupformat::MaxManifestBytes)
                return damaged(tr("The backup's table of contents is damaged."));
            data += 4;
            size -= 4;
        }
        if (manifestLength > manifestBytes.size()) {
            const qint64 take = std::min(size, manifestLength - manifestBytes.size());
            manifestBytes.append(data, take);
            data += take;
            size -= take;
            if (manifestBytes.size() == manifestLength) {
                // Authenticated like every chunk; it names the lengths of the parts that follow.
                auto parsed = BackupManifest::fromJson(manifestBytes);
                if (!parsed)
                    return parsed.error();
                if (parsed->vaultId != vaultId() || (m_format < 2 && parsed->walBytes != 0))
                    return damaged(tr("The backup's table of contents does not match its contents."));
                manifest = std::move(parsed.value());
            }
        }
        // Format 1: everything after the manifest is the database. Format 2: databaseBytes of
        // vault.db, then walBytes of vault.db-wal, and nothing more.
        if (size > 0 && manifest && (m_format < 2 || databaseBytes < manifest->databaseBytes)) {
            const qint64 take = m_format < 2 ? size : std::min(size, manifest->databaseBytes - databaseBytes);
            if (auto st = sink(Part::Database, data, take); !st)
                return st.error();
            databaseBytes += take;
            data += take;
            size -= take;
        }
        if (size > 0 && manifest && walBytes < manifest->walBytes) {
            const qint64 take = std::min(size, manifest->walBytes - walBytes);
            if (auto st = sink(Part::Wal, data, take); !st)
                return st.error();
            walBytes += take;
            data += take;
            size -= take;
        }
        if (size > 0)
            return damaged(tr("The backup's table of contents does not match its contents."));
        if (progress && m_size > 0 && !progress(static_cast<int>(position * 1000 / m_size)))
            return Error(ErrorCode::Cancelled, tr("Reading the backup was cancelled."));
    }
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (!m_device->read(1).isEmpty())
        return damaged(tr("The backup has extra bytes after its end: it was altered or two files were joined."));
    if (!manifest)
        return damaged(tr("The backup's table of contents is damaged."));
    if (manifest->databaseBytes != databaseBytes || manifest->walBytes != walBytes)
        return damaged(tr("The backup's table of contents does not match its contents."));
    return std::move(manifest.value());
}

} // namespace vangnet
