#pragma once

#include "exchange/BundleImporter.h"

#include <QDialog>
#include <QFuture>
#include <QList>
#include <QTimer>

#include <atomic>
#include <limits>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace vangnet {

class Database;

// Import a bundle: choose the file, see the verification result (signature, addressed to this vault,
// sender known and verified), preview the records, import (disabled, with the reason, for an unknown
// or unverified sender), then resolve the conflicts the merge found ("Keep mine" / "Take theirs").
//
// Long work never blocks the window (issue #7; a bundle may hold 10,000 cases):
// - Checking decrypts, verifies the signature and parses on a worker thread (BundleImporter::read).
//   The worker gets the file name and a copy of the vault's identity keys, no database; it wipes the
//   keys before it returns. The vault's half of the check (who sent it, imported before) is a few
//   indexed queries on the window's thread.
// - Importing writes through the vault's one connection, so it stays on the window's thread: a
//   BundleImport applies records in steps of about kStepMs from a zero timer, all inside one
//   transaction, with a progress bar and Cancel. Cancel, Lock, quick hide and closing the window
//   destroy the BundleImport, which rolls the transaction back at once: the vault is exactly as it was.
//   Nothing runs between two steps, so a lock can never close the connection under a write.
// stopWork() is what the Sharing section calls before a lock: it cancels both and waits for the
// worker, so no key copy outlives the lock.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // The time one import step may take before the window handles its events again: under a frame
    // (16 ms), the longest stall vangnet-bench-ui allows the window.
    static constexpr int kStepMs = 12;

    explicit ImportDialog(Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Tests and drag-and-drop: inspect this file (in the background; inspectionFinished() follows).
    void setBundlePath(const QString &path);
    const std::optional<BundleInspection> &inspection() const { return m_inspection; }

    bool isChecking() const { return m_checking; }
    bool isImporting() const { return m_import != nullptr; }
    bool isBusy() const { return isChecking() || isImporting(); }

    // What the Cancel button does: a check is abandoned (its worker stops at its next chunk), an
    // import is rolled back now.
    void cancel();
    // cancel(), then waits until no worker of this dialog runs any more.
    void stopWork();
    // Drops every decrypted record from the dialog (Lock).
    void clearData();

    // Tests: apply at most this many records per step, so that a test can act between two steps.
    void setStepLimit(int records) { m_stepLimit = records; }

    // Closing while busy cancels (and rolls back) first.
    void reject() override;

signals:
    void inspectionFinished();
    void importProgress(int done, int total);
    void imported(const QString &bundleId);
    // After every import attempt: completed, refused, failed or cancelled.
    void importFinished();

private:
    void chooseFile();
    void inspect();
    void abandonCheck();
    void readDone(quint64 generation, Result<ReadBundle> read);
    void showInspection();
    void runImport();
    void applyStep();
    void finishImport();
    void endImport(const QString &message);
    void updateControls();
    void showReadProgress(quint64 generation, qint64 done, qint64 total);
    void fillRecord(QTreeWidgetItem *item);
    void loadConflicts();
    void resolve(const QString &conflictId, bool takeRemote);

    Database &m_db;
    std::optional<BundleInspection> m_inspection;
    std::shared_ptr<const ReadBundle> m_read; // what Import applies: exactly what was checked and shown
    std::unique_ptr<BundleImport> m_import;
    QList<QFuture<void>> m_workers;
    std::shared_ptr<std::atomic<bool>> m_cancelRead;
    quint64 m_generation = 0; // a result of an older check is dropped
    bool m_checking = false;
    int m_stepLimit = std::numeric_limits<int>::max();
    QTimer m_stepTimer;

    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_verification = nullptr;
    QTreeWidget *m_records = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_importButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_conflicts = nullptr;
};

} // namespace vangnet
