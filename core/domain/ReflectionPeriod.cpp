#include "domain/ReflectionPeriod.h"

namespace vangnet {

QDate ReflectionPeriod::latestEnd(const QDate &start)
{
    // QDate::addMonths keeps the day when the month has it and takes the month's last day otherwise.
    return start.isValid() ? start.addMonths(MaximumMonths) : QDate();
}

QString ReflectionPeriod::problem(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid())
        return {};
    if (end < start)
        return tr("lies before reflectionStart");
    if (end > latestEnd(start))
        return tr("the B8 reflection period lasts at most three months from its start: it can end earlier, not later");
    return {};
}

void ReflectionPeriod::proposeEnd(Case &c)
{
    if (c.reflectionStart.isValid() && !c.reflectionEnd.isValid())
        c.reflectionEnd = latestEnd(c.reflectionStart);
}

bool ReflectionPeriod::recordedEndMoved(const Case &before, const Case &after)
{
    return before.reflectionEnd.isValid() && after.reflectionEnd != before.reflectionEnd;
}

bool ReflectionPeriod::endDeparts(const Case &before, const Case &after)
{
    if (recordedEndMoved(before, after))
        return true;
    return !before.reflectionEnd.isValid() && after.reflectionEnd.isValid() && after.reflectionStart.isValid()
        && after.reflectionEnd != latestEnd(after.reflectionStart);
}

} // namespace vangnet
