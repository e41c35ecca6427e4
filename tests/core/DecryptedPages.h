#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vangnet::test {

// Every page of a vault database file, and every page image in its WAL, decrypted with the raw
// key as SQLCipher 3 lays them out (storage/CipherPageCheck.h): 4096-byte pages, the last 48 bytes
// reserved (16-byte IV, 20-byte HMAC), AES-256-CBC over the rest; page 1 starts with the 16-byte
// salt. All-zero pages (never written) are skipped. Independent of SQLite: it sees free pages,
// free blocks inside pages and old WAL frames, which no query reads.
struct DecryptedPages
{
    QList<QByteArray> pages; // plaintext, one per page or WAL frame
    int failures = 0; // pages that would not decrypt (should be 0)

    static DecryptedPages read(const QString &databasePath, const SecureBuffer &rawKey);
    // Page numbers (1-based, in file order; WAL frames after the database's) whose plaintext
    // contains the text in UTF-8, compared case-insensitively (the full-text index folds case).
    QList<int> containing(const QString &text) const;
};

} // namespace vangnet::test
