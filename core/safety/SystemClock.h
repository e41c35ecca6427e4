#pragma once

#include "safety/Clock.h"

#include <QElapsedTimer>

namespace vangnet {

// The real clock: QDateTime::currentDateTimeUtc() and a started QElapsedTimer.
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime now() const override;
    qint64 monotonicMs() const override;

    // One shared instance for the application.
    static const SystemClock &instance();

private:
    QElapsedTimer m_timer;
};

} // namespace vangnet
