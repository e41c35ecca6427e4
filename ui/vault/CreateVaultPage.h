#pragma once

#include "vault/Vault.h"
#include "vault/VaultSettings.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vangnet {

class PassphraseFields;

// Folder, passphrase and repeat; the vault is created in the background (Argon2id).
class CreateVaultPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultPage)

public:
    explicit CreateVaultPage(const VaultSettings &settings, QWidget *parent = nullptr);

    void reset(const QString &folder);
    // After created(): the open vault and its recovery key, once.
    CreatedVault takeCreated();

Q_SIGNALS:
    void created();
    void back();

private:
    void browse();
    void updateButton();
    void create();
    void setBusy(bool busy);

    VaultSettings m_settings;
    QLineEdit *m_folder;
    PassphraseFields *m_passphrase;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_create;
    QPushButton *m_back;
    std::optional<CreatedVault> m_created;
    bool m_running = false;
};

} // namespace vangnet
