#pragma once

#include "cases/CaseSearch.h"
#include "reports/CaseloadFigures.h"
#include "shell/Section.h"

#include <QDate>
#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace vangnet {

class OverviewCharts;
class PeriodReportDialog;

// The "Overview" section, the first screen after unlocking: tiles that answer a coordinator's
// first questions of the day (who is in danger, whose reflection period ends, what is overdue, who
// waits for a bed, open incidents against staff), each opening the filtered list in one click, and
// charts of the caseload. The figures (CaseloadFigures) are read on a reader connection in the
// background, each time the section is shown; the window never waits for them.
class OverviewSection final : public QWidget, public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewSection)

public:
    explicit OverviewSection(QWidget *parent = nullptr);
    ~OverviewSection() override;

    QString title() const override;
    QIcon icon() const override;
    QString summary() const override;
    QString helpPage() const override;
    QWidget *widget() override { return this; }
    void vaultOpened(Vault &vault) override;
    // Stops a read in flight and closes its connection.
    void stopWork() override;
    void clear() override;

    // Reads the figures again (in the background).
    void refresh();
    // Reading the figures, or still drawing their charts.
    bool isLoading() const;
    // The figures shown, once read (tests).
    const std::optional<CaseloadFigures> &figures() const { return m_figures; }
    // For tests: the day the figures are counted on.
    void setToday(const QDate &today) { m_today = today; }
    // Opens the "Periodic report" dialog (the button under the charts).
    void openPeriodReport();
    PeriodReportDialog *periodReportDialog() const;

Q_SIGNALS:
    // A case tile was chosen: show the case list with this filter.
    void casesRequested(const CaseFilter &filter);
    // The incidents tile was chosen: show the incidents against staff.
    void incidentsRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *addTile(const QString &objectName, int row, int column);
    void showFigures(const CaseloadFigures &figures);
    void showTile(QPushButton *tile, int count, const QString &caption, const QString &action);
    void showFailure(const QString &message);
    void resetTiles();

    Vault *m_vault = nullptr;
    QDate m_today;
    std::optional<CaseloadFigures> m_figures;
    QGridLayout *m_tileGrid = nullptr;
    QPushButton *m_danger;
    QPushButton *m_reflection;
    QPushButton *m_overdue;
    QPushButton *m_waiting;
    QPushButton *m_incidents;
    QPushButton *m_noConsent;
    QPushButton *m_refresh;
    QLabel *m_status;
    OverviewCharts *m_charts;
    QPushButton *m_report;
    QPointer<PeriodReportDialog> m_reportDialog;
    QFuture<void> m_load;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace vangnet
