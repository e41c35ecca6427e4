#include "vault/VaultReader.h"

#include "storage/Database.h"
#include "storage/SqlCipher.h"

#include <atomic>

namespace vangnet {

struct VaultReader::Shared
{
    std::mutex use; // held by the one Access in use
    mutable std::mutex handle; // guards opening state against isOpen() from other threads
    std::atomic<bool> closing { false };
    std::function<bool()> cancelCheck; // only touched by the thread holding `use`
    Database db;
};

namespace {

// SQLite calls this every kProgressSteps virtual machine instructions of a running statement; a
// non-zero answer stops the statement with SQLITE_INTERRUPT. Unlike sqlite3_interrupt() it also
// catches a statement that starts just after the vault began to lock.
constexpr int kProgressSteps = 4000;

} // namespace

VaultReader::VaultReader(std::shared_ptr<Shared> shared)
    : m_shared(std::move(shared))
{ }

VaultReader::~VaultReader()
{
    closeShared(*m_shared);
}

std::shared_ptr<VaultReader::Shared> VaultReader::makeShared(Database db)
{
    auto shared = std::make_shared<Shared>();
    shared->db = std::move(db);
    sqlite3_progress_handler(
        shared->db.handle(), kProgressSteps,
        [](void *p) -> int {
            auto *s = static_cast<Shared *>(p);
            if (s->closing.load(std::memory_order_relaxed))
                return 1;
            return s->cancelCheck && s->cancelCheck() ? 1 : 0;
        },
        shared.get());
    return shared;
}

void VaultReader::closeShared(Shared &shared)
{
    // Stop a running statement first, then wait for its access to end: never close under a reader.
    shared.closing.store(true);
    const std::lock_guard use(shared.use);
    const std::lock_guard handle(shared.handle);
    shared.db.close(); // SQLCipher wipes its copy of the key
}

VaultReader::Access VaultReader::access()
{
    std::unique_lock lock(m_shared->use);
    Database *db = m_shared->db.isOpen() ? &m_shared->db : nullptr;
    return Access(std::move(lock), m_shared.get(), db);
}

bool VaultReader::isSharedOpen(const Shared &shared)
{
    const std::lock_guard handle(shared.handle);
    return shared.db.isOpen();
}

bool VaultReader::isOpen() const
{
    return isSharedOpen(*m_shared);
}

void VaultReader::close()
{
    closeShared(*m_shared);
}

VaultReader::Access::~Access()
{
    if (!m_shared)
        return;
    m_shared->cancelCheck = nullptr;
    if (m_db && m_db->isOpen()) {
        sqlite3 *h = m_db->handle();
        // A statement that was stepped but not finished holds a read transaction (an old snapshot).
        for (sqlite3_stmt *s = sqlite3_next_stmt(h, nullptr); s; s = sqlite3_next_stmt(h, s))
            sqlite3_reset(s);
        if (!sqlite3_get_autocommit(h))
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void VaultReader::Access::setCancelCheck(std::function<bool()> check)
{
    if (m_shared)
        m_shared->cancelCheck = std::move(check);
}

} // namespace vangnet
