#pragma once

#include "common/Result.h"

#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <mutex>
#include <utility>

namespace vangnet {

class Database;
class SecureBuffer;

// A second, read-only connection to an unlocked vault, for reading on a background thread (the
// case list's worker). Made by Vault::openReader() with the same key and cipher settings as the
// vault's own connection and `PRAGMA query_only = 1`; in WAL mode it reads the last committed state
// while the vault's connection writes.
//
// The connection is opened by the first access(), on the thread that reads: opening keys SQLCipher
// and parses the schema (several ms each), and at unlock the desktop makes four readers at once,
// which froze the window while they opened on its thread. Until then the reader holds a copy of the
// key in locked memory; it counts as open and is wiped by close() like the connection.
//
// The vault keeps track of every reader it opened: Vault::lock() stops a running statement, waits
// for it and closes the reader (SQLCipher wipes its copy of the key) before it wipes the master key.
// After that access() hands out no database. A reader may outlive its vault; it is closed all the same.
//
// One thread at a time uses the connection, through an Access; isOpen() and the vault's lock() may
// be called from any thread.
class VaultReader final
{
    struct Shared;

public:
    // Exclusive use of the connection while it lives. database() is null once the vault was locked.
    class Access final
    {
    public:
        Access(Access &&other) noexcept
            : m_lock(std::move(other.m_lock))
            , m_shared(std::exchange(other.m_shared, nullptr))
            , m_db(std::exchange(other.m_db, nullptr))
        { }
        Access &operator=(Access &&) = delete;
        Access(const Access &) = delete;
        Access &operator=(const Access &) = delete;
        // Ends any statement still stepping and any transaction left open, so that no read
        // transaction outlives the access and the next access sees the latest committed data.
        ~Access();

        Database *database() const { return m_db; }
        explicit operator bool() const { return m_db != nullptr; }
        // Why database() is null when the connection could not be opened; null when it was closed.
        const Error *openError() const;

        // Asked every few thousand SQLite instructions while this access runs a statement: true stops
        // the statement (it fails as interrupted). For dropping work that became stale.
        void setCancelCheck(std::function<bool()> check);

    private:
        friend class VaultReader;
        Access(std::unique_lock<std::mutex> lock, Shared *shared, Database *db)
            : m_lock(std::move(lock))
            , m_shared(shared)
            , m_db(db)
        { }

        std::unique_lock<std::mutex> m_lock;
        Shared *m_shared = nullptr;
        Database *m_db = nullptr;
    };

    ~VaultReader();
    Q_DISABLE_COPY_MOVE(VaultReader)

    // Waits while another thread holds an access.
    Access access();
    bool isOpen() const;
    // Stops a running statement, waits for its access to end and closes the connection.
    void close();

private:
    friend class Vault;
    explicit VaultReader(std::shared_ptr<Shared> shared);
    // A reader whose connection the first access() opens with this key (a copy the reader wipes).
    static std::shared_ptr<Shared> makeShared(const QString &path, SecureBuffer key);
    static void openShared(Shared &shared);
    static void closeShared(Shared &shared);
    static bool isSharedOpen(const Shared &shared);

    std::shared_ptr<Shared> m_shared;
};

} // namespace vangnet
