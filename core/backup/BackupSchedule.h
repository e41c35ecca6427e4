#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace vangnet {

// When the desktop makes an automatic backup and when it warns. Pure functions of the times
// involved, so that the clock can be a fake one in tests.
class BackupSchedule
{
public:
    // A backup older than this (or none) raises the warning banner.
    static constexpr qint64 WarnAfterDays = 7;

    // At lock or quit: due when there is a folder and no backup newer than the interval.
    static bool isDue(const std::optional<QDateTime> &newest, const QDateTime &now, qint64 intervalHours);
    static bool needsWarning(const std::optional<QDateTime> &newestVerified, const QDateTime &now);
};

} // namespace vangnet
