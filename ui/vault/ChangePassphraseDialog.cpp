#include "vault/ChangePassphraseDialog.h"

#include "common/BackgroundTask.h"
#include "common/PageLayout.h"
#include "common/PassphraseFields.h"
#include "common/ReservedSpace.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

ChangePassphraseDialog::ChangePassphraseDialog(Vault &vault, const VaultSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_passphrase(new PassphraseFields(this))
    , m_error(errorLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    auto *intro = new QLabel(tr("Choose the new passphrase for this vault. The recovery key stays the same."), this);
    intro->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_busy->hide();
    // Messages and the busy bar keep their room: nothing on the form moves when they come and go.
    ReservedSpace::whenHidden(m_busy);
    ReservedSpace::forLabel(m_error, 2);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change passphrase"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(
        m_passphrase, &PassphraseFields::acceptableChanged, m_buttons->button(QDialogButtonBox::Ok), &QPushButton::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_running = busy;
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void ChangePassphraseDialog::accept()
{
    if (m_running || !m_passphrase->isAcceptable())
        return;
    m_error->hide();
    setBusy(true);
    Vault *vault = &m_vault;
    const QString passphrase = m_passphrase->passphrase();
    const KdfParameters kdf = m_settings.newKdf();
    m_work = runInBackground(
        this, [vault, passphrase, kdf] { return vault->changePassphrase(passphrase, kdf); },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                m_error->setText(status.error().message());
                m_error->show();
                return;
            }
            m_passphrase->clear();
            QDialog::accept();
        });
}

void ChangePassphraseDialog::waitForWork()
{
    m_work.waitForFinished();
}

void ChangePassphraseDialog::reject()
{
    // The vault is being rewritten: closing now would leave the user unsure which passphrase counts.
    if (!m_running)
        QDialog::reject();
}

} // namespace vangnet
