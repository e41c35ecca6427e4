#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace vangnet {

// How old a shelter's free-bed count is. The same thresholds as the advisor's score and the CLI:
// up to 7 days is fresh, 8–30 days stale, older (or never confirmed) very stale.
class AvailabilityFreshness
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityFreshness)

public:
    enum Level { Fresh, Stale, VeryStale, Unknown };

    static Level level(const QDate &asOf, const QDate &today);
    // "12 Mar 2026 (stale, 9 days)": the date with a warning when it is old.
    static QString text(const QDate &asOf, const QDate &today);
    // Explains the marking, for tool tips.
    static QString explanation(const QDate &asOf, const QDate &today);
    // Text colour for the as-of cell; invalid for fresh data (the palette's colour is used).
    static QColor color(Level level);
};

} // namespace vangnet
