#include "shell/EmergencyBar.h"

#include "shell/EmergencyDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace vangnet {

EmergencyBar::EmergencyBar(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(tr("In danger? Call 112"), this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("emergencyBar"));
    m_button->setObjectName(QStringLiteral("emergencyButton"));
    m_button->setIcon(QIcon(QStringLiteral(":/vangnet/icons/phone.svg")));
    m_button->setAutoDefault(false);
    m_button->setFocusPolicy(Qt::TabFocus);
    m_button->setCursor(Qt::PointingHandCursor);
    m_button->setToolTip(tr("What to do in imminent danger"));
    m_button->setStyleSheet(QStringLiteral("QPushButton { background: #c62828; color: white; font-weight: bold; border: none;"
                                           " border-radius: 4px; padding: 6px 14px; }"
                                           "QPushButton:hover { background: #b71c1c; }"
                                           "QPushButton:focus { outline: 2px solid #222; }"));

    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->addStretch();
    m_layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &EmergencyBar::showDialog);
}

void EmergencyBar::addLeadingAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setVisible(action->isEnabled());
    connect(action, &QAction::enabledChanged, button, &QWidget::setVisible);
    m_layout->insertWidget(m_layout->count() - 2, button);
}

void EmergencyBar::showDialog()
{
    // open(), not exec(): window-modal without a nested event loop (and testable).
    auto *dialog = new EmergencyDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace vangnet
