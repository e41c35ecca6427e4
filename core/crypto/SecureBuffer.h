#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>

namespace vangnet {

// A fixed-size buffer for key material in libsodium secure memory: guarded pages, mlock()ed so it is
// never swapped, and wiped with sodium_memzero when released. Move-only; never converts to
// QByteArray implicitly so that secrets do not leak into ordinary heap memory.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copyOf(const unsigned char *data, std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Zeroes and frees the memory now; the buffer becomes empty.
    void wipe();

    bool equals(const SecureBuffer &other) const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace vangnet
