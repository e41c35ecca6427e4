#include "vault/UnlockPage.h"

#include "common/BackgroundTask.h"
#include "common/LineEditWipe.h"
#include "common/PageLayout.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace vangnet {

UnlockPage::UnlockPage(QWidget *parent)
    : QWidget(parent)
    , m_folder(new QLabel(this))
    , m_demoHint(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_show(new QCheckBox(tr("&Show passphrase"), this))
    , m_capsLock(new QLabel(tr("Caps Lock is on."), this))
    , m_error(errorLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_recovery(new QPushButton(tr("Use the &recovery key…"), this))
    , m_other(new QPushButton(tr("&Other vault…"), this))
{
    setObjectName(QStringLiteral("unlockPage"));
    QVBoxLayout *column = centeredColumn(this, 480);

    m_folder->setObjectName(QStringLiteral("folderLabel"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setWordWrap(true);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHint->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px;"
                                             " padding: 8px; color: #5d4037; }"));
    m_demoHint->hide();

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumHeight(30);
    auto *label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    m_passphrase->installEventFilter(this);
    m_show->setObjectName(QStringLiteral("showPassphrase"));
    connect(m_show, &QCheckBox::toggled, this,
        [this](bool shown) { m_passphrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_capsLock->setObjectName(QStringLiteral("capsLockWarning"));
    m_capsLock->setStyleSheet(QStringLiteral("color: #b00020;"));
    QSizePolicy keepSpace = m_capsLock->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_capsLock->setSizePolicy(keepSpace);
    m_capsLock->hide();
    auto *underField = new QHBoxLayout;
    underField->addWidget(m_capsLock, 1);
    underField->addWidget(m_show);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->hide();
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_busy->hide();

    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setMinimumWidth(110);
    m_recovery->setObjectName(QStringLiteral("useRecoveryKeyButton"));
    m_recovery->setFlat(true);
    m_recovery->setAutoDefault(false);
    m_other->setObjectName(QStringLiteral("otherVaultButton"));
    m_other->setFlat(true);
    m_other->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    auto *links = new QHBoxLayout;
    links->addWidget(m_recovery);
    links->addStretch();
    links->addWidget(m_other);

    column->addWidget(pageTitle(tr("Unlock the vault"), this));
    column->addWidget(m_folder);
    column->addWidget(m_demoHint);
    column->addWidget(label);
    column->addWidget(m_passphrase);
    column->addLayout(underField);
    column->addWidget(m_error);
    column->addWidget(m_status);
    column->addWidget(m_busy);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addLayout(links);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] { m_unlock->setEnabled(!m_passphrase->text().isEmpty()); });
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_recovery, &QPushButton::clicked, this, &UnlockPage::recoveryRequested);
    connect(m_other, &QPushButton::clicked, this, &UnlockPage::otherVaultRequested);
    setTabOrder(m_passphrase, m_show);
    setTabOrder(m_show, m_unlock);
    setTabOrder(m_unlock, m_recovery);
    setTabOrder(m_recovery, m_other);
    setFocusProxy(m_passphrase);
    m_unlock->setEnabled(false);
}

void UnlockPage::reset(const QString &folder, const QString &demoPassphrase)
{
    m_folderPath = folder;
    m_vault.reset();
    m_folder->setText(tr("Vault folder: %1").arg(QDir::toNativeSeparators(folder)));
    m_demoHint->setText(tr("Demo vault – fictional data. Passphrase: %1").arg(demoPassphrase));
    m_demoHint->setVisible(!demoPassphrase.isEmpty());
    wipeLineEdit(m_passphrase);
    m_show->setChecked(false);
    m_error->hide();
    setBusy(false);
}

bool UnlockPage::capsLockWarningShown() const
{
    return !m_capsLock->isHidden();
}

bool UnlockPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_passphrase && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (key->key() == Qt::Key_CapsLock) {
            m_capsLock->setVisible(m_capsLock->isHidden());
        } else if (text.size() == 1 && text.at(0).isLetter() && text.at(0).isUpper() != text.at(0).isLower()) {
            // An upper-case letter without Shift, or a lower-case one with it.
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            m_capsLock->setVisible(text.at(0).isUpper() != shift);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UnlockPage::setPreparing(bool preparing, const QString &message)
{
    setBusy(preparing);
    m_status->setText(message);
    m_status->setVisible(preparing && !message.isEmpty());
}

void UnlockPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void UnlockPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy && !m_passphrase->text().isEmpty());
    m_recovery->setEnabled(!busy);
    m_other->setEnabled(!busy);
    if (!busy)
        m_status->hide();
}

void UnlockPage::unlock()
{
    if (!m_unlock->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    m_status->setText(tr("Unlocking…"));
    m_status->show();
    const QString folder = m_folderPath;
    const QString passphrase = m_passphrase->text();
    runInBackground(
        this, [folder, passphrase] { return Vault::open(folder, passphrase); },
        [this](Result<std::unique_ptr<Vault>> result) {
            wipeLineEdit(m_passphrase);
            setBusy(false);
            if (!result) {
                const Error &error = result.error();
                if (error.code() == ErrorCode::InUse)
                    showError(tr("<b>The vault is in use.</b> %1").arg(error.message().toHtmlEscaped()));
                else
                    showError(error.message());
                m_passphrase->setFocus();
                return;
            }
            m_vault = std::move(result).value();
            Q_EMIT unlocked();
        });
}

} // namespace vangnet
