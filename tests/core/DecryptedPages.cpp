#include "DecryptedPages.h"

#include <QFile>
#include <QtEndian>

#include <openssl/evp.h>

namespace vangnet::test {
namespace {

constexpr int PageSize = 4096;
constexpr int ReserveBytes = 48;
constexpr int SaltBytes = 16;
constexpr int IvBytes = 16;
constexpr int WalHeaderBytes = 32;
constexpr int WalFrameHeaderBytes = 24;

bool decryptPage(const QByteArray &page, bool first, const SecureBuffer &key, QByteArray &plain)
{
    const int offset = first ? SaltBytes : 0;
    const int length = PageSize - offset - ReserveBytes;
    const auto *iv = reinterpret_cast<const unsigned char *>(page.constData() + PageSize - ReserveBytes);
    plain = QByteArray(length, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int out = 0;
    int tail = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), iv) == 1
        && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1
        && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &out,
               reinterpret_cast<const unsigned char *>(page.constData() + offset), length)
            == 1
        && EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(plain.data()) + out, &tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    static_assert(IvBytes == 16);
    return ok && out + tail == length;
}

void readPages(QFile &file, qint64 start, qint64 stride, qint64 headerBytes, const SecureBuffer &key, DecryptedPages &out)
{
    const QByteArray zero(PageSize, '\0');
    for (qint64 at = start; at + stride <= file.size(); at += stride) {
        file.seek(at);
        const QByteArray header = file.read(headerBytes);
        const QByteArray page = file.read(PageSize);
        if (page.size() != PageSize || page == zero)
            continue;
        // In the database the page number follows from the position; in the WAL from the frame header.
        const quint32 number
            = headerBytes == 0 ? static_cast<quint32>(at / PageSize + 1) : qFromBigEndian<quint32>(header.constData());
        QByteArray plain;
        if (decryptPage(page, number == 1, key, plain))
            out.pages.append(plain);
        else
            ++out.failures;
    }
}

} // namespace

DecryptedPages DecryptedPages::read(const QString &databasePath, const SecureBuffer &rawKey)
{
    DecryptedPages out;
    QFile db(databasePath);
    if (db.open(QIODevice::ReadOnly))
        readPages(db, 0, PageSize, 0, rawKey, out);
    else
        ++out.failures;
    QFile wal(databasePath + QStringLiteral("-wal"));
    if (wal.exists() && wal.open(QIODevice::ReadOnly))
        readPages(wal, WalHeaderBytes, WalFrameHeaderBytes + PageSize, WalFrameHeaderBytes, rawKey, out);
    return out;
}

QList<int> DecryptedPages::containing(const QString &text) const
{
    const QByteArray needle = text.toUtf8().toLower();
    QList<int> hits;
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i).toLower().contains(needle))
            hits.append(i + 1);
    return hits;
}

} // namespace vangnet::test
