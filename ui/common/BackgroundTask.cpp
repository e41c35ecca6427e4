#include "common/BackgroundTask.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace vangnet {

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        pool.setObjectName(QStringLiteral("vangnet-background"));
        return true;
    }();
    (void)sized;
    return &pool;
}

void yieldToTheWindow()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Qt's thread priorities do nothing under Linux's normal scheduler (SCHED_OTHER has a single
    // static priority), but a thread has a nice value of its own. Raising one's own nice value needs
    // no privilege; if it fails nothing is lost but the window's head start.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, tid, std::min(19, ::getpriority(PRIO_PROCESS, tid) + BackgroundNice));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace vangnet
