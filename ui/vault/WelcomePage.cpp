#include "vault/WelcomePage.h"

#include "common/MessageBox.h"
#include "common/PageLayout.h"
#include "vault/FolderChooser.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>

namespace vangnet {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    QVBoxLayout *column = centeredColumn(this);

    auto *intro = new QLabel(tr("Vangnet keeps your case records in an encrypted vault on this computer. "
                                "It works without a network connection."),
        this);
    intro->setWordWrap(true);
    auto *folderHint = new QLabel(tr("A vault is one folder: to move it to another computer, copy that whole folder."), this);
    folderHint->setObjectName(QStringLiteral("folderHint"));
    folderHint->setWordWrap(true);
    auto *defaultLocation = new QLabel(tr("New vaults are created in %1 unless you choose another folder.")
                                           .arg(QDir::toNativeSeparators(VaultPaths::defaultFolder())),
        this);
    defaultLocation->setObjectName(QStringLiteral("defaultLocationLabel"));
    defaultLocation->setWordWrap(true);
    defaultLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    defaultLocation->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    auto *create = new QPushButton(tr("&Create a new vault"), this);
    create->setObjectName(QStringLiteral("createVaultButton"));
    create->setDefault(true);
    create->setMinimumHeight(36);
    auto *open = new QPushButton(tr("&Open an existing vault…"), this);
    open->setObjectName(QStringLiteral("openVaultButton"));
    open->setMinimumHeight(36);
    auto *restore = new QPushButton(tr("&Restore from backup…"), this);
    restore->setObjectName(QStringLiteral("restoreBackupButton"));
    restore->setMinimumHeight(36);

    column->addWidget(pageTitle(tr("Welcome to Vangnet"), this));
    column->addWidget(intro);
    column->addWidget(folderHint);
    column->addSpacing(8);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(restore);
    column->addWidget(defaultLocation);

    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::chooseFolder);
    connect(restore, &QPushButton::clicked, this, &WelcomePage::restoreRequested);
    setFocusProxy(create);
}

void WelcomePage::chooseFolder()
{
    const QString folder = FolderChooser::existingFolder(this, tr("Choose the vault folder"), VaultPaths::defaultFolder());
    if (folder.isEmpty())
        return;
    if (!Vault::exists(folder)) {
        MessageBox::warning(this, tr("No vault here"),
            tr("The folder %1 does not hold a Vangnet vault (vault.key and vault.db). Choose the folder "
               "that was copied as a whole.")
                .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    Q_EMIT openRequested(folder);
}

} // namespace vangnet
