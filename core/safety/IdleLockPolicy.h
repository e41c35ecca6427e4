#pragma once

#include "safety/Clock.h"

#include <QVariant>

#include <chrono>

namespace vangnet {

// When to lock after inactivity. The caller reports user input with activity() and asks
// shouldLock() on every tick (the desktop: once a second). Idle time is the larger of the wall-clock
// and the monotonic time since the last activity, so that neither a suspend (the monotonic clock
// stands still) nor a clock set back (the wall clock jumps backwards) stretches the timeout: after
// ten minutes of sleep the very next tick locks.
class IdleLockPolicy
{
public:
    static constexpr std::chrono::minutes defaultTimeout { 5 };
    static constexpr std::chrono::minutes maximumTimeout { 240 };
    // The QSettings key holding the timeout in whole minutes (a number only, never case data).
    static QString settingsKey();
    // A settings value as a timeout: 1..240 minutes; anything else gives the default.
    static std::chrono::minutes timeoutFromSetting(const QVariant &value);

    explicit IdleLockPolicy(const Clock &clock, std::chrono::milliseconds timeout = defaultTimeout);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // User input: the idle time starts again.
    void activity();
    // Idle time since the last activity (or since construction / reset()).
    std::chrono::milliseconds idleTime() const;
    bool shouldLock() const { return idleTime() >= m_timeout; }
    // After locking (or unlocking): start counting afresh.
    void reset() { activity(); }

private:
    const Clock &m_clock;
    std::chrono::milliseconds m_timeout;
    QDateTime m_lastWall;
    qint64 m_lastMonotonic = 0;
};

} // namespace vangnet
