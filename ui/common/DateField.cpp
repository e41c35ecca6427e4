#include "common/DateField.h"

#include "i18n/DateText.h"

#include <QAction>
#include <QCalendarWidget>
#include <QIcon>
#include <QLineEdit>
#include <QRegularExpression>

namespace vangnet {

QDate DateField::parse(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})$"));
    if (const auto m = dayFirst.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return QDate::fromString(t, Qt::ISODate);
}

void DateField::addCalendar(QLineEdit *edit)
{
    auto *action = edit->addAction(QIcon(QStringLiteral(":/vangnet/icons/calendar.svg")), QLineEdit::TrailingPosition);
    action->setObjectName(edit->objectName() + QStringLiteral("Calendar"));
    action->setText(tr("Choose a date from the calendar"));
    action->setToolTip(action->text());
    QObject::connect(action, &QAction::triggered, edit, [edit] {
        auto *calendar = new QCalendarWidget(edit);
        calendar->setObjectName(QStringLiteral("calendarPopup"));
        calendar->setAccessibleName(tr("Calendar"));
        calendar->setWindowFlags(Qt::Popup);
        calendar->setAttribute(Qt::WA_DeleteOnClose);
        const QDate typed = parse(edit->text());
        calendar->setSelectedDate(typed.isValid() ? typed : QDate::currentDate());
        QObject::connect(calendar, &QCalendarWidget::clicked, edit, [edit, calendar](const QDate &date) {
            edit->setText(DateText::date(date));
            edit->setModified(true);
            emit edit->editingFinished();
            calendar->close();
        });
        calendar->move(edit->mapToGlobal(QPoint(0, edit->height())));
        calendar->show();
        calendar->setFocus();
    });
}

} // namespace vangnet
