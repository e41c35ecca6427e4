#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QLockFile;

namespace vangnet {

// An exclusive lock held by the operating system on an open file (flock on POSIX), so that only
// the file's open descriptor counts, never its content: a lock file left by a killed process (even
// an empty one) is free again the moment that process is gone, while a living holder keeps it.
// The file is created 0600 and removed when the lock is released. Windows uses QLockFile for now
// (docs/SECURITY.md, "The vault lock").
class FileLock final
{
public:
    enum class Outcome { Locked, HeldElsewhere, Failed };

    explicit FileLock(QString path);
    ~FileLock();
    Q_DISABLE_COPY_MOVE(FileLock)

    // Does not wait. On Failed, errorString() says why (permissions, a full inode table...).
    Outcome tryLock();
    void unlock();
    bool isLocked() const;
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
#if defined(Q_OS_WIN)
    std::unique_ptr<QLockFile> m_qt;
#else
    int m_fd = -1;
#endif
};

} // namespace vangnet
