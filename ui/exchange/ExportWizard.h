#pragma once

#include "exchange/BundleExporter.h"
#include "exchange/ExportPlan.h"

#include <QStringList>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace vangnet {

class Database;
class ExportWizardPage;

// The export wizard: recipient (contacts with their verified state), purpose, cases, a preview of
// exactly what will leave and what is held back and why (ExportPlanner, so the consent rules are
// core's), then the write with progress and cancel on a worker thread. The screen never decides what
// may leave; it shows the plan core made.
class ExportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWizard)

public:
    enum PageId { RecipientPage, CasesPage, PreviewPage, WritePage };

    // preselected: case ids checked at the start (the selected or open cases).
    ExportWizard(Database &db, const QStringList &preselected, QWidget *parent = nullptr);
    ~ExportWizard() override;

    // The plan shown on the preview page (empty before it).
    const std::optional<ExportPlan> &plan() const { return m_plan; }
    QString writtenBundleId() const { return m_bundleId; }
    bool isWriting() const { return m_writing; }

    bool validateCurrentPage() override;

signals:
    void bundleWritten(const QString &bundleId);

private:
    void loadContacts();
    void loadCases(const QStringList &preselected);
    void updatePurposes();
    void buildPreview();
    void startWrite();
    void cancelWrite();
    void chooseFile();
    QString selectedContactId() const;
    QStringList checkedCaseIds() const;

    Database &m_db;
    std::optional<ExportPlan> m_plan;
    QString m_bundleId;
    bool m_writing = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QListWidget *m_contacts = nullptr;
    QComboBox *m_purpose = nullptr;
    QLineEdit *m_purposeText = nullptr;
    QListWidget *m_cases = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTableWidget *m_included = nullptr;
    QTableWidget *m_heldBack = nullptr;
    ExportWizardPage *m_previewPage = nullptr; // complete only when something may leave
    QLineEdit *m_outPath = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_writeStatus = nullptr;
    ExportWizardPage *m_writePage = nullptr; // complete (Finish) only after the bundle is written
};

} // namespace vangnet
