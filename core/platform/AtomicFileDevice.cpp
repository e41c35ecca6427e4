#include "platform/AtomicFileDevice.h"

#include "platform/AtomicFile.h"

namespace vangnet {

AtomicFileDevice::AtomicFileDevice(AtomicFile &file)
    : m_file(file)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 AtomicFileDevice::readData(char *, qint64)
{
    return -1;
}

qint64 AtomicFileDevice::writeData(const char *data, qint64 size)
{
    if (!m_status)
        return -1;
    m_status = m_file.write(data, size);
    if (!m_status) {
        setErrorString(m_status.error().message());
        return -1;
    }
    return size;
}

} // namespace vangnet
