#include "common/RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace vangnet {

RefreshWhenShown::RefreshWhenShown(QWidget *widget, std::function<void()> refresh)
    : QObject(widget)
    , m_widget(widget)
    , m_refresh(std::move(refresh))
{
    widget->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    m_pending = true;
    if (m_widget->isVisible())
        flush();
}

void RefreshWhenShown::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Before the widget's own showEvent(), which may build on what the refresh fills in.
    if (watched == m_widget && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace vangnet
