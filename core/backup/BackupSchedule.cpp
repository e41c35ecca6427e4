#include "backup/BackupSchedule.h"

namespace vangnet {

bool BackupSchedule::isDue(const std::optional<QDateTime> &newest, const QDateTime &now, qint64 intervalHours)
{
    if (!newest || !newest->isValid())
        return true;
    // A backup "from the future" (the clock was set back) does not block new ones for long.
    if (*newest > now)
        return newest->secsTo(now) < -intervalHours * 3600;
    return newest->secsTo(now) >= intervalHours * 3600;
}

bool BackupSchedule::needsWarning(const std::optional<QDateTime> &newestVerified, const QDateTime &now)
{
    if (!newestVerified || !newestVerified->isValid())
        return true;
    return newestVerified->secsTo(now) > WarnAfterDays * 24 * 3600;
}

} // namespace vangnet
