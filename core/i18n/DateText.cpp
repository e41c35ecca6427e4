#include "i18n/DateText.h"

#include <QLocale>

namespace vangnet {

QString DateText::format()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy");
}

QString DateText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, format()) : QString();
}

QString DateText::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local, format() + QStringLiteral(" HH:mm"));
}

QString DateText::relative(const QDate &due, const QDate &today)
{
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return tr("today");
    if (days > 0)
        return tr("%n day(s) left", nullptr, int(days));
    return tr("%n day(s) overdue", nullptr, int(-days));
}

QString DateText::withRelative(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return {};
    return tr("%1 (%2)").arg(date(due), relative(due, today));
}

QString DateText::fromIso(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (d.isValid() && iso.size() == 10)
        return date(d);
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? dateTime(at) : iso;
}

} // namespace vangnet
