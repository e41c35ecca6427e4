#include "safety/LockedScreen.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace vangnet {

LockedScreen::LockedScreen(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("lockedScreen"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    auto *label = new QLabel(tr("Vangnet is locked"), this);
    label->setObjectName(QStringLiteral("lockedScreenText"));
    label->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Click or press a key to unlock."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    label->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(hint);
    layout->addStretch(1);
    window->installEventFilter(this);
    hide();
}

void LockedScreen::cover()
{
    setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

bool LockedScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockedScreen::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    dismiss();
}

void LockedScreen::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    dismiss();
}

void LockedScreen::dismiss()
{
    hide();
    Q_EMIT dismissed();
}

} // namespace vangnet
