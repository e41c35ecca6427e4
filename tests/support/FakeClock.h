#pragma once

#include "safety/Clock.h"

namespace vangnet::test {

// A clock the test moves by hand. advance() moves both readings (the machine is awake);
// sleep() moves only the wall clock, as a suspended laptop sees it on wake-up (on Linux the
// monotonic clock stands still during suspend); setWall() jumps the wall clock anywhere.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2024, 3, 18), QTime(9, 0), Qt::UTC))
        : m_wall(std::move(start))
    { }

    QDateTime now() const override { return m_wall; }
    qint64 monotonicMs() const override { return m_monotonic; }

    void advance(qint64 ms)
    {
        m_wall = m_wall.addMSecs(ms);
        m_monotonic += ms;
    }
    void sleep(qint64 ms) { m_wall = m_wall.addMSecs(ms); }
    void setWall(const QDateTime &wall) { m_wall = wall; }

private:
    QDateTime m_wall;
    qint64 m_monotonic = 0;
};

} // namespace vangnet::test
