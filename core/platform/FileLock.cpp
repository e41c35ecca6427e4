#include "platform/FileLock.h"

#include <QFile>

#if defined(Q_OS_WIN)
#include <QLockFile>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace vangnet {

FileLock::FileLock(QString path)
    : m_path(std::move(path))
{ }

FileLock::~FileLock()
{
    unlock();
}

#if defined(Q_OS_WIN)

// Untested on Windows so far: QLockFile (a PID in the file, stale when that process is gone).
FileLock::Outcome FileLock::tryLock()
{
    if (m_qt)
        return Outcome::Locked;
    auto lock = std::make_unique<QLockFile>(m_path);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_qt = std::move(lock);
        return Outcome::Locked;
    }
    if (lock->error() == QLockFile::LockFailedError)
        return Outcome::HeldElsewhere;
    m_error = QStringLiteral("QLockFile error %1").arg(int(lock->error()));
    return Outcome::Failed;
}

void FileLock::unlock()
{
    if (m_qt)
        m_qt->unlock();
    m_qt.reset();
}

bool FileLock::isLocked() const
{
    return m_qt != nullptr;
}

#else

FileLock::Outcome FileLock::tryLock()
{
    if (m_fd >= 0)
        return Outcome::Locked;
    const QByteArray path = QFile::encodeName(m_path);
    // A holder that releases removes the file; one who opened the old file just before that locks a
    // name that is gone, sees it and tries again with the new file.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return Outcome::Failed;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            if (error == EWOULDBLOCK)
                return Outcome::HeldElsewhere;
            m_error = QString::fromLocal8Bit(std::strerror(error));
            return Outcome::Failed;
        }
        struct stat held
        {
        };
        struct stat named
        {
        };
        if (::fstat(fd, &held) != 0 || ::stat(path.constData(), &named) != 0 || held.st_ino != named.st_ino
            || held.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        // A lock file of an older version (created 0644 by QLockFile) is tightened too.
        if ((held.st_mode & 077) != 0 && held.st_uid == ::geteuid())
            ::fchmod(fd, 0600);
        m_fd = fd;
        return Outcome::Locked;
    }
    m_error = QStringLiteral("the lock file keeps changing");
    return Outcome::Failed;
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    // Removed while still locked, so nobody can lock this file after we let go (see tryLock).
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

bool FileLock::isLocked() const
{
    return m_fd >= 0;
}

#endif

} // namespace vangnet
