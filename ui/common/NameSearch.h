#pragma once

#include "domain/Codes.h"

#include <QJsonArray>
#include <QString>

class QComboBox;
class QLineEdit;

namespace vangnet {

// Countries and languages are stored as ISO codes and chosen by name: typing any part of the Dutch or
// the English name ("turk", "Turkije", "Turkey") finds the entry.
class NameSearch
{
public:
    // The combo's items carry codes (Qt::UserRole); it becomes editable, sorted by name and searchable.
    static void makeSearchable(QComboBox *combo, CodeKind kind);
    // A line edit holding comma-separated language names gets a completer for the name being typed.
    static void attachLanguageList(QLineEdit *edit);
    // "Dutch, Romanian" for ["nl", "ro"], in the UI language.
    static QString languagesText(const QJsonArray &codes);
    // The codes of comma-separated names (Dutch or English) or codes; a part that names no language is
    // kept as typed, so that the check of the case names the field.
    static QJsonArray languageCodes(const QString &text);
};

} // namespace vangnet
