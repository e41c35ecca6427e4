#include "vault/BackupRunner.h"

#include "backup/BackupReader.h"
#include "backup/BackupRecords.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupSource.h"
#include "backup/BackupVerifier.h"
#include "common/BackgroundTask.h"
#include "safety/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"
#include "vault/VaultConfig.h"

#include <QFileInfo>

namespace vangnet {

BackupRunner::BackupRunner(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_progress)
            Q_EMIT progressChanged(m_progress->load());
    });
}

BackupRunner::~BackupRunner()
{
    cancel();
    waitForFinished();
}

Status BackupRunner::start(Vault &vault)
{
    if (m_running)
        return Error(ErrorCode::InUse, tr("A backup is already being made."));
    auto folder = VaultConfig(vault.database()).value(VaultConfig::BackupFolder);
    if (!folder)
        return folder.error();
    if (folder->isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Choose a backup folder first."));
    auto taken = BackupSource::take(vault);
    if (!taken)
        return taken.error();

    m_running = true;
    m_progress = std::make_shared<std::atomic<int>>(0);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_poll.start();
    auto source = std::make_shared<BackupSource>(std::move(taken.value()));
    const QString databasePath = vault.paths().database();
    const QDateTime now = m_clock.now();
    m_future = runInBackground(
        this,
        [source, databasePath, now, folder = folder.value(), progress = m_progress, cancel = m_cancel]() mutable {
            Outcome outcome;
            const auto report = [&](int base, int span) {
                return [&, base, span](int permille) {
                    progress->store(base + permille * span / 1000);
                    return !cancel->load();
                };
            };
            auto created = BackupWriter::create(*source, folder, now, report(0, 600));
            if (!created) {
                outcome.error = created.error().message();
                outcome.cancelled = created.error().code() == ErrorCode::Cancelled;
                source.reset();
                return outcome;
            }
            outcome.fileName = created->fileName;
            outcome.bytes = created->bytes;
            auto reader = BackupReader::open(created->path);
            Result<BackupManifest> verified = reader
                ? BackupVerifier::verify(reader.value(), source->masterKey(), report(600, 400))
                : Result<BackupManifest>(reader.error());
            outcome.verified = verified.ok();
            if (!verified)
                outcome.error = verified.error().message();
            // Recorded through a connection of its own: the vault may have been locked meanwhile.
            if (auto db = Database::open(databasePath, source->masterKey(), Database::Mode::OpenExisting)) {
                BackupRecords records(db.value());
                const Status st = outcome.verified ? records.recordVerified(
                                      created->fileName, created->createdAt, created->bytes, QDateTime::currentDateTimeUtc())
                                                   : records.recordCreated(created->fileName, created->createdAt, created->bytes);
                if (!st && outcome.error.isEmpty())
                    outcome.error = st.error().message();
            }
            source.reset(); // closes the connection and wipes the key copy now, on this thread
            return outcome;
        },
        [this](Outcome outcome) {
            m_running = false;
            m_poll.stop();
            Q_EMIT finished(outcome);
        });
    return {};
}

bool BackupRunner::startIfDue(Vault &vault)
{
    if (m_running || !vault.isOpen())
        return false;
    VaultConfig config(vault.database());
    auto folder = config.value(VaultConfig::BackupFolder);
    auto interval = config.integer(VaultConfig::BackupIntervalHours);
    auto newest = BackupRecords(vault.database()).newest();
    if (!folder || folder->isEmpty() || !interval || !newest || !QFileInfo(folder.value()).isDir())
        return false;
    std::optional<QDateTime> newestAt;
    if (newest->has_value())
        newestAt = newest->value().createdAt;
    if (!BackupSchedule::isDue(newestAt, m_clock.now(), interval.value()))
        return false;
    return start(vault).ok();
}

void BackupRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackupRunner::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace vangnet
