#include "shelters/AvailabilityFreshness.h"

#include "i18n/DateText.h"

#include <QLocale>

namespace vangnet {

AvailabilityFreshness::Level AvailabilityFreshness::level(const QDate &asOf, const QDate &today)
{
    if (!asOf.isValid())
        return Unknown;
    const qint64 days = asOf.daysTo(today);
    if (days <= 7)
        return Fresh;
    if (days <= 30)
        return Stale;
    return VeryStale;
}

QString AvailabilityFreshness::text(const QDate &asOf, const QDate &today)
{
    if (!asOf.isValid())
        return tr("never confirmed");
    const QString date = DateText::date(asOf);
    const int days = int(asOf.daysTo(today));
    switch (level(asOf, today)) {
    case Stale:
    case VeryStale:
        // Colour (and bold when outdated) marks the age; the tool tip says what it means.
        return tr("%1 (%n day(s) ago)", nullptr, days).arg(date);
    default:
        return date;
    }
}

QString AvailabilityFreshness::explanation(const QDate &asOf, const QDate &today)
{
    switch (level(asOf, today)) {
    case Fresh:
        return tr("Free beds confirmed in the last 7 days.");
    case Stale:
        return tr("Free beds last confirmed more than 7 days ago: call the shelter before relying on it.");
    case VeryStale:
        return tr("Free beds last confirmed more than 30 days ago: the number is probably wrong.");
    case Unknown:
        break;
    }
    return tr("Free beds were never confirmed: call the shelter.");
}

QColor AvailabilityFreshness::color(Level level)
{
    switch (level) {
    case Fresh:
        return {};
    case Stale:
        return QColor(0xa0, 0x5a, 0x00); // dark orange: readable on light backgrounds
    case VeryStale:
    case Unknown:
        return QColor(0xb0, 0x00, 0x20);
    }
    return {};
}

} // namespace vangnet
