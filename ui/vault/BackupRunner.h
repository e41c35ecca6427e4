#pragma once

#include "backup/BackupWriter.h"
#include "common/Result.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace vangnet {

class Clock;
class Vault;

// The desktop's backups: one at a time, on the thread pool, with progress and cancel. A job takes
// a BackupSource on the UI thread (a few milliseconds: a connection with a read transaction and a
// key copy), then creates the backup, verifies it completely and records both in the vault through
// a connection of its own, so that a backup started at lock finishes after the vault is locked
// (its key copy is wiped when it ends).
class BackupRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRunner)

public:
    struct Outcome
    {
        QString fileName;
        qint64 bytes = 0;
        bool verified = false;
        QString error; // empty on success
        bool cancelled = false;
    };

    explicit BackupRunner(const Clock &clock, QObject *parent = nullptr);
    ~BackupRunner() override;

    bool isRunning() const { return m_running; }
    // Starts a backup into the vault's backup folder. Fails (nothing started) when one is running,
    // no folder is set or the vault is locked.
    Status start(Vault &vault);
    // At lock and at quit: starts one when a folder is set and reachable and the newest backup is
    // older than the interval. True when one was started.
    bool startIfDue(Vault &vault);
    void cancel();
    // Blocks until the running job (if any) has ended; for the application's exit.
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(int permille);
    void finished(const vangnet::BackupRunner::Outcome &outcome);

private:
    const Clock &m_clock;
    bool m_running = false;
    QFuture<void> m_future;
    std::shared_ptr<std::atomic<int>> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer m_poll;
};

} // namespace vangnet
