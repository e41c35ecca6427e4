// A .vnbackup file may come back from a USB stick or a network share that others can write to.
// The first input byte picks the layer under test:
//   0: the file as is (magic, header, checksum, key file copy);
//   1: the same with the header checksum made right, so the fuzzer gets past it to the key file
//      copy and the encrypted stream;
//   2: the manifest JSON that the stream ends with (BackupManifest::fromJson).
#include "FuzzIdentity.h"

#include "backup/BackupFormat.h"
#include "backup/BackupReader.h"

#include <QBuffer>
#include <QtEndian>

#include <sodium.h>

#include <memory>

using namespace vangnet;

namespace {

void fixChecksum(QByteArray &file)
{
    if (file.size() < backupformat::FixedHeaderBytes)
        return;
    const quint32 keyFileBytes = qFromLittleEndian<quint32>(file.constData() + 12);
    if (keyFileBytes > backupformat::MaxKeyFileBytes)
        return;
    const qint64 covered
        = backupformat::FixedHeaderBytes + keyFileBytes + backupformat::SaltBytes + backupformat::StreamHeaderBytes;
    if (file.size() < covered + backupformat::ChecksumBytes)
        return;
    crypto_generichash(reinterpret_cast<unsigned char *>(file.data() + covered), backupformat::ChecksumBytes,
        reinterpret_cast<const unsigned char *>(file.constData()), static_cast<unsigned long long>(covered), nullptr, 0);
}

void readFile(const QByteArray &bytes)
{
    auto device = std::make_unique<QBuffer>();
    device->setData(bytes);
    device->open(QIODevice::ReadOnly);
    auto reader = BackupReader::open(std::move(device));
    if (!reader)
        return;
    // The recovery key is checked for form before any key derivation; a wrong one is refused.
    (void)reader->unlockWithRecoveryKey(QStringLiteral("0000-0000-0000-0000"));
    // A wrong master key: the stream's first chunk fails authentication.
    SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i);
    (void)reader->read(key, [](BackupReader::Part, const char *, qint64) { return Status(); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    QByteArray rest = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        readFile(rest);
        break;
    case 1:
        fixChecksum(rest);
        readFile(rest);
        break;
    default:
        (void)BackupManifest::fromJson(rest);
    }
    return 0;
}
