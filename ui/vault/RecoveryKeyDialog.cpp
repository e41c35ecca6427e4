#include "vault/RecoveryKeyDialog.h"

#include "vault/RecoveryKeyPage.h"

#include <QVBoxLayout>

namespace vangnet {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &key, const QString &vaultId, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_page(new RecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("New recovery key"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    m_page->setRecoveryKey(key, vaultId, folder);
    connect(m_page, &RecoveryKeyPage::finished, this, [this] {
        m_page->clearKey();
        accept();
    });
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    m_page->clearKey();
}

void RecoveryKeyDialog::reject()
{
    // Closing without confirming would lose the only copy of the new key; the page's Continue
    // button (after "I have stored it") is the way out.
}

} // namespace vangnet
