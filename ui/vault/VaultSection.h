#pragma once

#include "shell/Section.h"
#include "vault/VaultSettings.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vangnet {

class AuditLogDialog;
class BackupPanel;
class ChangePassphraseDialog;
class RecoveryKeyDialog;
class RefreshWhenShown;

// The "Vault" section: where the vault lives, how it is encrypted, its schema and record counts,
// changing the passphrase, making a new recovery key (offered at unlock when the key file's recovery
// slot is damaged), and the backups (BackupPanel).
class VaultSection final : public QWidget, public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSection)

public:
    explicit VaultSection(const VaultSettings &settings, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString summary() const override;
    QString helpPage() const override;
    QWidget *widget() override { return this; }
    void vaultOpened(Vault &vault) override;
    void stopWork() override;
    void clear() override;
    // A recovery key of this vault was locked away before the user confirmed storing it (it is not
    // kept): the next unlock of the vault offers a new one.
    void offerNewRecoveryKeyAtUnlock(const QString &vaultId);
    BackupPanel &backups() { return *m_backups; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void countRecords();
    void showCounts(const QList<QPair<QString, qint64>> &counts);
    void fitCountsHeight();
    void changePassphrase();
    // Vault::replaceRecoveryKey, the new key shown once (RecoveryKeyDialog). ask: confirm first.
    void makeNewRecoveryKey(bool ask);
    // The recovery slot's state from the key file's authenticator: a warning when it is damaged.
    bool showRecoveryState();
    QLabel *addValue(const QString &label, const QString &objectName);

    VaultSettings m_settings;
    RefreshWhenShown *m_refresh;
    Vault *m_vault = nullptr;
    QPointer<ChangePassphraseDialog> m_dialog; // open while the passphrase is being changed
    QPointer<RecoveryKeyDialog> m_keyDialog; // a new recovery key on screen
    bool m_countsStale = false; // counted when the page is next shown
    quint64 m_generation = 0; // of the record count in flight; a newer reload or clear() drops it
    QFormLayout *m_form;
    QLabel *m_folder;
    QLabel *m_vaultId;
    QLabel *m_format;
    QLabel *m_cipher;
    QLabel *m_kdf;
    QLabel *m_schema;
    QLabel *m_created;
    QLabel *m_size;
    QLabel *m_status;
    QTableWidget *m_counts;
    QPushButton *m_change;
    QLabel *m_recoveryWarning;
    QPushButton *m_newRecoveryKey;
    QString m_unconfirmedRecoveryKeyVault; // vault id, see offerNewRecoveryKeyAtUnlock()
    BackupPanel *m_backups;
    QPushButton *m_auditButton;
    QPointer<AuditLogDialog> m_auditDialog; // the audit log on screen
};

} // namespace vangnet
