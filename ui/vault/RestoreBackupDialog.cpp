#include "vault/RestoreBackupDialog.h"

#include "common/LineEditWipe.h"

#include "backup/BackupReader.h"
#include "backup/BackupRestorer.h"
#include "common/BackgroundTask.h"
#include "vault/FolderChooser.h"
#include "vault/VaultPaths.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace vangnet {
namespace {

std::optional<QString> g_nextFile;

} // namespace

RestoreBackupDialog::RestoreBackupDialog(QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_usePassphrase(new QRadioButton(tr("&Passphrase (the one valid when the backup was made)"), this))
    , m_useRecoveryKey(new QRadioButton(tr("&Recovery key"), this))
    , m_secret(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    m_file->setObjectName(QStringLiteral("backupFileEdit"));
    m_folder->setObjectName(QStringLiteral("restoreFolderEdit"));
    m_folder->setText(QDir::toNativeSeparators(VaultPaths::defaultFolder()));
    m_usePassphrase->setObjectName(QStringLiteral("usePassphraseRadio"));
    m_useRecoveryKey->setObjectName(QStringLiteral("useRecoveryKeyRadio"));
    m_usePassphrase->setChecked(true);
    m_secret->setObjectName(QStringLiteral("restoreSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Passphrase or recovery key"));
    m_error->setObjectName(QStringLiteral("restoreError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("restoreButton"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseBackupButton"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseRestoreFolderButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    auto *intro = new QLabel(tr("The backup is restored into a new vault folder; an existing vault is never overwritten. "
                                "On a new laptop, copy the backup file from the USB stick or the share first."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup file:"), fileRow);
    form->addRow(tr("New vault folder:"), folderRow);
    form->addRow(tr("Open with:"), m_usePassphrase);
    form->addRow(QString(), m_useRecoveryKey);
    form->addRow(QString(), m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &RestoreBackupDialog::browse);
    connect(choose, &QPushButton::clicked, this, &RestoreBackupDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreBackupDialog::reject);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_permille)
            m_progress->setValue(m_permille->load());
    });
    poll->start();
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_work.waitForFinished();
}

void RestoreBackupDialog::setNextFile(const QString &file)
{
    g_nextFile = file;
}

void RestoreBackupDialog::browse()
{
    QString file;
    if (g_nextFile) {
        file = *g_nextFile;
        g_nextFile.reset();
    } else {
        file = QFileDialog::getOpenFileName(
            this, tr("Choose a backup"), QDir::homePath(), tr("Vangnet backups (*.vnbackup);;All files (*)"));
    }
    if (!file.isEmpty())
        m_file->setText(QDir::toNativeSeparators(file));
}

void RestoreBackupDialog::chooseFolder()
{
    const QString folder = FolderChooser::existingFolder(this, tr("Folder for the restored vault"), QDir::homePath());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void RestoreBackupDialog::setBusy(bool busy)
{
    m_running = busy;
    for (QWidget *w : std::initializer_list<QWidget *> { m_file, m_folder, m_usePassphrase, m_useRecoveryKey, m_secret })
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void RestoreBackupDialog::accept()
{
    if (m_running)
        return;
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString secret = m_secret->text();
    m_error->hide();
    QString problem;
    if (file.isEmpty())
        problem = tr("Choose the backup file.");
    else if (folder.isEmpty())
        problem = tr("Choose a folder for the restored vault.");
    else if (secret.isEmpty())
        problem = m_useRecoveryKey->isChecked() ? tr("Enter the recovery key.") : tr("Enter the passphrase.");
    else if (auto st = BackupRestorer::checkTarget(folder); !st)
        problem = st.error().message();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    const bool recovery = m_useRecoveryKey->isChecked();
    m_permille = std::make_shared<std::atomic<int>>(0);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    m_work = runInBackground(
        this,
        [file, folder, secret, recovery, permille = m_permille, cancel = m_cancel]() -> Result<QString> {
            auto reader = BackupReader::open(file);
            if (!reader)
                return reader.error();
            auto key = recovery ? reader->unlockWithRecoveryKey(secret) : reader->unlockWithPassphrase(secret);
            if (!key)
                return key.error();
            auto restored = BackupRestorer::restore(reader.value(), key.value(), folder, [permille, cancel](int p) {
                permille->store(p);
                return !cancel->load();
            });
            if (!restored)
                return restored.error();
            return folder;
        },
        [this](Result<QString> result) {
            setBusy(false);
            wipeLineEdit(m_secret);
            if (!result) {
                if (result.error().code() != ErrorCode::Cancelled || isVisible()) {
                    m_error->setText(result.error().message());
                    m_error->show();
                }
                return;
            }
            m_restoredFolder = result.value();
            QDialog::accept();
        });
}

void RestoreBackupDialog::reject()
{
    if (m_running) {
        // Cancel first; the dialog closes once the work has stopped and cleaned up.
        m_cancel->store(true);
        m_work.waitForFinished();
    }
    QDialog::reject();
}

} // namespace vangnet
