#include "vault/CreateVaultPage.h"

#include "common/BackgroundTask.h"
#include "common/PageLayout.h"
#include "common/PassphraseFields.h"
#include "common/ReservedSpace.h"
#include "vault/FolderChooser.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace vangnet {

CreateVaultPage::CreateVaultPage(const VaultSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_folder(new QLineEdit(this))
    , m_passphrase(new PassphraseFields(this))
    , m_error(errorLabel(this))
    , m_busy(new QProgressBar(this))
    , m_create(new QPushButton(tr("C&reate vault"), this))
    , m_back(new QPushButton(tr("&Back"), this))
{
    setObjectName(QStringLiteral("createVaultPage"));
    QVBoxLayout *column = centeredColumn(this);

    auto *intro = new QLabel(tr("Choose a passphrase you can remember and nobody can guess. It is never stored: "
                                "without it or the recovery key, nobody can open the vault, not even Vangnet's makers."),
        this);
    intro->setWordWrap(true);

    m_folder->setObjectName(QStringLiteral("folderEdit"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Vault &folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto *form = new QFormLayout;
    form->addRow(folderLabel, folderRow);

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_busy->setVisible(false);
    // Messages and the busy bar keep their room: nothing on the form moves when they come and go.
    ReservedSpace::whenHidden(m_busy);
    ReservedSpace::forLabel(m_error, 2);

    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_create);

    column->addWidget(pageTitle(tr("Create a new vault"), this));
    column->addWidget(intro);
    column->addLayout(form);
    column->addWidget(m_passphrase);
    column->addWidget(m_error);
    column->addWidget(m_busy);
    column->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, &CreateVaultPage::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &CreateVaultPage::updateButton);
    connect(m_passphrase, &PassphraseFields::acceptableChanged, this, &CreateVaultPage::updateButton);
    connect(m_passphrase->lastField(), &QLineEdit::returnPressed, this, &CreateVaultPage::create);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultPage::create);
    connect(m_back, &QPushButton::clicked, this, &CreateVaultPage::back);
    setTabOrder(m_folder, browse);
    setTabOrder(browse, m_passphrase->firstField());
    setTabOrder(m_passphrase->firstField(), m_passphrase->lastField());
    setTabOrder(m_passphrase->lastField(), m_create);
    setTabOrder(m_create, m_back);
    setFocusProxy(m_passphrase->firstField());
    updateButton();
}

void CreateVaultPage::reset(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_passphrase->clear();
    m_error->hide();
    updateButton();
}

CreatedVault CreateVaultPage::takeCreated()
{
    CreatedVault created = std::move(*m_created);
    m_created.reset();
    return created;
}

void CreateVaultPage::browse()
{
    const QString folder = FolderChooser::existingFolder(this, tr("Choose where to create the vault"), m_folder->text());
    if (folder.isEmpty())
        return;
    // An empty folder the user picked is used as is; otherwise the vault gets its own subfolder.
    const bool empty = QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    m_folder->setText(QDir::toNativeSeparators(empty ? folder : folder + QStringLiteral("/Vangnet vault")));
}

void CreateVaultPage::updateButton()
{
    m_create->setEnabled(!m_running && m_passphrase->isAcceptable() && !m_folder->text().trimmed().isEmpty());
}

void CreateVaultPage::setBusy(bool busy)
{
    m_running = busy;
    m_busy->setVisible(busy);
    m_folder->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_back->setEnabled(!busy);
    updateButton();
}

void CreateVaultPage::create()
{
    if (!m_create->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString passphrase = m_passphrase->passphrase();
    const KdfParameters kdf = m_settings.newKdf();
    runInBackground(
        this, [folder, passphrase, kdf] { return Vault::create(folder, passphrase, kdf); },
        [this](Result<CreatedVault> result) {
            setBusy(false);
            if (!result) {
                m_error->setText(result.error().message());
                m_error->show();
                return;
            }
            m_passphrase->clear();
            m_created = std::move(result).value();
            Q_EMIT created();
        });
}

} // namespace vangnet
