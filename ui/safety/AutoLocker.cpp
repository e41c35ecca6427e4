#include "safety/AutoLocker.h"

#include <QCoreApplication>
#include <QEvent>

namespace vangnet {

AutoLocker::AutoLocker(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_policy(clock)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &AutoLocker::tick);
    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

AutoLocker::~AutoLocker()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void AutoLocker::setActive(bool active)
{
    m_active = active;
    m_policy.reset();
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

void AutoLocker::tick()
{
    if (!m_active || !m_policy.shouldLock())
        return;
    setActive(false);
    Q_EMIT lockRequested();
}

bool AutoLocker::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_policy.activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vangnet
