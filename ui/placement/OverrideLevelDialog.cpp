#include "placement/OverrideLevelDialog.h"

#include "shelters/ShelterCodes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

OverrideLevelDialog::OverrideLevelDialog(int derivedLevel, int currentLevel, QWidget *parent)
    : QDialog(parent)
    , m_level(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("overrideLevelDialog"));
    setWindowTitle(tr("Override security level"));
    m_level->setObjectName(QStringLiteral("overrideLevel"));
    for (int level = ShelterCodes::kLowestLevel; level <= ShelterCodes::kHighestLevel; ++level)
        m_level->addItem(ShelterCodes::levelLabel(level), level);
    setLevel(currentLevel);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(
        tr("Why does this case need a different level? For example: the police advised hiding after a new threat."));
    m_reason->setTabChangesFocus(true);

    auto *intro
        = new QLabel(tr("The level derived from the threat assessment is %1. A level set by hand replaces it until you remove "
                        "the override; the reason is shown with the level.")
                         .arg(ShelterCodes::levelCode(derivedLevel)),
            this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set level"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Reason (required):"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideLevelDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    updateButtons();
}

int OverrideLevelDialog::level() const
{
    return m_level->currentData().toInt();
}

QString OverrideLevelDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OverrideLevelDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void OverrideLevelDialog::setLevel(int level)
{
    const int index = m_level->findData(level);
    if (index >= 0)
        m_level->setCurrentIndex(index);
}

void OverrideLevelDialog::updateButtons()
{
    m_ok->setEnabled(!reason().isEmpty());
}

} // namespace vangnet
