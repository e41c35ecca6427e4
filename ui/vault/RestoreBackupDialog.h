#pragma once

#include <QDialog>
#include <QFuture>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace vangnet {

// "Restore from backup…" on the start screen: a backup file, a new (or empty) folder for the
// restored vault, and the passphrase that was valid when the backup was made or the recovery key.
// The restore runs in the background with progress and cancel; it never writes over a vault.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    explicit RestoreBackupDialog(QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    // The folder of the restored vault, once accepted.
    QString restoredFolder() const { return m_restoredFolder; }
    void accept() override;
    void reject() override;
    // Tests: the next "Browse…" returns `file` without showing a dialog.
    static void setNextFile(const QString &file);

private:
    void browse();
    void chooseFolder();
    void setBusy(bool busy);

    QLineEdit *m_file;
    QLineEdit *m_folder;
    QRadioButton *m_usePassphrase;
    QRadioButton *m_useRecoveryKey;
    QLineEdit *m_secret;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
    QString m_restoredFolder;
    QFuture<void> m_work;
    std::shared_ptr<std::atomic<int>> m_permille;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace vangnet
