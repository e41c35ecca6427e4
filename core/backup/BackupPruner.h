#pragma once

#include "backup/BackupCatalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet {

struct PrunePolicy
{
    int keepDaily = 7;
    int keepWeekly = 4;
    int keepMonthly = 12;
};

struct PruneDecision
{
    struct Kept
    {
        BackupFileInfo file;
        QStringList reasons; // "daily", "weekly", "monthly", "newest-verified"
    };
    QList<Kept> keep; // newest first
    QList<BackupFileInfo> remove;
};

// Which backups a retention policy keeps, as restic's and borg's keep-daily/weekly/monthly: for
// each of the newest N days (ISO weeks, months) that have a backup, the newest backup of that
// period is kept; one backup may count for several rules. Days, weeks and months are taken in UTC,
// as in the file names. The newest verified backup is always kept, whatever the policy.
class BackupPruner
{
public:
    static PruneDecision decide(
        const QList<BackupFileInfo> &backups, const PrunePolicy &policy, const QString &newestVerifiedFileName);
};

} // namespace vangnet
