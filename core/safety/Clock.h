#pragma once

#include <QDateTime>

namespace vangnet {

// Time as the idle-lock logic sees it, injectable so that tests use a fake clock. Two readings:
// the wall clock (keeps running while the laptop sleeps) and a monotonic counter (never jumps
// backwards when the user or NTP sets the clock, but on Linux stands still during suspend).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    virtual qint64 monotonicMs() const = 0;

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

} // namespace vangnet
