#include "vault/SettingsDialog.h"

#include "exchange/StatisticsExport.h"
#include "i18n/Language.h"
#include "safety/IdleLockPolicy.h"
#include "safety/SecureClipboard.h"
#include "vault/ConfigFolderField.h"
#include "vault/Vault.h"
#include "vault/VaultConfig.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vangnet {
namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Vault *vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault && vault->isOpen() ? vault : nullptr)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const QSettings settings;

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setMaximumWidth(180);
    m_pages = new QStackedWidget(this);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Safety: this computer.
    auto *safety = new QWidget(this);
    m_autoLock = new QSpinBox(safety);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setAccessibleName(tr("Lock after no input for"));
    m_autoLock->setRange(1, int(IdleLockPolicy::maximumTimeout.count()));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(int(IdleLockPolicy::timeoutFromSetting(settings.value(IdleLockPolicy::settingsKey())).count()));
    m_clipboard = new QSpinBox(safety);
    m_clipboard->setObjectName(QStringLiteral("clipboardSeconds"));
    m_clipboard->setAccessibleName(tr("Empty the clipboard after"));
    m_clipboard->setRange(SecureClipboard::minimumSeconds, SecureClipboard::maximumSeconds);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(
        SecureClipboard::intervalFromSetting(settings.value(SecureClipboard::settingsKey())))
                                  .count()));
    auto *safetyForm = new QFormLayout(safety);
    safetyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    safetyForm->addRow(tr("&Lock after no input for:"), m_autoLock);
    safetyForm->addRow(tr("&Empty the clipboard after:"), m_clipboard);
    safetyForm->addRow(hint(tr("These apply to this computer, for every vault. Quick hide (Ctrl+Shift+H) and Ctrl+L lock "
                               "at once, whatever is set here."),
        safety));
    addPage(tr("Safety"), safety);

    // Language: this computer.
    auto *language = new QWidget(this);
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(Language::settingsKey()).toString())));
    auto *languageForm = new QFormLayout(language);
    languageForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(hint(tr("Takes effect the next time Vangnet starts."), language));
    addPage(tr("Language"), language);

    // This vault: stored inside it.
    auto *vaultPage = new QWidget(this);
    m_threshold = new QSpinBox(vaultPage);
    m_threshold->setObjectName(QStringLiteral("statsThreshold"));
    m_threshold->setRange(StatisticsExport::MinimumThreshold, 1000);
    m_threshold->setValue(StatisticsExport::DefaultThreshold);
    if (m_vault)
        if (auto threshold = StatisticsExport(m_vault->database()).threshold())
            m_threshold->setValue(threshold.value());
    m_threshold->setAccessibleName(tr("Suppress statistics counts below"));
    m_vaultForm = new QFormLayout(vaultPage);
    m_vaultForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_vaultForm->addRow(tr("&Suppress statistics counts below:"), m_threshold);
    m_vaultForm->addRow(hint(m_vault ? tr("Stored in this vault. Counts below it leave the statistics bundle as \"<%1\", so "
                                          "that nobody can be recognised in a small group.")
                                           .arg(m_threshold->value())
                                     : tr("Unlock the vault to change the settings stored in it."),
        vaultPage));
    addFolderRow(VaultConfig::BackupFolder, tr("&Backup folder:"));
    addFolderRow(VaultConfig::ExchangeFolder, tr("&Exchange folder:"));
    vaultPage->setEnabled(m_vault != nullptr);
    addPage(tr("This vault"), vaultPage);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_pageList->setCurrentRow(0);
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    m_pageList->addItem(title);
}

ConfigFolderField *SettingsDialog::addFolderRow(const QString &key, const QString &label)
{
    auto *field = new ConfigFolderField(key, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')), m_pages);
    if (m_vault)
        field->load(VaultConfig(m_vault->database()));
    m_vaultForm->addRow(label, field);
    m_folders.append(field);
    return field;
}

void SettingsDialog::accept()
{
    if (m_vault) {
        VaultConfig config(m_vault->database());
        // Folders first: a typing mistake there is the likely refusal, and the dialog stays open on it.
        for (ConfigFolderField *field : std::as_const(m_folders)) {
            if (auto st = field->save(config); !st) {
                m_problem->setText(st.error().message());
                m_problem->show();
                m_pageList->setCurrentRow(m_pages->indexOf(m_threshold->parentWidget()));
                field->setFocus();
                return;
            }
        }
        if (auto st = StatisticsExport(m_vault->database()).setThreshold(m_threshold->value()); !st) {
            m_problem->setText(st.error().message());
            m_problem->show();
            return;
        }
    }
    QSettings settings;
    settings.setValue(IdleLockPolicy::settingsKey(), m_autoLock->value());
    settings.setValue(SecureClipboard::settingsKey(), m_clipboard->value());
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(Language::settingsKey());
    else
        settings.setValue(Language::settingsKey(), language);
    QDialog::accept();
}

} // namespace vangnet
