#pragma once

#include "vault/VaultSettings.h"

#include <QDialog>
#include <QFuture>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace vangnet {

class PassphraseFields;
class Vault;

// New passphrase for the unlocked vault. The current one is not asked again: the vault is open.
// The key is rewrapped in the background.
class ChangePassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePassphraseDialog)

public:
    ChangePassphraseDialog(Vault &vault, const VaultSettings &settings, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;
    // Returns once a running change has finished (it uses the master key and the database): the lock
    // waits for it rather than wiping the key under it. The vault then holds the new passphrase.
    void waitForWork();

private:
    void setBusy(bool busy);

    Vault &m_vault;
    VaultSettings m_settings;
    PassphraseFields *m_passphrase;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
    QFuture<void> m_work;
};

} // namespace vangnet
