#pragma once

#include <QDate>
#include <QFuture>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QSpinBox;
class QTableView;

namespace vangnet {

class DeadlineListModel;
class Vault;

// Reflection periods ending, trajectory tasks due or overdue and threat reviews due, soonest first
// (core/cases/Deadlines). Overdue rows are red. Double-click or Enter opens the case. Shows case
// numbers only, never names.
//
// At 100,000 cases tens of thousands of items can be due, so the list is read in the background:
// each refresh opens its own read-only connection (Vault::openReader) on a pool thread and closes
// it when done; a newer refresh or clear() stops it. The previous rows stay until the new ones
// arrive.
class DeadlinesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesView)

public:
    explicit DeadlinesView(QWidget *parent = nullptr);
    ~DeadlinesView() override;

    // Null: no vault (empty list). Refreshes.
    void setVault(Vault *vault);
    void refresh();
    // Stops a load in flight and waits for it (its connection is closed when this returns).
    void stop();
    // stop(), and drops every row.
    void clear();
    bool isLoading() const { return m_loading; }
    // Its widgets that Tab reaches, in order (for a replacement to take the old one's place).
    QList<QWidget *> tabStops() const;
    // Out of sight (its tab behind another), refresh() only notes that the rows are stale; back in
    // sight they are read. At unlock at 100,000 cases reading them took about 70 ms of a core that
    // the case list and the overview, which are shown, needed.
    void setInSight(bool inSight);
    // For tests.
    void setToday(const QDate &today);
    int withinDays() const;

Q_SIGNALS:
    void openCaseRequested(const QString &caseId);

private:
    void showRows(int count, const QString &failure);

    Vault *m_vault = nullptr;
    QDate m_today;
    QSpinBox *m_days;
    QTableView *m_table;
    DeadlineListModel *m_model;
    QLabel *m_empty;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_inSight = true;
    bool m_stale = false; // a refresh waits until the view is in sight
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the load in flight
    QFuture<void> m_load;
};

} // namespace vangnet
