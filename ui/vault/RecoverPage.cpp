#include "vault/RecoverPage.h"

#include "common/BackgroundTask.h"
#include "common/LineEditWipe.h"
#include "common/PageLayout.h"
#include "common/PassphraseFields.h"
#include "common/ReservedSpace.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace vangnet {

RecoverPage::RecoverPage(const VaultSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_key(new QLineEdit(this))
    , m_passphrase(new PassphraseFields(this))
    , m_error(errorLabel(this))
    , m_busy(new QProgressBar(this))
    , m_recover(new QPushButton(tr("&Open and set passphrase"), this))
    , m_back(new QPushButton(tr("&Back"), this))
{
    setObjectName(QStringLiteral("recoverPage"));
    QVBoxLayout *column = centeredColumn(this);

    auto *intro = new QLabel(tr("Type the recovery key from the printout kept in a safe place, then choose a new passphrase. "
                                "The old passphrase stops working."),
        this);
    intro->setWordWrap(true);

    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Shown while typing, hidden from assistive technology and once the field is left: it opens the vault.
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-…"));
    auto *keyLabel = new QLabel(tr("Recovery &key:"), this);
    keyLabel->setBuddy(m_key);
    auto *form = new QFormLayout;
    form->addRow(keyLabel, m_key);

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_busy->hide();
    // Messages and the busy bar keep their room: nothing on the form moves when they come and go.
    ReservedSpace::whenHidden(m_busy);
    ReservedSpace::forLabel(m_error, 2);

    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setDefault(true);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_recover);

    column->addWidget(pageTitle(tr("Use the recovery key"), this));
    column->addWidget(intro);
    column->addLayout(form);
    column->addWidget(m_passphrase);
    column->addWidget(m_error);
    column->addWidget(m_busy);
    column->addLayout(buttons);

    connect(m_key, &QLineEdit::textChanged, this, &RecoverPage::updateButton);
    connect(m_passphrase, &PassphraseFields::acceptableChanged, this, &RecoverPage::updateButton);
    connect(m_passphrase->lastField(), &QLineEdit::returnPressed, this, &RecoverPage::recover);
    connect(m_recover, &QPushButton::clicked, this, &RecoverPage::recover);
    connect(m_back, &QPushButton::clicked, this, &RecoverPage::back);
    setTabOrder(m_key, m_passphrase->firstField());
    setTabOrder(m_passphrase->firstField(), m_passphrase->lastField());
    setTabOrder(m_passphrase->lastField(), m_recover);
    setTabOrder(m_recover, m_back);
    setFocusProxy(m_key);
    updateButton();
}

void RecoverPage::reset(const QString &folder)
{
    m_folder = folder;
    m_vault.reset();
    wipeLineEdit(m_key);
    m_passphrase->clear();
    m_error->hide();
    updateButton();
}

void RecoverPage::updateButton()
{
    m_recover->setEnabled(!m_running && !m_key->text().trimmed().isEmpty() && m_passphrase->isAcceptable());
}

void RecoverPage::setBusy(bool busy)
{
    m_running = busy;
    m_busy->setVisible(busy);
    m_key->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_back->setEnabled(!busy);
    updateButton();
}

void RecoverPage::recover()
{
    if (!m_recover->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    const QString folder = m_folder;
    const QString key = m_key->text();
    const QString passphrase = m_passphrase->passphrase();
    const KdfParameters kdf = m_settings.newKdf();
    runInBackground(
        this,
        [folder, key, passphrase, kdf]() -> Result<std::unique_ptr<Vault>> {
            auto opened = Vault::openWithRecoveryKey(folder, key);
            if (!opened)
                return opened.error();
            if (auto st = opened.value()->changePassphrase(passphrase, kdf); !st)
                return st.error();
            return std::move(opened).value();
        },
        [this](Result<std::unique_ptr<Vault>> result) {
            setBusy(false);
            if (!result) {
                m_error->setText(result.error().message());
                m_error->show();
                m_key->setFocus();
                return;
            }
            wipeLineEdit(m_key);
            m_passphrase->clear();
            m_vault = std::move(result).value();
            Q_EMIT recovered();
        });
}

} // namespace vangnet
