#include "storage/CipherPageCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <sodium.h>

namespace vangnet {
namespace {

constexpr int SaltBytes = 16;
constexpr int IvBytes = 16;
constexpr int HmacBytes = 20;
constexpr int ReserveBytes = 48; // IvBytes + HmacBytes rounded up to 16
constexpr int FastKdfIterations = 2;
constexpr char HmacSaltMask = 0x3a;
constexpr int KeyBytes = 32;

QByteArray hmacSha1(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
}

// PBKDF2-HMAC-SHA1 (RFC 8018) for SQLCipher's HMAC key.
QByteArray pbkdf2Sha1(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray out;
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray index(4, '\0');
        qToBigEndian(block, index.data());
        QByteArray u = hmacSha1(password, salt + index);
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            u = hmacSha1(password, u);
            for (int j = 0; j < t.size(); ++j)
                t[j] = static_cast<char>(t.at(j) ^ u.at(j));
        }
        out += t;
    }
    out.truncate(length);
    return out;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
}

} // namespace

Result<CipherPageCheck::Outcome> CipherPageCheck::run(const QString &path, const SecureBuffer &rawKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Runtime, QCoreApplication::translate("CipherPageCheck", "The vault's database cannot be read."),
            file.errorString());
    Outcome outcome;
    if (file.size() % PageSize != 0)
        outcome.damaged.append(file.size() / PageSize + 1); // a torn last page
    QByteArray salt = file.read(SaltBytes);
    if (salt.size() != SaltBytes || rawKey.size() != KeyBytes)
        return Error(ErrorCode::Integrity,
            QCoreApplication::translate("CipherPageCheck", "The vault's database is damaged or was altered."),
            QStringLiteral("salt"));
    for (char &c : salt)
        c = static_cast<char>(c ^ HmacSaltMask);
    QByteArray password(reinterpret_cast<const char *>(rawKey.data()), KeyBytes);
    QByteArray hmacKey = pbkdf2Sha1(password, salt, FastKdfIterations, KeyBytes);
    wipe(password);
    QMessageAuthenticationCode mac(QCryptographicHash::Sha1, hmacKey);
    wipe(hmacKey);

    file.seek(0);
    const QByteArray zeroPage(PageSize, '\0');
    for (qint64 pageNumber = 1;; ++pageNumber) {
        const QByteArray page = file.read(PageSize);
        if (page.size() < PageSize)
            break;
        ++outcome.pages;
        if (page == zeroPage)
            continue;
        const int offset = pageNumber == 1 ? SaltBytes : 0;
        const int covered = PageSize - offset - ReserveBytes + IvBytes; // ciphertext and IV
        QByteArray number(4, '\0');
        qToLittleEndian(static_cast<quint32>(pageNumber), number.data());
        mac.reset();
        mac.addData(page.constData() + offset, covered);
        mac.addData(number);
        const QByteArray expected = mac.result();
        if (sodium_memcmp(expected.constData(), page.constData() + offset + covered, HmacBytes) != 0
            && outcome.damaged.size() < 10)
            outcome.damaged.append(pageNumber);
    }
    return outcome;
}

} // namespace vangnet
