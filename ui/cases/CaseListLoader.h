#pragma once

#include "cases/CaseSearch.h"
#include "cases/Deadlines.h"
#include "common/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace vangnet {

class Database;
class Vault;

// One row of the case list: only what its columns show, with the next deadline folded in, so that
// 100,000 loaded rows stay small (docs/PERFORMANCE.md).
struct CaseListRow
{
    QString id;
    QString number;
    QString givenName;
    QString familyName;
    QString phase; // phase, region, coordinator and task kind share one copy per distinct value
    QString region;
    QString coordinator;
    QDate reflectionEnd;
    QString threatCode; // CodeKind::ThreatCode; empty: not assessed
    int requiredLevel = 1; // the required security level in force, 0..4
    QDate deadlineDate; // invalid: no open deadline
    QString deadlineTaskKind; // for DeadlineKind::TaskDue
    DeadlineKind deadlineKind = DeadlineKind::TaskDue;
};

struct CaseListRequest
{
    quint64 generation = 0; // a newer generation makes every older request stale
    CaseFilter filter;
    CaseSort sort = CaseSort::NumberDesc;
    QDate today;
    int offset = 0;
    int limit = 100;
    bool reset = false; // count the matches, then the first page
};

struct CaseListResult
{
    quint64 generation = 0;
    bool reset = false;
    int offset = 0;
    int limit = 0; // as asked: fewer rows means the end of the list
    int total = 0; // for a reset
    QVector<CaseListRow> rows;
    QString error; // translated; empty when the query worked
};

// Runs the case list's queries on its own thread, over a read-only VaultReader that only this
// thread uses. Requests are served one at a time in order; a request older than the newest
// generation is skipped, stopped while it runs, and its result never delivered. Results arrive on
// the thread that owns the loader. stop() (at Lock) stops a running query, ends the thread and
// closes the reader before the vault wipes its key.
class CaseListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListLoader)

public:
    explicit CaseListLoader(QObject *parent = nullptr);
    ~CaseListLoader() override;

    // Opens a reader of the vault and starts the thread (stopping an earlier one).
    Status start(Vault &vault);
    // Returns once the thread has ended and the reader is closed; quick even while a query runs.
    void stop();
    bool isRunning() const { return m_state != nullptr; }

    void request(const CaseListRequest &request);

    // For tests: runs on the worker thread with the reader before each request's queries, so that
    // a test can hold a query "running" (a long statement is stopped like any other).
    void setBeforeQueryHook(std::function<void(Database &)> hook);

Q_SIGNALS:
    void loaded(const vangnet::CaseListResult &result);

private:
    struct State;
    static void run(const std::shared_ptr<State> &state, const CaseListRequest &request);
    static void deliver(const std::shared_ptr<State> &state, CaseListResult result);

    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    std::function<void(Database &)> m_hook;
};

} // namespace vangnet

Q_DECLARE_TYPEINFO(vangnet::CaseListRow, Q_RELOCATABLE_TYPE);
