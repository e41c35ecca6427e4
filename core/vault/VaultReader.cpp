#include "vault/VaultReader.h"

#include "crypto/SecureBuffer.h"
#include "storage/Database.h"
#include "storage/SqlCipher.h"

#include <atomic>
#include <optional>

namespace vangnet {

struct VaultReader::Shared
{
    std::mutex use; // held by the one Access in use
    mutable std::mutex handle; // guards opening state against isOpen() from other threads
    std::atomic<bool> closing { false };
    std::function<bool()> cancelCheck; // only touched by the thread holding `use`
    Database db;
    // Until the first access opens the connection (guarded by `handle`, like db's state).
    QString path;
    SecureBuffer key;
    std::optional<Error> openError;
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

std::shared_ptr<VaultReader::Shared> VaultReader::makeShared(const QString &path, SecureBuffer key)
{
    auto shared = std::make_shared<Shared>();
    shared->path = path;
    shared->key = std::move(key);
    return shared;
}

// On the reading thread, holding `use`.
void VaultReader::openShared(Shared &shared)
{
    SecureBuffer key;
    {
        const std::lock_guard handle(shared.handle);
        if (shared.key.isEmpty() || shared.closing.load())
            return;
        key = std::move(shared.key);
    }
    auto opened = [&]() -> Result<Database> {
        auto db = Database::open(shared.path, key, Database::Mode::OpenExisting);
        if (!db)
            return db.error();
        // Reads only: a write through this connection fails instead of competing with the vault's own.
        if (auto st = db->exec(QStringLiteral("PRAGMA query_only = 1")); !st)
            return st.error();
        // Readers page through lists and count: 16 MiB of decrypted pages each, not the 64 MiB of the
        // vault's own connection (which keeps the indexes its writes touch). With the whole 100,000-case
        // list open the desktop stays well under 250 MB (docs/PERFORMANCE.md).
        if (auto st = db->exec(QStringLiteral("PRAGMA cache_size = -16384")); !st)
            return st.error();
        return std::move(db.value());
    }();
    key.wipe();
    const std::lock_guard handle(shared.handle);
    if (!opened) {
        shared.openError = opened.error();
        return;
    }
    shared.db = std::move(opened.value());
    sqlite3_progress_handler(
        shared.db.handle(), kProgressSteps,
        [](void *p) -> int {
            auto *s = static_cast<Shared *>(p);
            if (s->closing.load(std::memory_order_relaxed))
                return 1;
            return s->cancelCheck && s->cancelCheck() ? 1 : 0;
        },
        &shared);
}

void VaultReader::closeShared(Shared &shared)
{
    // Stop a running statement first, then wait for its access to end: never close under a reader.
    shared.closing.store(true);
    const std::lock_guard use(shared.use);
    const std::lock_guard handle(shared.handle);
    shared.db.close(); // SQLCipher wipes its copy of the key
    shared.key.wipe(); // a reader never accessed still held one
}

VaultReader::Access VaultReader::access()
{
    std::unique_lock lock(m_shared->use);
    openShared(*m_shared);
    Database *db = m_shared->db.isOpen() ? &m_shared->db : nullptr;
    return Access(std::move(lock), m_shared.get(), db);
}

bool VaultReader::isSharedOpen(const Shared &shared)
{
    const std::lock_guard handle(shared.handle);
    return shared.db.isOpen() || !shared.key.isEmpty();
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

const Error *VaultReader::Access::openError() const
{
    if (!m_shared || m_db)
        return nullptr;
    const std::lock_guard handle(m_shared->handle);
    return m_shared->openError ? &*m_shared->openError : nullptr;
}

void VaultReader::Access::setCancelCheck(std::function<bool()> check)
{
    if (m_shared)
        m_shared->cancelCheck = std::move(check);
}

} // namespace vangnet
