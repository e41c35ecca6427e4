#pragma once

#include "exchange/BundleImporter.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace vangnet {

class Database;

// Import a bundle: choose the file, see the verification result (signature, addressed to this vault,
// sender known and verified), preview the records, import (disabled, with the reason, for an unknown
// or unverified sender), then resolve the conflicts the merge found ("Keep mine" / "Take theirs").
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(Database &db, QWidget *parent = nullptr);

    // Tests and drag-and-drop: inspect this file.
    void setBundlePath(const QString &path);
    const std::optional<BundleInspection> &inspection() const { return m_inspection; }

signals:
    void imported(const QString &bundleId);

private:
    void chooseFile();
    void inspect();
    void runImport();
    void loadConflicts();
    void resolve(const QString &conflictId, bool takeRemote);

    Database &m_db;
    std::optional<BundleInspection> m_inspection;
    QLineEdit *m_path = nullptr;
    QLabel *m_verification = nullptr;
    QTreeWidget *m_records = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_conflicts = nullptr;
};

} // namespace vangnet
