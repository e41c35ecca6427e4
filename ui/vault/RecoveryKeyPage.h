#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace vangnet {

// Shown once, right after a vault is created: the recovery key to print or copy and put in the
// organisation's safe. The key is never written anywhere by Vangnet; clearKey() drops it from the page.
class RecoveryKeyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryKeyPage)

public:
    explicit RecoveryKeyPage(QWidget *parent = nullptr);

    void setRecoveryKey(const QString &key, const QString &vaultId, const QString &folder);
    void clearKey();

Q_SIGNALS:
    void finished();

private:
    void print();
    void copy();

    QString m_key;
    QString m_vaultId;
    QString m_folder;
    QLabel *m_keyLabel;
    QLabel *m_details;
    QCheckBox *m_stored;
    QPushButton *m_continue;
};

} // namespace vangnet
