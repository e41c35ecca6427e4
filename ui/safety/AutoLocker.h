#pragma once

#include "safety/IdleLockPolicy.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace vangnet {

class Clock;

// Watches the whole application's user input (an event filter on the application) and asks the
// IdleLockPolicy on every tick (default once a second) whether the idle time is up. Because the
// policy compares the wall clock too, the first tick after a suspend locks when the sleep was
// longer than the timeout. Emits lockRequested(); whoever owns the vault locks it.
class AutoLocker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoLocker)

public:
    explicit AutoLocker(const Clock &clock, QObject *parent = nullptr);
    ~AutoLocker() override;

    IdleLockPolicy &policy() { return m_policy; }
    void setTimeout(std::chrono::milliseconds timeout) { m_policy.setTimeout(timeout); }
    // Tests tick faster.
    void setTickInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Only an unlocked vault needs watching; activation starts the idle time afresh.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // One poll (the timer calls it; also called on wake-up from suspend).
    void tick();

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IdleLockPolicy m_policy;
    QTimer m_timer;
    bool m_active = false;
};

} // namespace vangnet
