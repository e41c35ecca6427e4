#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace vangnet {

// The one way dates are written on the screens and in the human CLI output: the form of the UI
// language (31-03-2026 in Dutch, 31/03/2026 in English), and a deadline's distance from today in words.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    // The QDate/QDateEdit display format of the UI language.
    static QString format();
    // Empty for an invalid date.
    static QString date(const QDate &date);
    // Local time, date and hours:minutes.
    static QString dateTime(const QDateTime &at);
    // "today", "3 days left", "3 days overdue".
    static QString relative(const QDate &due, const QDate &today);
    // "31-03-2026 (3 days left)"; empty for an invalid date.
    static QString withRelative(const QDate &due, const QDate &today);
    // The date of an ISO text ("2026-03-31") in the UI form; text that is no ISO date is returned as it is.
    static QString fromIso(const QString &iso);
};

} // namespace vangnet
