#include "cases/CaseListLoader.h"

#include "cases/CaseListQueries.h"
#include "common/BackgroundTask.h"
#include "storage/Database.h"
#include "vault/Vault.h"
#include "vault/VaultReader.h"

#include <QSet>
#include <QThread>

#include <atomic>
#include <limits>

namespace vangnet {

struct CaseListLoader::State
{
    CaseListLoader *owner = nullptr;
    std::unique_ptr<VaultReader> reader;
    std::atomic<quint64> latest { 0 };
    std::function<void(Database &)> hook;
    // Worker thread only: one shared copy of each phase, region, coordinator and task kind.
    QSet<QString> values;

    const QString &shared(const QString &value)
    {
        if (values.size() > 4096) // a vault with very many coordinators or regions: start over
            values.clear();
        return *values.insert(value);
    }
};

namespace {

constexpr quint64 kStopped = std::numeric_limits<quint64>::max();

} // namespace

CaseListLoader::CaseListLoader(QObject *parent)
    : QObject(parent)
{ }

CaseListLoader::~CaseListLoader()
{
    stop();
}

Status CaseListLoader::start(Vault &vault)
{
    stop();
    auto reader = vault.openReader();
    if (!reader)
        return reader.error();
    m_state = std::make_shared<State>();
    m_state->owner = this;
    m_state->reader = std::move(reader.value());
    m_state->hook = m_hook;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("case list"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread as the thread ends: requests still queued go with it.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    return {};
}

void CaseListLoader::stop()
{
    if (!m_state)
        return;
    // Every request is stale now: queued ones are skipped and a running statement stops within a
    // few thousand SQLite steps (VaultReader's cancel check), so the wait below is short.
    m_state->latest.store(kStopped);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted by the thread's finish
    // Closed here, on the owner's thread, before the vault can lock: SQLCipher wipes its key copy.
    m_state->reader.reset();
    m_state.reset();
}

void CaseListLoader::setBeforeQueryHook(std::function<void(Database &)> hook)
{
    m_hook = std::move(hook);
    if (m_state) // in order with the requests, on the thread that reads it
        QMetaObject::invokeMethod(
            m_worker, [state = m_state, hook = m_hook] { state->hook = hook; }, Qt::QueuedConnection);
}

void CaseListLoader::request(const CaseListRequest &request)
{
    if (!m_state)
        return;
    m_state->latest.store(request.generation);
    QMetaObject::invokeMethod(
        m_worker, [state = m_state, request] { run(state, request); }, Qt::QueuedConnection);
}

// On the worker thread.
void CaseListLoader::run(const std::shared_ptr<State> &state, const CaseListRequest &request)
{
    yieldToTheWindow();
    const auto stale
        = [s = state.get(), generation = request.generation] { return s->latest.load(std::memory_order_relaxed) != generation; };
    if (stale())
        return;
    CaseListResult result;
    result.generation = request.generation;
    result.reset = request.reset;
    result.offset = request.offset;
    result.limit = request.limit;
    {
        VaultReader::Access access = state->reader->access();
        if (!access) {
            // Its connection could not be opened: say so. Otherwise the vault was locked: nothing to show.
            if (const Error *failed = access.openError(); failed && !stale()) {
                result.error = failed->message();
                deliver(state, std::move(result));
            }
            return;
        }
        access.setCancelCheck(stale);
        Database &db = *access.database();
        if (state->hook)
            state->hook(db);
        const CaseSearch search(db, request.today);
        if (request.reset) {
            if (auto count = search.count(request.filter))
                result.total = count.value();
            else
                result.error = count.error().message();
        }
        if (result.error.isEmpty()) {
            auto page = search.find(request.filter, request.sort, request.offset, request.limit);
            if (!page) {
                result.error = page.error().message();
            } else {
                QStringList ids;
                ids.reserve(page->size());
                for (const CaseSummary &s : page.value())
                    ids.append(s.id);
                // A page without deadlines is still a page: the column stays empty.
                auto next = CaseListQueries::nextDeadlines(db, ids, request.today);
                result.rows.reserve(page->size());
                for (CaseSummary &s : page.value()) {
                    CaseListRow row;
                    row.id = std::move(s.id);
                    row.number = std::move(s.number);
                    row.givenName = std::move(s.givenName);
                    row.familyName = std::move(s.familyName);
                    row.phase = state->shared(s.phase);
                    row.region = state->shared(s.region);
                    row.coordinator = state->shared(s.coordinator);
                    row.reflectionEnd = s.reflectionEnd;
                    row.threatCode = state->shared(s.threatCode);
                    row.requiredLevel = s.requiredLevel;
                    if (next) {
                        const auto d = next->constFind(row.id);
                        if (d != next->cend()) {
                            row.deadlineDate = d->date;
                            row.deadlineKind = d->kind;
                            row.deadlineTaskKind = state->shared(d->taskKind);
                        }
                    }
                    result.rows.append(std::move(row));
                }
            }
        }
    } // the access ends: no statement and no read transaction stays open between requests
    if (stale() || !state->reader->isOpen())
        return; // a stopped query, or one the vault's lock closed, is not an error to show
    deliver(state, std::move(result));
}

// On the worker thread: hands a result to the owner's thread.
void CaseListLoader::deliver(const std::shared_ptr<State> &state, CaseListResult result)
{
    CaseListLoader *owner = state->owner;
    QMetaObject::invokeMethod(
        owner,
        [owner, weak = std::weak_ptr<State>(state), result = std::move(result)] {
            // A result that crossed a stop() or a newer request is dropped here as well.
            const auto current = weak.lock();
            if (!current || current != owner->m_state || current->latest.load() != result.generation)
                return;
            Q_EMIT owner->loaded(result);
        },
        Qt::QueuedConnection);
}

} // namespace vangnet
