#include "common/PassphraseFields.h"

#include "common/LineEditWipe.h"
#include "common/PassphraseStrengthMeter.h"
#include "common/ReservedSpace.h"
#include "crypto/PassphrasePolicy.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vangnet {

PassphraseFields::PassphraseFields(QWidget *parent)
    : QWidget(parent)
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_meter(new PassphraseStrengthMeter(this))
    , m_mismatch(new QLabel(this))
{
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("At least %1 characters; several words work well").arg(PassphrasePolicy::MinimumLength));
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_mismatch->setObjectName(QStringLiteral("mismatchLabel"));
    m_mismatch->setStyleSheet(QStringLiteral("color: #a33;"));
    m_mismatch->hide();
    ReservedSpace::forLabel(m_mismatch);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    // In a box of its own: QFormLayout drops hidden rows, a box layout keeps the room reserved.
    auto *mismatchSlot = new QWidget(this);
    auto *slotLayout = new QVBoxLayout(mismatchSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    slotLayout->addWidget(m_mismatch);
    form->addRow(QString(), mismatchSlot);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseFields::update);
    setTabOrder(m_passphrase, m_repeat);
}

QString PassphraseFields::passphrase() const
{
    return m_passphrase->text();
}

bool PassphraseFields::isAcceptable() const
{
    return m_acceptable;
}

void PassphraseFields::clear()
{
    wipeLineEdit(m_passphrase);
    wipeLineEdit(m_repeat);
}

void PassphraseFields::update()
{
    m_meter->setPassphrase(m_passphrase->text());
    const bool mismatch = !m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text();
    m_mismatch->setText(mismatch ? tr("The two passphrases differ.") : QString());
    m_mismatch->setVisible(mismatch);
    const bool acceptable = PassphrasePolicy::check(m_passphrase->text()).ok() && m_repeat->text() == m_passphrase->text();
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace vangnet
