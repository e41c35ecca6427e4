#include "vault/BackupPanel.h"

#include "i18n/DateText.h"

#include "backup/BackupRecords.h"
#include "backup/BackupSchedule.h"
#include "common/RefreshWhenShown.h"
#include "safety/Clock.h"
#include "vault/FolderChooser.h"
#include "vault/Vault.h"
#include "vault/VaultConfig.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vangnet {

BackupPanel::BackupPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_runner(new BackupRunner(clock, this))
    , m_refresh(new RefreshWhenShown(this, [this] { fill(); }))
    , m_warning(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_interval(new QSpinBox(this))
    , m_last(new QLabel(this))
    , m_now(new QPushButton(tr("&Back up now"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("backupPanel"));
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("#backupWarning { background: #fff4ce; color: #3d2e00; border: 1px solid #c9a400; border-radius: 4px; "
                       "padding: 8px; }"));
    m_warning->hide();
    m_folder->setObjectName(QStringLiteral("backupFolderValue"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    m_interval->setObjectName(QStringLiteral("backupIntervalSpin"));
    m_interval->setRange(1, 24 * 30);
    m_interval->setSuffix(tr(" hours"));
    m_interval->setAccessibleName(tr("Hours between automatic backups"));
    m_last->setObjectName(QStringLiteral("lastBackupValue"));
    m_now->setObjectName(QStringLiteral("backupNowButton"));
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelBackupButton"));
    m_cancel->hide();
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(16);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(tr("Back up every:"), m_interval);
    form->addRow(tr("Last backup:"), m_last);
    auto *hint = new QLabel(
        tr("A backup is made when you lock or quit and the last one is older than this. Any folder works: a USB stick, a "
           "network share, a folder your organisation's sync program carries. Backups are encrypted."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_now);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Backups"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_choose, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    connect(m_interval, &QSpinBox::editingFinished, this, &BackupPanel::intervalEdited);
    connect(m_now, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_cancel, &QPushButton::clicked, m_runner, &BackupRunner::cancel);
    connect(m_runner, &BackupRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &BackupRunner::finished, this, &BackupPanel::backupFinished);
    clear();
}

QString BackupPanel::age(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

void BackupPanel::vaultOpened(Vault &vault)
{
    m_vault = &vault;
    m_status->clear();
    reload();
}

void BackupPanel::clear()
{
    // A running backup goes on (it has its own connection); only what is shown goes.
    m_vault = nullptr;
    m_refresh->drop();
    m_folder->clear();
    m_last->clear();
    m_warning->hide();
    m_choose->setEnabled(false);
    m_interval->setEnabled(false);
    m_now->setEnabled(false);
}

void BackupPanel::reload()
{
    if (m_vault)
        m_refresh->request();
}

void BackupPanel::fill()
{
    if (!m_vault || !m_vault->isOpen())
        return;
    VaultConfig config(m_vault->database());
    auto folder = config.value(VaultConfig::BackupFolder);
    auto interval = config.integer(VaultConfig::BackupIntervalHours);
    BackupRecords records(m_vault->database());
    auto newest = records.newest();
    auto verified = records.newestVerified();
    if (!folder || !interval || !newest || !verified) {
        m_status->setText(tr("The backup settings cannot be read."));
        return;
    }
    m_folder->setText(folder->isEmpty() ? tr("(not set)") : QDir::toNativeSeparators(folder.value()));
    {
        const QSignalBlocker blocker(m_interval);
        m_interval->setValue(static_cast<int>(interval.value()));
    }
    const QDateTime now = m_clock.now();
    if (!newest->has_value()) {
        m_last->setText(tr("never"));
    } else {
        const BackupRecord &r = newest->value();
        m_last->setText(tr("%1 (%2), %3")
                            .arg(age(r.createdAt, now), DateText::dateTime(r.createdAt),
                                r.verifiedAt.isValid() ? tr("verified") : tr("not verified")));
    }
    std::optional<QDateTime> newestVerified;
    if (verified->has_value())
        newestVerified = verified->value().createdAt;
    if (BackupSchedule::needsWarning(newestVerified, now)) {
        m_warning->setText(!newestVerified
                ? tr("There is no verified backup of this vault. If this laptop is lost or breaks, every case file is gone. "
                     "Choose a backup folder and click \"Back up now\".")
                : tr("The last verified backup is %1. Connect the backup drive and click \"Back up now\".")
                      .arg(age(*newestVerified, now)));
        m_warning->show();
    } else {
        m_warning->hide();
    }
    m_choose->setEnabled(true);
    m_interval->setEnabled(true);
    m_now->setEnabled(!m_runner->isRunning() && !folder->isEmpty());
}

void BackupPanel::chooseFolder()
{
    if (!m_vault)
        return;
    const QString chosen = FolderChooser::existingFolder(this, tr("Backup folder"), QDir::homePath());
    if (chosen.isEmpty())
        return;
    if (auto st = VaultConfig(m_vault->database()).set(VaultConfig::BackupFolder, chosen); !st)
        m_status->setText(st.error().message());
    reload();
}

void BackupPanel::intervalEdited()
{
    if (!m_vault)
        return;
    if (auto st = VaultConfig(m_vault->database()).set(VaultConfig::BackupIntervalHours, QString::number(m_interval->value()));
        !st)
        m_status->setText(st.error().message());
}

void BackupPanel::backUpNow()
{
    if (!m_vault)
        return;
    if (auto st = m_runner->start(*m_vault); !st) {
        m_status->setText(st.error().message());
        return;
    }
    m_status->setText(tr("Making a backup…"));
    m_now->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
}

void BackupPanel::backupFinished(const BackupRunner::Outcome &outcome)
{
    m_progress->hide();
    m_cancel->hide();
    if (outcome.cancelled)
        m_status->setText(tr("The backup was cancelled. Nothing was written."));
    else if (!outcome.error.isEmpty())
        m_status->setText(tr("The backup failed: %1").arg(outcome.error));
    else
        m_status->setText(
            tr("Backup %1 written and verified (%2).").arg(outcome.fileName, QLocale().formattedDataSize(outcome.bytes)));
    reload();
}

} // namespace vangnet
