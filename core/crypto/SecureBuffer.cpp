#include "crypto/SecureBuffer.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace vangnet {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    sodium::ensureInitialised();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    wipe();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    randombytes_buf(buffer.data(), size);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(const unsigned char *data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size)
        std::memcpy(buffer.data(), data, size);
    return buffer;
}

void SecureBuffer::wipe()
{
    if (m_data) {
        // sodium_free zeroes the region before unmapping it.
        sodium_free(m_data);
        m_data = nullptr;
    }
    m_size = 0;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace vangnet
