#pragma once

#include <QCoreApplication>
#include <QDate>

class QLineEdit;

namespace vangnet {

// A date typed in a line edit (in the UI form, 31-03-2026, or as 2026-03-31) gets a calendar button:
// the calendar opens on the typed date and writes the chosen one in the UI form (i18n/DateText).
class DateField
{
    Q_DECLARE_TR_FUNCTIONS(DateField)

public:
    static void addCalendar(QLineEdit *edit);
    // The date the text names (UI form, day-month-year with - / or ., or ISO); invalid otherwise.
    static QDate parse(const QString &text);
};

} // namespace vangnet
