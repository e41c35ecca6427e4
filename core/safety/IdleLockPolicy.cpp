#include "safety/IdleLockPolicy.h"

#include <algorithm>

namespace vangnet {

QString IdleLockPolicy::settingsKey()
{
    return QStringLiteral("safety/autoLockMinutes");
}

std::chrono::minutes IdleLockPolicy::timeoutFromSetting(const QVariant &value)
{
    if (!value.isValid())
        return defaultTimeout;
    bool ok = false;
    const int minutes = value.toString().trimmed().toInt(&ok);
    if (!ok || minutes < 1 || minutes > maximumTimeout.count())
        return defaultTimeout;
    return std::chrono::minutes(minutes);
}

IdleLockPolicy::IdleLockPolicy(const Clock &clock, std::chrono::milliseconds timeout)
    : m_clock(clock)
    , m_timeout(timeout)
{
    activity();
}

void IdleLockPolicy::activity()
{
    m_lastWall = m_clock.now();
    m_lastMonotonic = m_clock.monotonicMs();
}

std::chrono::milliseconds IdleLockPolicy::idleTime() const
{
    const qint64 wall = m_lastWall.msecsTo(m_clock.now());
    const qint64 monotonic = m_clock.monotonicMs() - m_lastMonotonic;
    // A wall clock set backwards gives a negative span: the monotonic one still counts.
    return std::chrono::milliseconds(std::max<qint64>({ wall, monotonic, 0 }));
}

} // namespace vangnet
