#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace vangnet {

// Runs slow work (Argon2id, opening a vault) on the thread pool and hands its result to `done` on
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
    auto future = QtConcurrent::run([work = std::move(work)]() mutable { return std::make_shared<R>(work()); });
    watcher->setFuture(future);
    return QFuture<void>(future);
}

} // namespace vangnet
