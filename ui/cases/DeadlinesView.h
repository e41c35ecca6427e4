#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace vangnet {

class Database;

// Reflection periods ending, trajectory tasks due or overdue and threat reviews due, soonest first
// (core/cases/Deadlines). Overdue rows are red. Double-click or Enter opens the case. Shows case
// numbers only, never names.
class DeadlinesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesView)

public:
    explicit DeadlinesView(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void refresh();
    void clear();
    // For tests.
    void setToday(const QDate &today);
    int withinDays() const;

Q_SIGNALS:
    void openCaseRequested(const QString &caseId);

private:
    Database *m_db = nullptr;
    QDate m_today;
    QSpinBox *m_days;
    QTableWidget *m_table;
    QLabel *m_empty;
};

} // namespace vangnet
