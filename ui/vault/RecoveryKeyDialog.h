#pragma once

#include <QDialog>

namespace vangnet {

class RecoveryKeyPage;

// A new recovery key, made for an open vault (Vault::replaceRecoveryKey), shown once the same way
// as at creation (RecoveryKeyPage): closed only once the user says it is stored; the key is then
// dropped from the page.
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryKeyDialog)

public:
    RecoveryKeyDialog(const QString &key, const QString &vaultId, const QString &folder, QWidget *parent = nullptr);
    ~RecoveryKeyDialog() override;

    void reject() override; // the key must be acknowledged, not dismissed with Esc

private:
    RecoveryKeyPage *m_page;
};

} // namespace vangnet
