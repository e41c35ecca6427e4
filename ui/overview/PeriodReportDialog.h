#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDialog>
#include <QFuture>

#include <atomic>
#include <memory>
#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace vangnet {

class Vault;

// "Periodic report…" from the Overview: the period (last quarter, last month, this year or dates
// of one's own), PDF or CSV, where to save it, and the question about the unencrypted file that
// names what is inside. The report (PeriodReport) is read on the vault's reader connection and the
// file laid out and written on a worker; the window never waits. Failures are said in words.
class PeriodReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodReportDialog)

public:
    enum class Choice { LastQuarter, LastMonth, ThisYear, Custom };

    explicit PeriodReportDialog(Vault &vault, QWidget *parent = nullptr);
    ~PeriodReportDialog() override;

    // The first and last day of a quick choice on `today` (Custom: an invalid pair).
    static std::pair<QDate, QDate> periodFor(Choice choice, const QDate &today);
    // For tests: the day "last quarter" and the others count from.
    void setToday(const QDate &today);
    bool isWorking() const { return m_working; }
    // Stops the work in flight (the vault is being locked).
    void stopWork();

Q_SIGNALS:
    // The file is complete.
    void written(const QString &path);

private:
    void applyChoice();
    void save();
    void finished(const Result<QString> &outcome);
    void showProblem(const QString &text);

    Vault &m_vault;
    QDate m_today;
    QComboBox *m_choice;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QRadioButton *m_pdf;
    QRadioButton *m_csv;
    QLabel *m_status;
    QPushButton *m_make;
    QDialogButtonBox *m_buttons;
    QFuture<void> m_work;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_working = false;
    bool m_filling = false;
};

} // namespace vangnet
