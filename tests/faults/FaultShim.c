/* An LD_PRELOAD library that makes the Nth file-system call of one kind fail, for the fault tests
 * (tests/faults). It intercepts the libc calls that Qt, SQLCipher and Vangnet's own code use to
 * write files and only ever touches regular files (checked with fstat) below one folder, so the
 * program's own libraries, translations and pipes are never affected.
 *
 *   VANGNET_FAULT_DIR    only files whose path starts with this folder count (required)
 *   VANGNET_FAULT_KIND   open | write | fsync | rename | close | truncate | corrupt
 *   VANGNET_FAULT_MATCH  optional: only paths that contain this text count
 *   VANGNET_FAULT_N      fail the Nth call of that kind (1-based); later calls go through
 *   VANGNET_FAULT_ERRNO  ENOSPC (default) or EIO
 *   VANGNET_FAULT_STICKY 1: every call of that kind from the Nth on fails (a disk that stays full)
 *   VANGNET_FAULT_REPORT a file to which the library appends one line at exit:
 *                        "<calls of that kind> <failures injected>"
 * "open" counts opens that may create or write a file; "write" is write, pwrite, pwrite64 and writev.
 * "corrupt" is a lying disk: the Nth write (write, pwrite, pwrite64) reports success but stores the
 * data with one byte flipped.
 *
 * A failed fsync, fdatasync or close means the file's data may never reach the disk. The library
 * models what a power cut would then leave: a file renamed after such a failure is truncated to
 * 0 bytes (the directory entry is durable, the content is not), so a program that renames over a
 * good file after a failed flush loses it, as ext4 users of such programs did. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum Kind { KindNone, KindOpen, KindWrite, KindFsync, KindRename, KindClose, KindTruncate, KindCorrupt };

#define MAX_FDS 4096

static int g_ready;
static enum Kind g_kind = KindNone;
static long g_n;
static int g_errno = ENOSPC;
static int g_sticky;
static char g_dir[PATH_MAX];
static char g_match[PATH_MAX];
static size_t g_dirLength;
static long g_calls;
static long g_injected;
static unsigned char g_watched[MAX_FDS];
/* Written since its last successful fsync: only then can a failed flush lose data. */
static unsigned char g_dirty[MAX_FDS];

/* Files whose flush failed: (device, inode). */
#define MAX_UNSYNCED 64
static dev_t g_unsyncedDev[MAX_UNSYNCED];
static ino_t g_unsyncedIno[MAX_UNSYNCED];
static int g_unsyncedCount;

static void markUnsynced(int fd)
{
    struct stat st;
    if (fd < 0 || fd >= MAX_FDS || !g_dirty[fd])
        return;
    if (g_unsyncedCount < MAX_UNSYNCED && fstat(fd, &st) == 0) {
        g_unsyncedDev[g_unsyncedCount] = st.st_dev;
        g_unsyncedIno[g_unsyncedCount] = st.st_ino;
        ++g_unsyncedCount;
    }
}

static int isUnsynced(int dirfd, const char *path)
{
    struct stat st;
    if (fstatat(dirfd, path, &st, 0) != 0)
        return 0;
    for (int i = 0; i < g_unsyncedCount; ++i)
        if (g_unsyncedDev[i] == st.st_dev && g_unsyncedIno[i] == st.st_ino)
            return 1;
    return 0;
}

/* What a power cut leaves of a file that was renamed into place without its data on disk. */
static void loseContent(int dirfd, const char *path)
{
    int (*realOpenat)(int, const char *, int, ...) = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat");
    int (*realClose)(int) = (int (*)(int))dlsym(RTLD_NEXT, "close");
    const int fd = realOpenat(dirfd, path, O_WRONLY | O_TRUNC | O_CLOEXEC, 0);
    if (fd >= 0)
        realClose(fd);
}

static void report(void)
{
    const char *path = getenv("VANGNET_FAULT_REPORT");
    if (!path || !*path)
        return;
    FILE *f = fopen(path, "a");
    if (!f)
        return;
    fprintf(f, "%ld %ld\n", g_calls, g_injected);
    fclose(f);
}

static void setup(void)
{
    if (g_ready)
        return;
    g_ready = 1;
    const char *dir = getenv("VANGNET_FAULT_DIR");
    const char *kind = getenv("VANGNET_FAULT_KIND");
    const char *n = getenv("VANGNET_FAULT_N");
    const char *err = getenv("VANGNET_FAULT_ERRNO");
    const char *sticky = getenv("VANGNET_FAULT_STICKY");
    const char *match = getenv("VANGNET_FAULT_MATCH");
    if (match) {
        strncpy(g_match, match, sizeof g_match - 1);
        g_match[sizeof g_match - 1] = '\0';
    }
    if (!dir || !*dir || !kind || !n)
        return;
    if (!realpath(dir, g_dir)) {
        strncpy(g_dir, dir, sizeof g_dir - 1);
        g_dir[sizeof g_dir - 1] = '\0';
    }
    g_dirLength = strlen(g_dir);
    g_n = atol(n);
    if (strcmp(kind, "open") == 0)
        g_kind = KindOpen;
    else if (strcmp(kind, "write") == 0)
        g_kind = KindWrite;
    else if (strcmp(kind, "fsync") == 0)
        g_kind = KindFsync;
    else if (strcmp(kind, "rename") == 0)
        g_kind = KindRename;
    else if (strcmp(kind, "close") == 0)
        g_kind = KindClose;
    else if (strcmp(kind, "truncate") == 0)
        g_kind = KindTruncate;
    else if (strcmp(kind, "corrupt") == 0)
        g_kind = KindCorrupt;
    if (err && strcmp(err, "EIO") == 0)
        g_errno = EIO;
    g_sticky = sticky && strcmp(sticky, "1") == 0;
    atexit(report);
}

static void *next(const char *name)
{
    return dlsym(RTLD_NEXT, name);
}

/* Whether a path lies in the watched folder. Relative paths are taken from the working folder. */
static int inDir(const char *path)
{
    if (!g_dirLength || !path)
        return 0;
    char absolute[PATH_MAX];
    if (path[0] != '/') {
        if (!getcwd(absolute, sizeof absolute))
            return 0;
        size_t used = strlen(absolute);
        if (used + 1 + strlen(path) + 1 > sizeof absolute)
            return 0;
        absolute[used] = '/';
        strcpy(absolute + used + 1, path);
        path = absolute;
    }
    return strncmp(path, g_dir, g_dirLength) == 0 && (path[g_dirLength] == '/' || path[g_dirLength] == '\0')
        && (!g_match[0] || strstr(path + g_dirLength, g_match));
}

static int isRegular(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

static int watched(int fd)
{
    return fd >= 0 && fd < MAX_FDS && g_watched[fd];
}

/* Counts a call of the given kind and says whether it must fail. */
static int fault(enum Kind kind)
{
    setup();
    if (kind != g_kind)
        return 0;
    ++g_calls;
    if (g_calls == g_n || (g_sticky && g_calls > g_n)) {
        ++g_injected;
        return 1;
    }
    return 0;
}

static void track(int fd, const char *path)
{
    if (fd >= 0 && fd < MAX_FDS) {
        g_watched[fd] = (unsigned char)(inDir(path) && isRegular(fd));
        g_dirty[fd] = 0;
    }
}

static ssize_t wrote(int fd, ssize_t n)
{
    if (n > 0 && fd >= 0 && fd < MAX_FDS)
        g_dirty[fd] = 1;
    return n;
}

static int synced(int fd, int rc)
{
    if (rc == 0 && fd >= 0 && fd < MAX_FDS)
        g_dirty[fd] = 0;
    return rc;
}

static int writesFile(int flags)
{
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)) != 0;
}

static int openCommon(const char *symbol, int dirfd, const char *path, int flags, mode_t mode, int at)
{
    setup();
    /* A file that is created or written in the folder; a folder opened for fsync is not. */
    if (writesFile(flags) && !(flags & O_DIRECTORY) && (at ? (path && (path[0] == '/' || dirfd == AT_FDCWD)) : 1) && inDir(path)
        && fault(KindOpen)) {
        errno = g_errno;
        return -1;
    }
    int fd;
    if (at) {
        int (*real)(int, const char *, int, ...) = (int (*)(int, const char *, int, ...))next(symbol);
        fd = real(dirfd, path, flags, mode);
    } else {
        int (*real)(const char *, int, ...) = (int (*)(const char *, int, ...))next(symbol);
        fd = real(path, flags, mode);
    }
    if (fd >= 0)
        track(fd, path);
    return fd;
}

static mode_t modeOf(int flags, va_list ap)
{
    return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeOf(flags, ap);
    va_end(ap);
    return openCommon("open", AT_FDCWD, path, flags, mode, 0);
}

int open64(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeOf(flags, ap);
    va_end(ap);
    return openCommon("open64", AT_FDCWD, path, flags, mode, 0);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeOf(flags, ap);
    va_end(ap);
    return openCommon("openat", dirfd, path, flags, mode, 1);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeOf(flags, ap);
    va_end(ap);
    return openCommon("openat64", dirfd, path, flags, mode, 1);
}

int __open_2(const char *path, int flags)
{
    return openCommon("open", AT_FDCWD, path, flags, 0, 0);
}

int __open64_2(const char *path, int flags)
{
    return openCommon("open64", AT_FDCWD, path, flags, 0, 0);
}

int creat(const char *path, mode_t mode)
{
    return openCommon("open", AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode, 0);
}

/* A copy of the buffer with its middle byte flipped, for the lying disk; NULL when not wanted. */
static unsigned char *corrupted(int fd, const void *buf, size_t count)
{
    if (!watched(fd) || count == 0 || !fault(KindCorrupt))
        return NULL;
    unsigned char *copy = malloc(count);
    if (!copy)
        return NULL;
    memcpy(copy, buf, count);
    copy[count / 2] ^= 0x5a;
    return copy;
}

ssize_t write(int fd, const void *buf, size_t count)
{
    static ssize_t (*real)(int, const void *, size_t);
    if (!real)
        real = (ssize_t (*)(int, const void *, size_t))next("write");
    if (watched(fd) && fault(KindWrite)) {
        errno = g_errno;
        return -1;
    }
    unsigned char *bad = corrupted(fd, buf, count);
    if (bad) {
        const ssize_t n = real(fd, bad, count);
        free(bad);
        return wrote(fd, n);
    }
    return wrote(fd, real(fd, buf, count));
}

ssize_t writev(int fd, const struct iovec *iov, int count)
{
    static ssize_t (*real)(int, const struct iovec *, int);
    if (!real)
        real = (ssize_t (*)(int, const struct iovec *, int))next("writev");
    if (watched(fd) && fault(KindWrite)) {
        errno = g_errno;
        return -1;
    }
    return wrote(fd, real(fd, iov, count));
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static ssize_t (*real)(int, const void *, size_t, off_t);
    if (!real)
        real = (ssize_t (*)(int, const void *, size_t, off_t))next("pwrite");
    if (watched(fd) && fault(KindWrite)) {
        errno = g_errno;
        return -1;
    }
    unsigned char *bad = corrupted(fd, buf, count);
    if (bad) {
        const ssize_t n = real(fd, bad, count, offset);
        free(bad);
        return wrote(fd, n);
    }
    return wrote(fd, real(fd, buf, count, offset));
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static ssize_t (*real)(int, const void *, size_t, off64_t);
    if (!real)
        real = (ssize_t (*)(int, const void *, size_t, off64_t))next("pwrite64");
    if (watched(fd) && fault(KindWrite)) {
        errno = g_errno;
        return -1;
    }
    unsigned char *bad = corrupted(fd, buf, count);
    if (bad) {
        const ssize_t n = real(fd, bad, count, offset);
        free(bad);
        return wrote(fd, n);
    }
    return wrote(fd, real(fd, buf, count, offset));
}

int fsync(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))next("fsync");
    if (watched(fd) && fault(KindFsync)) {
        markUnsynced(fd);
        errno = g_errno;
        return -1;
    }
    return synced(fd, real(fd));
}

int fdatasync(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))next("fdatasync");
    if (watched(fd) && fault(KindFsync)) {
        markUnsynced(fd);
        errno = g_errno;
        return -1;
    }
    return synced(fd, real(fd));
}

int ftruncate(int fd, off_t length)
{
    static int (*real)(int, off_t);
    if (!real)
        real = (int (*)(int, off_t))next("ftruncate");
    if (watched(fd) && fault(KindTruncate)) {
        errno = g_errno;
        return -1;
    }
    return real(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    static int (*real)(int, off64_t);
    if (!real)
        real = (int (*)(int, off64_t))next("ftruncate64");
    if (watched(fd) && fault(KindTruncate)) {
        errno = g_errno;
        return -1;
    }
    return real(fd, length);
}

int close(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))next("close");
    const int counted = watched(fd);
    if (fd >= 0 && fd < MAX_FDS)
        g_watched[fd] = 0;
    if (counted && fault(KindClose)) {
        /* As after a failed flush on an NFS or FUSE close: the descriptor is gone all the same. */
        markUnsynced(fd);
        g_dirty[fd] = 0;
        real(fd);
        errno = g_errno;
        return -1;
    }
    if (fd >= 0 && fd < MAX_FDS)
        g_dirty[fd] = 0;
    return real(fd);
}

static int renameFault(const char *from, const char *to)
{
    setup();
    return (inDir(from) || inDir(to)) && fault(KindRename);
}

int rename(const char *from, const char *to)
{
    static int (*real)(const char *, const char *);
    if (!real)
        real = (int (*)(const char *, const char *))next("rename");
    if (renameFault(from, to)) {
        errno = g_errno;
        return -1;
    }
    const int lost = isUnsynced(AT_FDCWD, from);
    const int rc = real(from, to);
    if (rc == 0 && lost)
        loseContent(AT_FDCWD, to);
    return rc;
}

int renameat(int fromDir, const char *from, int toDir, const char *to)
{
    static int (*real)(int, const char *, int, const char *);
    if (!real)
        real = (int (*)(int, const char *, int, const char *))next("renameat");
    if (renameFault(from, to)) {
        errno = g_errno;
        return -1;
    }
    const int lost = isUnsynced(fromDir, from);
    const int rc = real(fromDir, from, toDir, to);
    if (rc == 0 && lost)
        loseContent(toDir, to);
    return rc;
}

int renameat2(int fromDir, const char *from, int toDir, const char *to, unsigned int flags)
{
    static int (*real)(int, const char *, int, const char *, unsigned int);
    if (!real)
        real = (int (*)(int, const char *, int, const char *, unsigned int))next("renameat2");
    if (renameFault(from, to)) {
        errno = g_errno;
        return -1;
    }
    const int lost = isUnsynced(fromDir, from);
    const int rc = real(fromDir, from, toDir, to, flags);
    if (rc == 0 && lost)
        loseContent(toDir, to);
    return rc;
}
