#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <type_traits>
#include <utility>

namespace vangnet {

// Vangnet's own threads for slow work, apart from Qt's global pool: Qt's raster engine hands parts of
// its painting to the global pool and waits for them, so a second-long read there (the overview's
// figures and the case list at 100,000 cases, both at unlock, on a 2-core laptop) froze the window
// for as long (vangnet-bench-ui, docs/PERFORMANCE.md).
QThreadPool *backgroundPool();

// Lowers the calling thread's priority below the window's thread, once per thread: at unlock four
// readers start at once on a 2-core laptop, and at equal priority the scheduler gave them the
// window's core too, which froze it for tens of milliseconds while they opened and counted. Called
// by every piece of work runInBackground starts and by the case list's own thread; on an idle
// machine the work runs as fast as before.
void yieldToTheWindow();
// How much nicer (Linux) a background thread is than the window's: a quarter of its CPU share
// where both want the same core.
constexpr int BackgroundNice = 5;

// Runs slow work (Argon2id, opening a vault) on Vangnet's thread pool and hands its result to `done` on
// the thread of `context`. If `context` is destroyed first, the result is dropped. The result travels
// in a shared_ptr because Result<std::unique_ptr<Vault>> is move-only.
// The work must not touch widgets. The returned future lets the caller wait for the work (a lock
// that must not complete while a worker still holds keys); `done` still runs later, from the event
// loop, unless `context` is gone by then.
template<typename Work, typename Done> QFuture<void> runInBackground(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<R>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        std::shared_ptr<R> result = watcher->result();
        watcher->deleteLater();
        done(std::move(*result));
    });
    auto future = QtConcurrent::run(backgroundPool(), [work = std::move(work)]() mutable {
        yieldToTheWindow();
        return std::make_shared<R>(work());
    });
    watcher->setFuture(future);
    return QFuture<void>(future);
}

} // namespace vangnet
