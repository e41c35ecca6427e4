#pragma once

#include "vault/Vault.h"
#include "vault/VaultSettings.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vangnet {

class PassphraseFields;

// The passphrase is lost: open the vault with the recovery key and choose a new passphrase.
class RecoverPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoverPage)

public:
    explicit RecoverPage(const VaultSettings &settings, QWidget *parent = nullptr);

    void reset(const QString &folder);
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }

Q_SIGNALS:
    void recovered();
    void back();

private:
    void updateButton();
    void recover();
    void setBusy(bool busy);

    VaultSettings m_settings;
    QString m_folder;
    QLineEdit *m_key;
    PassphraseFields *m_passphrase;
    QLabel *m_error;
    QProgressBar *m_busy;
    QPushButton *m_recover;
    QPushButton *m_back;
    std::unique_ptr<Vault> m_vault;
    bool m_running = false;
};

} // namespace vangnet
