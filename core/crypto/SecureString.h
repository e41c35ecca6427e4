#pragma once

#include <QByteArray>
#include <QString>

namespace vangnet {

// Wipes ordinary Qt strings that held a secret (a passphrase, a recovery key) before their memory goes
// back to the heap, as SecureBuffer does for keys. Only a buffer the string owns alone is overwritten
// (sodium_memzero); a buffer shared with another QString is left to that owner, and the string is
// emptied either way. Static (literal) data is never written to. VANGNET_NO_MEMORY_WIPE=1 switches the
// overwriting off, for the memory-scan test's control run only (see HeapWipe.h).
namespace SecureString {

void wipe(QString &text);
void wipe(QByteArray &bytes);

} // namespace SecureString
} // namespace vangnet
