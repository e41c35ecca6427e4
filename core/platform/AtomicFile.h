#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace vangnet {

// Writes a file so that a crash, a full disk or an I/O error never leaves a half-written file under
// the final name and never harms the previous one. The bytes go to a temporary file in the same
// folder, created owner-only (0600) whatever the umask; commit() flushes, fsyncs and closes it,
// checking each step, renames it over the final name and fsyncs the folder. On any error, and when
// the object is destroyed without commit(), the temporary file is removed and the final name is
// untouched. QSaveFile is not used: in Qt 6.4 a failed flush can still be followed by the rename.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    explicit AtomicFile(QString path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates the temporary file. Refuses when the folder does not exist or cannot be written.
    Status open();
    // Appends bytes; every short write and error is reported (ENOSPC as "the disk is full").
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    // Checks the written, flushed and closed temporary file (given its path) before it replaces the
    // final name, e.g. by reading it back; an error from it cancels the commit.
    using Check = std::function<Status(const QString &temporaryPath)>;
    // fsync, close, check, rename, fsync of the folder. After an error nothing is left behind.
    Status commit(const Check &check = {});
    // Removes the temporary file; the final name stays as it was.
    void cancel();

    // For a commit that a later step may still undo (a bundle whose recording fails): commit() keeps
    // a hard link to the file it replaces, revertCommit() puts that file back (or removes the new one
    // when there was none), and the destructor drops the link. POSIX only; elsewhere a no-op.
    void keepPreviousUntilDone() { m_keepPrevious = true; }
    // For a caller that writes many files into one folder in a row (the receipts of an exchange
    // pass): commit() still fsyncs the file before the rename but leaves the folder's fsync to the
    // caller, who calls syncDirectory() (platform/FileSync.h) once after the last rename and before
    // it relies on any of the new names. Until then a power cut may take a new name away, never
    // leave a partial file under it.
    void deferFolderSync() { m_syncFolder = false; }
    // The path is a fresh random name that no earlier write used, so no killed earlier write of it
    // can have left a temporary file: open() skips listing the folder for one (in a mailbox of
    // thousands of files that listing cost more than the write itself).
    void nameIsFresh() { m_removeStale = false; }
    void revertCommit();
    // True once the rename has happened: a later error (the folder's fsync) leaves the new file in
    // place, so a caller must not tell the user that nothing changed.
    bool replaced() const { return m_replaced; }
    const QString &path() const { return m_path; }
    // The temporary file's name while open (tests look for leftovers by its pattern).
    const QString &temporaryPath() const { return m_tempPath; }

    // open + write + commit in one call.
    static Status writeAll(const QString &path, const QByteArray &bytes);
    // Temporary files of this class carry this marker in their name; leftovers of a killed process
    // can be recognised (and are never taken for a real file).
    static QString temporaryMarker();
    // Removes what a killed process left of an earlier write to this path (its temporary files);
    // open() does it, and opening a vault does it for the key file.
    static void removeStaleTemporaries(const QString &path);

private:
    Error failure(const QString &step, int errorNumber);
    QString makeTemporaryPath() const;

    QString m_path;
    QString m_tempPath;
    int m_fd = -1;
    bool m_replaced = false;
    bool m_keepPrevious = false;
    bool m_syncFolder = true;
    bool m_removeStale = true;
    bool m_hadPrevious = false;
    QString m_previousPath; // the hard link to the replaced file
};

} // namespace vangnet
