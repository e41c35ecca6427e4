#include "platform/AtomicFile.h"

#include "platform/CrashPoint.h"
#include "platform/FileSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#define VANGNET_POSIX_FILES 1
#else
#include <windows.h>
#endif

namespace vangnet {
namespace {

QString randomSuffix()
{
    unsigned char bytes[6];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

} // namespace

AtomicFile::AtomicFile(QString path)
    : m_path(std::move(path))
{ }

AtomicFile::~AtomicFile()
{
    cancel();
    if (!m_previousPath.isEmpty())
        QFile::remove(m_previousPath);
}

void AtomicFile::revertCommit()
{
    if (!m_replaced)
        return;
#ifdef VANGNET_POSIX_FILES
    if (m_hadPrevious && !m_previousPath.isEmpty()) {
        if (::rename(QFile::encodeName(m_previousPath).constData(), QFile::encodeName(m_path).constData()) == 0)
            m_previousPath.clear();
    } else {
        ::unlink(QFile::encodeName(m_path).constData());
    }
    syncDirectory(QFileInfo(m_path).absolutePath());
#else
    QFile::remove(m_path);
#endif
    m_replaced = false;
}

QString AtomicFile::temporaryMarker()
{
    return QStringLiteral(".vangnet-tmp-");
}

void AtomicFile::removeStaleTemporaries(const QString &path)
{
    const QFileInfo target(path);
    QString base = target.fileName();
    while (QFile::encodeName(base).size() > 200)
        base.chop(1);
    const QString prefix = QLatin1Char('.') + base + temporaryMarker();
    const QDir folder = target.absoluteDir();
    const QStringList names = folder.entryList({ prefix + QLatin1Char('*') }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        if (name.size() == prefix.size() + 12) // the random suffix: 6 bytes in hex
            QFile::remove(folder.filePath(name));
}

QString AtomicFile::makeTemporaryPath() const
{
    // A name of up to 255 bytes must still leave room for the marker and the random suffix, or the
    // temporary file could not be created at all (ENAMETOOLONG).
    const QFileInfo target(m_path);
    QString base = target.fileName();
    while (QFile::encodeName(base).size() > 200)
        base.chop(1);
    return target.absolutePath() % QLatin1Char('/') % QLatin1Char('.') % base % temporaryMarker() % randomSuffix();
}

Error AtomicFile::failure(const QString &step, int errorNumber)
{
    cancel();
    const QString detail = step % QStringLiteral(": ") % QString::fromLocal8Bit(std::strerror(errorNumber)) % QStringLiteral(" (")
        % QFileInfo(m_path).fileName() % QLatin1Char(')');
    if (errorNumber == ENOSPC
#ifdef EDQUOT
        || errorNumber == EDQUOT
#endif
    )
        return Error(ErrorCode::Runtime, tr("The file cannot be written: the disk is full. Nothing was changed."), detail);
    if (errorNumber == EACCES || errorNumber == EPERM || errorNumber == EROFS)
        return Error(ErrorCode::Runtime,
            tr("The file cannot be written: the folder is read-only or you may not write there. Nothing was changed."), detail);
    return Error(ErrorCode::Runtime, tr("The file cannot be written (input/output error). Nothing was changed."), detail);
}

#ifdef VANGNET_POSIX_FILES

Status AtomicFile::open()
{
    cancel();
    m_replaced = false;
    if (m_removeStale)
        removeStaleTemporaries(m_path);
    m_tempPath = makeTemporaryPath();
    const QByteArray native = QFile::encodeName(m_tempPath);
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (m_fd < 0) {
        const int e = errno;
        m_tempPath.clear();
        return failure(QStringLiteral("open"), e);
    }
    // The umask can only take bits away; fchmod makes 0600 certain on every file system that has modes.
    if (::fchmod(m_fd, S_IRUSR | S_IWUSR) != 0)
        return failure(QStringLiteral("fchmod"), errno);
    return {};
}

Status AtomicFile::write(const char *data, qint64 size)
{
    if (m_fd < 0)
        return failure(QStringLiteral("write"), EBADF);
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failure(QStringLiteral("write"), errno);
        }
        if (n == 0)
            return failure(QStringLiteral("write"), ENOSPC);
        data += n;
        size -= n;
    }
    return {};
}

Status AtomicFile::commit(const Check &check)
{
    if (m_fd < 0)
        return failure(QStringLiteral("commit"), EBADF);
    crashPoint("atomicfile-before-fsync");
    if (::fsync(m_fd) != 0)
        return failure(QStringLiteral("fsync"), errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        m_fd = -1;
        return failure(QStringLiteral("close"), errno);
    }
    if (check)
        if (auto st = check(m_tempPath); !st) {
            cancel();
            return st;
        }
    if (m_keepPrevious) {
        // A second name for the file about to be replaced, so that revertCommit() can restore it.
        m_hadPrevious = QFileInfo::exists(m_path);
        if (m_hadPrevious) {
            m_previousPath = makeTemporaryPath();
            if (::link(QFile::encodeName(m_path).constData(), QFile::encodeName(m_previousPath).constData()) != 0) {
                const int e = errno;
                m_previousPath.clear();
                return failure(QStringLiteral("link"), e);
            }
        }
    }
    crashPoint("atomicfile-before-rename");
    if (::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int e = errno;
        if (!m_previousPath.isEmpty()) {
            QFile::remove(m_previousPath);
            m_previousPath.clear();
        }
        return failure(QStringLiteral("rename"), e);
    }
    m_tempPath.clear();
    m_replaced = true;
    // The rename is only durable once the folder's entry is on disk. If that fails the new file is in
    // place (the old one is gone) but may not survive a power cut: report it, do not undo it.
    if (m_syncFolder && !syncDirectory(QFileInfo(m_path).absolutePath()))
        return Error(ErrorCode::Runtime, tr("The file was written, but the folder could not be flushed to disk."),
            QStringLiteral("fsync of the folder: ") % QString::fromLocal8Bit(std::strerror(errno)));
    crashPoint("atomicfile-after-rename");
    return {};
}

void AtomicFile::cancel()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempPath.isEmpty()) {
        ::unlink(QFile::encodeName(m_tempPath).constData());
        m_tempPath.clear();
    }
}

#else // Windows (not tested here): the same steps with CreateFileW, FlushFileBuffers and MoveFileExW.

namespace {

int errnoFromWindows(DWORD code)
{
    switch (code) {
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_ACCESS_DENIED:
    case ERROR_WRITE_PROTECT:
        return EACCES;
    default:
        return EIO;
    }
}

HANDLE handleOf(int fd)
{
    return reinterpret_cast<HANDLE>(static_cast<quintptr>(fd));
}

} // namespace

Status AtomicFile::open()
{
    cancel();
    m_replaced = false;
    m_tempPath = makeTemporaryPath();
    const HANDLE h = ::CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_tempPath).utf16()), GENERIC_WRITE,
        0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const int e = errnoFromWindows(::GetLastError());
        m_tempPath.clear();
        return failure(QStringLiteral("open"), e);
    }
    m_fd = static_cast<int>(reinterpret_cast<quintptr>(h));
    return {};
}

Status AtomicFile::write(const char *data, qint64 size)
{
    if (m_fd < 0)
        return failure(QStringLiteral("write"), EBADF);
    while (size > 0) {
        DWORD written = 0;
        const DWORD chunk = static_cast<DWORD>(qMin<qint64>(size, 1 << 30));
        if (!::WriteFile(handleOf(m_fd), data, chunk, &written, nullptr))
            return failure(QStringLiteral("write"), errnoFromWindows(::GetLastError()));
        if (written == 0)
            return failure(QStringLiteral("write"), ENOSPC);
        data += written;
        size -= written;
    }
    return {};
}

Status AtomicFile::commit(const Check &check)
{
    if (m_fd < 0)
        return failure(QStringLiteral("commit"), EBADF);
    crashPoint("atomicfile-before-fsync");
    if (!::FlushFileBuffers(handleOf(m_fd)))
        return failure(QStringLiteral("fsync"), errnoFromWindows(::GetLastError()));
    const HANDLE h = handleOf(m_fd);
    m_fd = -1;
    if (!::CloseHandle(h))
        return failure(QStringLiteral("close"), errnoFromWindows(::GetLastError()));
    if (check)
        if (auto st = check(m_tempPath); !st) {
            cancel();
            return st;
        }
    crashPoint("atomicfile-before-rename");
    if (!::MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_tempPath).utf16()),
            reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_path).utf16()),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return failure(QStringLiteral("rename"), errnoFromWindows(::GetLastError()));
    m_tempPath.clear();
    m_replaced = true;
    crashPoint("atomicfile-after-rename");
    return {};
}

void AtomicFile::cancel()
{
    if (m_fd >= 0) {
        ::CloseHandle(handleOf(m_fd));
        m_fd = -1;
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
}

#endif

Status AtomicFile::writeAll(const QString &path, const QByteArray &bytes)
{
    AtomicFile file(path);
    if (auto st = file.open(); !st)
        return st;
    if (auto st = file.write(bytes); !st)
        return st;
    return file.commit();
}

} // namespace vangnet
