#include "crypto/SecureString.h"

#include <sodium.h>

namespace vangnet::SecureString {
namespace {

// VANGNET_NO_MEMORY_WIPE=1 turns the wiping off (with HeapWipe's), only so that the memory-scan test
// can show that without it the secrets are found. Someone who can set this program's environment can
// already read its memory.
bool enabled()
{
    static const bool on = qEnvironmentVariable("VANGNET_NO_MEMORY_WIPE") != QLatin1String("1");
    return on;
}

} // namespace

void wipe(QString &text)
{
    // isDetached() is false for shared and for static data: writing there would change another
    // string, or fault on read-only memory.
    if (enabled() && !text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
    text.squeeze();
}

void wipe(QByteArray &bytes)
{
    if (enabled() && !bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
    bytes.squeeze();
}

} // namespace vangnet::SecureString
