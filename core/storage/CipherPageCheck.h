#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>

namespace vangnet {

// Reads every page of a vault database file by page number and checks its SQLCipher HMAC, free-list
// pages included. PRAGMA quick_check (and integrity_check) only read the pages of live tables and
// the free-list trunks; SQLCipher 3.4.1 has no cipher_integrity_check and SQLite 3.15 no
// sqlite_dbpage, so the check is made here, on the file, with the cipher settings Vangnet pins on
// every platform (storage/Database.cpp, docs/SECURITY.md): 4096-byte pages with 48 reserved bytes
// (16 IV + 20 HMAC, rounded to the AES block), HMAC-SHA1 over the page's ciphertext and IV followed
// by the page number (4 bytes, little-endian), keyed with PBKDF2-HMAC-SHA1(raw key, file salt XOR
// 0x3a, 2 iterations, 32 bytes). Page 1's first 16 bytes are the salt, outside the HMAC. An all-zero
// page (never written) passes, as in SQLCipher. Reads one page at a time.
class CipherPageCheck
{
public:
    static constexpr int PageSize = 4096;

    struct Outcome
    {
        qint64 pages = 0;
        QList<qint64> damaged; // page numbers, at most the first 10
    };
    static Result<Outcome> run(const QString &path, const SecureBuffer &rawKey);
};

} // namespace vangnet
