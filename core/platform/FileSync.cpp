#include "platform/FileSync.h"

#include <QFile>

#if defined(__unix__) || defined(__APPLE__)
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace vangnet {

bool syncDirectory(const QString &path)
{
#if defined(__unix__) || defined(__APPLE__)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    errno = savedErrno;
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace vangnet
