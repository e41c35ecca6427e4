#include "shell/EmergencyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vangnet {

EmergencyDialog::EmergencyDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("emergencyDialog"));
    setWindowTitle(tr("In danger?"));

    auto *headline = new QLabel(tr("In imminent danger call 112 and notify the police immediately."), this);
    headline->setObjectName(QStringLiteral("emergencyHeadline"));
    headline->setWordWrap(true);
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    headline->setFont(big);
    headline->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *police = new QLabel(tr("No emergency, but you need the police? Call the non-emergency number 0900-8844."), this);
    police->setObjectName(QStringLiteral("policeLabel"));
    police->setWordWrap(true);
    police->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *comensha = new QLabel(tr("CoMensha is the national coordination centre against human trafficking: it registers "
                                   "victims and is the only party that places them in a COSM shelter. It does not "
                                   "respond to emergencies."),
        this);
    comensha->setObjectName(QStringLiteral("comenshaLabel"));
    comensha->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(headline);
    layout->addWidget(police);
    layout->addWidget(comensha);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace vangnet
