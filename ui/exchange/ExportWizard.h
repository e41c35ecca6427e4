#pragma once

#include "exchange/BundleExporter.h"
#include "exchange/ExportPlan.h"

#include <QFuture>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace vangnet {

class AddContactDialog;
class Database;
class ExportCaseModel;
class ExportWizardPage;
class Vault;

// The export wizard: recipient (contacts with their verified state), purpose, cases, a preview of
// exactly what will leave and what is held back and why (ExportPlanner, so the consent rules are
// core's), then the write with progress and cancel on a worker thread. The screen never decides what
// may leave; it shows the plan core made.
//
// Any number of cases (issue #7): the case page is a lazy, searchable list (ExportCaseModel) with
// "Check all found", or "all cases with a consent for this recipient" (the planner's own choice).
// Planning reads every chosen case, and preparing the bundle reads their attachments: both run on a
// worker over a read-only VaultReader (its own connection; the vault's lock() stops and closes it),
// planning in batches with progress and Cancel. The write runs on a worker without any database;
// recording the export (one transaction) is on the window's thread, on the vault's connection.
// stopWork() (before a lock) cancels and waits for every worker, so none holds keys after the lock.
class ExportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWizard)

public:
    enum PageId { RecipientPage, CasesPage, PreviewPage, WritePage };
    // Cases planned per batch on the worker: progress and Cancel come between two batches.
    static constexpr int kPlanBatch = 50;

    // preselected: case ids checked at the start (the selected or open cases).
    ExportWizard(Vault &vault, const QStringList &preselected, QWidget *parent = nullptr);
    ~ExportWizard() override;

    // The plan shown on the preview page (empty before it, and while it is being made).
    const std::optional<ExportPlan> &plan() const { return m_plan; }
    QString writtenBundleId() const { return m_bundleId; }
    bool isPlanning() const { return m_planning; }
    bool isWriting() const { return m_writing; }
    ExportCaseModel *caseModel() const { return m_caseModel; }
    // The add-contact dialog opened from the recipient page (tests).
    AddContactDialog *addContactDialog() const;

    // Cancels planning and writing, then waits until no worker of this wizard runs any more.
    void stopWork();
    // Drops every case shown (Lock).
    void clearData();

    bool validateCurrentPage() override;
    // Closing while busy cancels first.
    void reject() override;

signals:
    void bundleWritten(const QString &bundleId);
    // The preview is shown (or its error, or it was cancelled).
    void previewReady();
    // A write ended: written, failed or cancelled.
    void writeFinished();

private:
    struct WriteJob;

    // Keeps the chosen contact, or chooses `select`.
    void loadContacts(const QString &select = QString());
    void updateRecipientButtons();
    void addRecipient();
    void verifyRecipient();
    void updatePurposes();
    void updateCaseChoice();
    void checkAllFound();
    void buildPreview();
    void cancelPreview();
    void showPlanProgress(quint64 generation, int done, int total);
    void planDone(quint64 generation, Result<ExportPlan> plan);
    void showPlan();
    void startWrite();
    void showWriteStarted(quint64 generation);
    void showWriteProgress(quint64 generation, int permille);
    void writeDone(const std::shared_ptr<WriteJob> &job, Result<std::shared_ptr<PreparedExport>> written);
    void cancelWrite();
    void chooseFile();
    void forgetFinishedWorkers();
    QString selectedContactId() const;
    QString selectedContactKind() const;

    Vault &m_vault;
    Database &m_db;
    std::optional<ExportPlan> m_plan;
    QString m_bundleId;
    bool m_planning = false;
    bool m_writing = false;
    quint64 m_planGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelPlan;
    quint64 m_writeGeneration = 0;
    std::shared_ptr<WriteJob> m_writeJob;
    QList<QFuture<void>> m_workers;

    QListWidget *m_contacts = nullptr;
    QLabel *m_noRecipient = nullptr;
    QPushButton *m_addRecipient = nullptr;
    QPushButton *m_verifyRecipient = nullptr;
    QPointer<AddContactDialog> m_addDialog;
    QComboBox *m_purpose = nullptr;
    QLineEdit *m_purposeText = nullptr;
    QCheckBox *m_allCases = nullptr;
    QLineEdit *m_caseSearch = nullptr;
    QTimer m_searchDelay;
    QListView *m_cases = nullptr;
    ExportCaseModel *m_caseModel = nullptr;
    QPushButton *m_checkAll = nullptr;
    QPushButton *m_uncheckAll = nullptr;
    QLabel *m_chosen = nullptr;
    QLabel *m_previewSummary = nullptr;
    QProgressBar *m_previewProgress = nullptr;
    QPushButton *m_cancelPreview = nullptr;
    QTableWidget *m_included = nullptr;
    QTableWidget *m_heldBack = nullptr;
    ExportWizardPage *m_previewPage = nullptr; // complete only when something may leave
    QLineEdit *m_outPath = nullptr;
    QCheckBox *m_toMailbox = nullptr; // into the recipient's mailbox in the exchange folder
    void updateMailboxChoice();
    QPushButton *m_write = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_writeStatus = nullptr;
    ExportWizardPage *m_writePage = nullptr; // complete (Finish) only after the bundle is written
};

} // namespace vangnet
