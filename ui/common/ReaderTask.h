#pragma once

#include "common/BackgroundTask.h"
#include "vault/Vault.h"
#include "vault/VaultReader.h"

#include <optional>

namespace vangnet {

// Runs `work(Database &)` on the thread pool over a fresh read-only connection to the vault
// (VaultReader) and hands its Result to `done` on the thread of `context`. The reader is closed
// before the work counts as finished; a lock meanwhile stops the statement and closes it, and the
// work's result is then an Error with ErrorCode::Cancelled. The work must not touch widgets.
template<typename Work, typename Done> Status readInBackground(Vault &vault, QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work, Database &>;
    auto opened = vault.openReader();
    if (!opened)
        return opened.error();
    runInBackground(
        context,
        [reader = std::shared_ptr<VaultReader>(std::move(opened).value()), work = std::move(work)]() mutable {
            std::optional<R> out;
            {
                VaultReader::Access access = reader->access();
                if (access)
                    out.emplace(work(*access.database()));
            }
            reader->close();
            return out ? std::move(*out) : R(Error(ErrorCode::Cancelled, QString()));
        },
        std::move(done));
    return {};
}

} // namespace vangnet
