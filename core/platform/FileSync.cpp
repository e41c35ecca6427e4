#include "platform/FileSync.h"

#include <QFile>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace vangnet {

void syncDirectory(const QString &path)
{
#if defined(__unix__) || defined(__APPLE__)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace vangnet
