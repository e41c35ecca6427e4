#pragma once

#include "common/BackgroundTask.h"
#include "vault/Vault.h"
#include "vault/VaultReader.h"

#include <atomic>
#include <memory>
#include <optional>

namespace vangnet {

// Runs `work(Database &)` on the thread pool over a fresh read-only connection to the vault
// (VaultReader, opened on the pool thread) and hands its Result to `done` on the thread of
// `context`; if the connection cannot be opened, the Result is that error. The reader is closed
// before the work counts as finished, so waiting on the returned future also waits for the close. A
// lock meanwhile stops the statement and closes the reader; setting `cancel` stops the statement
// within a few thousand SQLite steps. Either way the work's result is then an error (a lock:
// ErrorCode::Cancelled). The work must not touch widgets.
template<typename Work, typename Done>
Result<QFuture<void>> readInBackground(
    Vault &vault, QObject *context, Work work, Done done, std::shared_ptr<std::atomic<bool>> cancel = nullptr)
{
    using R = std::invoke_result_t<Work, Database &>;
    auto opened = vault.openReader();
    if (!opened)
        return opened.error();
    return runInBackground(
        context,
        [reader = std::shared_ptr<VaultReader>(std::move(opened).value()), work = std::move(work), cancel]() mutable {
            std::optional<R> out;
            {
                VaultReader::Access access = reader->access();
                if (access) {
                    if (cancel)
                        access.setCancelCheck([cancel] { return cancel->load(std::memory_order_relaxed); });
                    out.emplace(work(*access.database()));
                } else if (const Error *failed = access.openError()) {
                    out.emplace(R(*failed)); // the connection could not be opened
                }
            }
            reader->close();
            return out ? std::move(*out) : R(Error(ErrorCode::Cancelled, QString()));
        },
        std::move(done));
}

} // namespace vangnet
