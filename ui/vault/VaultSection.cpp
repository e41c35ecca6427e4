#include "vault/VaultSection.h"

#include "i18n/DateText.h"
#include "vault/RecordKinds.h"
#include "vault/VaultIdText.h"

#include "common/MessageBox.h"
#include "common/PageLayout.h"
#include "common/ReaderTask.h"
#include "common/RefreshWhenShown.h"
#include "crypto/SecureString.h"
#include "safety/SystemClock.h"
#include "vault/AuditLogDialog.h"
#include "vault/BackupPanel.h"
#include "vault/ChangePassphraseDialog.h"
#include "vault/RecoveryKeyDialog.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vangnet {

VaultSection::VaultSection(const VaultSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_refresh(new RefreshWhenShown(this, [this] { reload(); }))
    , m_form(new QFormLayout)
    , m_status(new QLabel(this))
    , m_counts(new QTableWidget(0, 2, this))
    , m_change(new QPushButton(tr("Change &passphrase…"), this))
    , m_recoveryWarning(new QLabel(this))
    , m_newRecoveryKey(new QPushButton(tr("New &recovery key…"), this))
    , m_backups(new BackupPanel(settings.clock ? *settings.clock : SystemClock::instance(), this))
    , m_auditButton(new QPushButton(tr("&Audit log…"), this))
{
    setObjectName(QStringLiteral("vaultSection"));
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(8);
    m_folder = addValue(tr("Folder:"), QStringLiteral("folderValue"));
    auto *moveHint = new QLabel(tr("To move this vault, copy this folder."), this);
    moveHint->setObjectName(QStringLiteral("moveHint"));
    moveHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_form->addRow(QString(), moveHint);
    m_vaultId = addValue(tr("Vault number:"), QStringLiteral("vaultIdValue"));
    m_created = addValue(tr("Created:"), QStringLiteral("createdValue"));
    m_format = addValue(tr("Key file format:"), QStringLiteral("formatValue"));
    m_cipher = addValue(tr("Encryption:"), QStringLiteral("cipherValue"));
    m_kdf = addValue(tr("Key derivation:"), QStringLiteral("kdfValue"));
    m_schema = addValue(tr("Schema version:"), QStringLiteral("schemaValue"));
    m_size = addValue(tr("Database size:"), QStringLiteral("sizeValue"));

    m_counts->setObjectName(QStringLiteral("recordCounts"));
    m_counts->setHorizontalHeaderLabels({ tr("What is stored"), tr("Number") });
    m_counts->setAccessibleName(tr("What the vault holds"));
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_change->setObjectName(QStringLiteral("changePassphraseButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->hide();
    m_newRecoveryKey->setObjectName(QStringLiteral("newRecoveryKeyButton"));
    m_recoveryWarning->setObjectName(QStringLiteral("recoveryWarning"));
    m_recoveryWarning->setWordWrap(true);
    m_recoveryWarning->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_recoveryWarning->hide();

    // The page scrolls on a short screen: the backup panel below stays reachable.
    auto *layout = new QVBoxLayout(scrollingPage(this));
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(14);
    layout->addWidget(pageTitle(tr("Vault"), this));
    layout->addLayout(m_form);
    layout->addWidget(m_counts);
    layout->addWidget(m_recoveryWarning);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_change);
    buttons->addWidget(m_newRecoveryKey);
    buttons->addWidget(m_auditButton);
    buttons->addWidget(m_status);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_backups);
    layout->addStretch();

    connect(m_change, &QPushButton::clicked, this, &VaultSection::changePassphrase);
    connect(m_newRecoveryKey, &QPushButton::clicked, this, [this] { makeNewRecoveryKey(true); });
    m_auditButton->setObjectName(QStringLiteral("auditLogButton"));
    connect(m_auditButton, &QPushButton::clicked, this, [this] {
        if (!m_vault || m_auditDialog)
            return;
        m_auditDialog = new AuditLogDialog(*m_vault, m_settings.clock ? *m_settings.clock : SystemClock::instance(), this);
        m_auditDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_auditDialog->open();
    });
    clear();
}

QLabel *VaultSection::addValue(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

QString VaultSection::title() const
{
    return tr("Vault");
}

QString VaultSection::summary() const
{
    return tr("Where the vault is, how it is protected, and its backups.");
}

QString VaultSection::helpPage() const
{
    return QStringLiteral("vault");
}

QIcon VaultSection::icon() const
{
    return QIcon(QStringLiteral(":/vangnet/icons/vault.svg"));
}

void VaultSection::vaultOpened(Vault &vault)
{
    m_vault = &vault;
    m_change->setEnabled(true);
    m_newRecoveryKey->setEnabled(true);
    m_auditButton->setEnabled(true);
    m_backups->vaultOpened(vault);
    m_refresh->request();
    if (!m_unconfirmedRecoveryKeyVault.isEmpty() && m_unconfirmedRecoveryKeyVault == vault.vaultId()) {
        m_unconfirmedRecoveryKeyVault.clear();
        if (MessageBox::question(this, tr("Recovery key"),
                tr("The vault was locked while its recovery key was on screen, before you confirmed that you stored it. "
                   "Vangnet does not keep recovery keys, so it cannot show that key again.\n\nMake a new recovery key "
                   "and show it now? The one shown before will then no longer open the vault."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes)
            makeNewRecoveryKey(false);
        return;
    }
    if (showRecoveryState()
        && MessageBox::question(this, tr("Recovery key"),
               tr("The recovery slot of this vault's key file is damaged: the recovery key no longer opens the vault. Make a new "
                  "recovery key now?"),
               QMessageBox::Yes | QMessageBox::No)
            == QMessageBox::Yes)
        makeNewRecoveryKey(false);
}

bool VaultSection::showRecoveryState()
{
    const bool damaged = m_vault && m_vault->recoverySlotState() == KeyFile::SlotState::Damaged;
    m_recoveryWarning->setText(damaged ? tr("The recovery slot of the key file is damaged: the recovery key no longer opens this "
                                            "vault. Make a new recovery key.")
                                       : QString());
    m_recoveryWarning->setVisible(damaged);
    return damaged;
}

void VaultSection::offerNewRecoveryKeyAtUnlock(const QString &vaultId)
{
    m_unconfirmedRecoveryKeyVault = vaultId;
}

void VaultSection::makeNewRecoveryKey(bool ask)
{
    if (!m_vault)
        return;
    if (ask
        && MessageBox::question(this, tr("New recovery key"),
               tr("Make a new recovery key? The current one will no longer open this vault."), QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes)
        return;
    auto key = m_vault->replaceRecoveryKey();
    if (!key) {
        MessageBox::warning(this, tr("New recovery key"), key.error().message());
        return;
    }
    auto *dialog = new RecoveryKeyDialog(key.value(), m_vault->vaultId(), m_vault->paths().folder, this);
    SecureString::wipe(key.value());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    m_keyDialog = dialog;
    dialog->show();
    showRecoveryState();
}

void VaultSection::stopWork()
{
    // A passphrase change in flight uses the master key and the database: finish it before the lock.
    if (m_dialog)
        m_dialog->waitForWork();
}

void VaultSection::clear()
{
    // A new recovery key still on screen is destroyed, not kept for after the unlock; a new one is offered then.
    if (m_keyDialog && m_vault) {
        offerNewRecoveryKeyAtUnlock(m_vault->vaultId());
        delete m_keyDialog;
    }
    ++m_generation;
    m_countsStale = false;
    m_refresh->drop();
    m_vault = nullptr;
    for (QLabel *label : { m_folder, m_vaultId, m_format, m_cipher, m_kdf, m_schema, m_created, m_size, m_status })
        label->clear();
    m_status->hide();
    m_counts->setRowCount(0);
    fitCountsHeight();
    m_change->setEnabled(false);
    m_newRecoveryKey->setEnabled(false);
    delete m_auditDialog; // it reads this vault
    m_auditButton->setEnabled(false);
    m_recoveryWarning->clear();
    m_recoveryWarning->hide();
    m_backups->clear();
}

void VaultSection::fitCountsHeight()
{
    // As tall as its rows (a handful of tables), so the page does not show an empty box.
    const int rows = qMin(m_counts->rowCount(), 8);
    int height = m_counts->horizontalHeader()->sizeHint().height() + 2 * m_counts->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_counts->rowHeight(row);
    m_counts->setFixedHeight(height);
}

void VaultSection::reload()
{
    if (!m_vault)
        return;
    auto info = m_vault->info(false);
    if (!info) {
        m_status->setText(info.error().message());
        m_status->show();
        return;
    }
    const QLocale locale;
    m_folder->setText(QDir::toNativeSeparators(info->folder));
    m_vaultId->setText(readableVaultId(info->vaultId));
    m_created->setText(DateText::dateTime(info->createdAt));
    m_format->setText(QString::number(info->keyFileFormat));
    m_cipher->setText(RecordKinds::encryptionText());
    m_cipher->setWordWrap(true);
    m_kdf->setText(tr("The passphrase is made slow to guess: %1 passes over %2 of memory")
                       .arg(locale.toString(static_cast<qulonglong>(info->kdf.opsLimit)),
                           locale.formattedDataSize(static_cast<qint64>(info->kdf.memLimit))));
    m_schema->setText(info->schemaVersion == info->latestSchemaVersion
            ? QString::number(info->schemaVersion)
            : tr("%1 (this program knows %2)").arg(info->schemaVersion).arg(info->latestSchemaVersion));
    m_size->setText(locale.formattedDataSize(info->databaseBytes));
    // Counting every table reads the whole vault (hundreds of ms of CPU at 100,000 cases): only when the
    // page is shown, and in the background, so that unlocking does not compete with it for the cores.
    m_countsStale = true;
    if (isVisible())
        countRecords();
}

void VaultSection::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_vault && m_countsStale)
        countRecords();
}

void VaultSection::countRecords()
{
    m_countsStale = false;
    const quint64 generation = ++m_generation;
    const auto started = readInBackground(
        *m_vault, this, &Vault::recordCounts, [this, generation](Result<QList<QPair<QString, qint64>>> counts) {
            if (generation != m_generation)
                return;
            if (counts)
                showCounts(counts.value());
            else if (counts.error().code() != ErrorCode::Cancelled) {
                m_status->setText(counts.error().message());
                m_status->show();
            }
        });
    if (!started) {
        m_status->setText(started.error().message());
        m_status->show();
    }
}

void VaultSection::showCounts(const QList<QPair<QString, qint64>> &counts)
{
    const QLocale locale;
    m_counts->setRowCount(0);
    for (const auto &[table, rows] : RecordKinds::labelled(counts)) {
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        m_counts->setItem(row, 0, new QTableWidgetItem(table));
        auto *count = new QTableWidgetItem(locale.toString(rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(row, 1, count);
    }
    fitCountsHeight();
}

void VaultSection::changePassphrase()
{
    if (!m_vault)
        return;
    auto *dialog = new ChangePassphraseDialog(*m_vault, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        m_status->setText(tr("The passphrase has been changed."));
        m_status->show();
    });
    dialog->open();
}

} // namespace vangnet
