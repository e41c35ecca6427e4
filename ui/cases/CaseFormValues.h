#pragma once

// The case editor's form values: text, dates and lists as the form shows them and as CaseJson reads
// them, and the cells of its tables. Shared by the editor's files (CaseEditor*.cpp), nothing else.

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QTableWidget>

namespace vangnet::caseform {

inline constexpr const char *kKeyProperty = "caseField";

inline QJsonValue textValue(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t);
}

// Accepts ISO dates and the Dutch day-month-year form (31-12-2025); anything else is passed on
// unchanged so that CaseJson names the field in its message.
inline QJsonValue dateValue(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QJsonValue(QJsonValue::Null);
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})$"));
    if (const auto m = dutch.match(t); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return t;
}

inline QJsonArray listValue(const QString &text)
{
    QJsonArray out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

inline QString listText(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &v : value.toArray())
        parts.append(v.isDouble() ? QString::number(v.toInt()) : v.toString());
    return parts.join(QStringLiteral(", "));
}

inline QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

inline QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

inline bool cellChecked(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

} // namespace vangnet::caseform
