#include "shell/FocusIndicator.h"

#include <QApplication>
#include <QFocusFrame>
#include <QPainter>

namespace vangnet {

namespace {

QPointer<FocusIndicator> g_indicator;

class Ring final : public QFocusFrame
{
public:
    explicit Ring(QWidget *parent)
        : QFocusFrame(parent)
    {
        setObjectName(QStringLiteral("focusIndicator"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QPen pen(palette().color(QPalette::Active, QPalette::Highlight), 2);
        painter.setPen(pen);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
};

} // namespace

FocusIndicator::FocusIndicator(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusIndicator::install()
{
    if (g_indicator || !qApp)
        return;
    g_indicator = new FocusIndicator(qApp);
}

QFocusFrame *FocusIndicator::frame()
{
    return g_indicator ? g_indicator->m_frame.data() : nullptr;
}

void FocusIndicator::follow(QWidget *now)
{
    // A window itself (a dialog, a menu) has no ring; its controls do.
    if (!now || now->isWindow() || !now->parentWidget()) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    // The ring lives inside the focused control's window and goes with it when that closes.
    if (!m_frame)
        m_frame = new Ring(now->window());
    m_frame->setWidget(now);
}

} // namespace vangnet
