#pragma once

#include <QObject>
#include <QTimer>

#include <utility>

namespace vangnet {

// Runs `step` on the thread of `context` after the event loop has handled what waits now: input,
// painting, posted events and the timers that are due. For long work cut into steps: each step
// queued this way lets the window answer in between. QTimer::singleShot(0, …) does not: Qt posts it
// as an event, events come before timers, and a chain of them kept every timer (the heartbeat of
// vangnet-bench-ui, a cursor's blink, the idle lock's) waiting until the whole chain had run. A
// QTimer of 0 ms is a real timer, ordered after those already due. Dropped if `context` is destroyed.
template<typename Step> void afterPendingEvents(QObject *context, Step step)
{
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [timer, step = std::move(step)]() mutable {
        timer->deleteLater();
        step();
    });
    timer->start(0);
}

} // namespace vangnet
