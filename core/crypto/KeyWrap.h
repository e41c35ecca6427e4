#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace vangnet {

// A key sealed under another key with XChaCha20-Poly1305 (libsodium AEAD). The associated data
// binds the wrapped key to its context (vault id, slot, KDF parameters), so a slot cannot be moved
// to another vault or given weaker parameters without detection.
struct WrappedKey
{
    QByteArray nonce;
    QByteArray ciphertext;
};

class KeyWrap
{
public:
    static WrappedKey wrap(const SecureBuffer &key, const SecureBuffer &wrappingKey, const QByteArray &associatedData);
    // Fails with CannotUnlock when the wrapping key is wrong or anything was altered.
    static Result<SecureBuffer> unwrap(
        const WrappedKey &wrapped, const SecureBuffer &wrappingKey, const QByteArray &associatedData);
    // A wrapping key for a full-entropy secret such as the recovery key (BLAKE2b, keyed).
    static SecureBuffer deriveSubkey(const SecureBuffer &secret, const QByteArray &context);
};

} // namespace vangnet
