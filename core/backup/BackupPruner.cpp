#include "backup/BackupPruner.h"

#include <algorithm>

namespace vangnet {
namespace {

struct Rule
{
    QString name;
    int remaining;
    qint64 (*period)(const QDate &);
    qint64 last = -1;
};

qint64 dayOf(const QDate &d)
{
    return d.toJulianDay();
}

qint64 weekOf(const QDate &d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return qint64(year) * 100 + week;
}

qint64 monthOf(const QDate &d)
{
    return qint64(d.year()) * 100 + d.month();
}

} // namespace

PruneDecision BackupPruner::decide(
    const QList<BackupFileInfo> &backups, const PrunePolicy &policy, const QString &newestVerifiedFileName)
{
    QList<BackupFileInfo> sorted = backups;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const BackupFileInfo &a, const BackupFileInfo &b) { return a.createdAt > b.createdAt; });
    Rule rules[] = {
        { QStringLiteral("daily"), std::max(0, policy.keepDaily), &dayOf },
        { QStringLiteral("weekly"), std::max(0, policy.keepWeekly), &weekOf },
        { QStringLiteral("monthly"), std::max(0, policy.keepMonthly), &monthOf },
    };
    PruneDecision decision;
    for (const BackupFileInfo &b : sorted) {
        QStringList reasons;
        const QDate day = b.createdAt.toUTC().date();
        for (Rule &rule : rules) {
            if (rule.remaining <= 0)
                continue;
            const qint64 period = rule.period(day);
            if (period == rule.last)
                continue;
            rule.last = period;
            --rule.remaining;
            reasons.append(rule.name);
        }
        if (!newestVerifiedFileName.isEmpty() && b.fileName == newestVerifiedFileName)
            reasons.append(QStringLiteral("newest-verified"));
        if (reasons.isEmpty())
            decision.remove.append(b);
        else
            decision.keep.append({ b, reasons });
    }
    return decision;
}

} // namespace vangnet
