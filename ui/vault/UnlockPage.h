#pragma once

#include "vault/Vault.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vangnet {

// Passphrase for an existing vault; the key derivation runs in the background. The field has the
// keyboard whenever the page is shown; "Show passphrase" reveals it, and a warning appears while Caps
// Lock seems to be on (guessed from the letters typed, as no platform-neutral API tells).
class UnlockPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockPage)

public:
    explicit UnlockPage(QWidget *parent = nullptr);

    // demoPassphrase: shown openly for the demo vault, empty otherwise.
    void reset(const QString &folder, const QString &demoPassphrase = {});
    // Busy without a passphrase, e.g. while the demo vault is being prepared.
    void setPreparing(bool preparing, const QString &message = {});
    void showError(const QString &message);
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }
    // Whether the Caps Lock warning is shown (it keeps its space when hidden, so nothing moves).
    bool capsLockWarningShown() const;

Q_SIGNALS:
    void unlocked();
    void recoveryRequested();
    void otherVaultRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void unlock();
    void setBusy(bool busy);

    QString m_folderPath;
    QLabel *m_folder;
    QLabel *m_demoHint;
    QLineEdit *m_passphrase;
    QCheckBox *m_show;
    QLabel *m_capsLock;
    QLabel *m_error;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_unlock;
    QPushButton *m_recovery;
    QPushButton *m_other;
    std::unique_ptr<Vault> m_vault;
};

} // namespace vangnet
