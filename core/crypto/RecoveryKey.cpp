#include "crypto/RecoveryKey.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vangnet {
namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int KeyChars = 52; // ceil(256 / 5)
constexpr int ChecksumChars = 4; // 20 bits of checksum

int decodeChar(QChar c)
{
    char ch = static_cast<char>(c.toUpper().toLatin1());
    if (ch == 'O')
        ch = '0';
    else if (ch == 'I' || ch == 'L')
        ch = '1';
    for (int i = 0; i < 32; ++i)
        if (Alphabet[i] == ch)
            return i;
    return -1;
}

QString checksumFor(const unsigned char *key)
{
    unsigned char digest[crypto_generichash_BYTES_MIN];
    crypto_generichash(
        digest, sizeof digest, key, RecoveryKey::KeyBytes, reinterpret_cast<const unsigned char *>("vangnet-recovery"), 16);
    const quint32 bits = (quint32(digest[0]) << 12) | (quint32(digest[1]) << 4) | (quint32(digest[2]) >> 4);
    QString out;
    for (int i = ChecksumChars - 1; i >= 0; --i)
        out.append(QLatin1Char(Alphabet[(bits >> (5 * i)) & 31]));
    return out;
}

} // namespace

SecureBuffer RecoveryKey::generate()
{
    return SecureBuffer::random(KeyBytes);
}

QString RecoveryKey::format(const SecureBuffer &key)
{
    QString raw;
    raw.reserve(KeyChars + ChecksumChars);
    quint32 buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
        buffer = (buffer << 8) | key.data()[i];
        bits += 8;
        while (bits >= 5) {
            raw.append(QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        raw.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 31]));
    raw.append(checksumFor(key.data()));

    QString grouped;
    for (int i = 0; i < raw.size(); i += 4) {
        if (i)
            grouped.append(QLatin1Char('-'));
        grouped.append(raw.mid(i, 4));
    }
    return grouped;
}

Result<SecureBuffer> RecoveryKey::parse(const QString &text)
{
    QString raw;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        raw.append(c);
    }
    if (raw.size() != KeyChars + ChecksumChars)
        return Error(ErrorCode::InvalidInput,
            QCoreApplication::translate("RecoveryKey", "A recovery key has %1 characters (without dashes); this one has %2.")
                .arg(KeyChars + ChecksumChars)
                .arg(raw.size()));

    SecureBuffer key(KeyBytes);
    quint32 buffer = 0;
    int bits = 0;
    std::size_t out = 0;
    for (int i = 0; i < KeyChars; ++i) {
        const int v = decodeChar(raw.at(i));
        if (v < 0)
            return Error(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "RecoveryKey", "The recovery key contains a character that cannot occur in it: \"%1\".")
                    .arg(raw.at(i)));
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            if (out < KeyBytes)
                key.data()[out++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    QString given = raw.right(ChecksumChars).toUpper();
    for (QChar &c : given) {
        const int v = decodeChar(c);
        if (v < 0)
            return Error(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "RecoveryKey", "The recovery key contains a character that cannot occur in it: \"%1\".")
                    .arg(c));
        c = QLatin1Char(Alphabet[v]);
    }
    if (given != checksumFor(key.data()))
        return Error(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "RecoveryKey", "The recovery key contains a typing error. Check it character by character."));
    return key;
}

} // namespace vangnet
