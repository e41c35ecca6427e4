#pragma once

#include <QString>
#include <QStringList>

namespace vangnet {

// Country (ISO 3166-1 alpha-2) and language (ISO 639-1) names in Dutch and English, generated at build
// time from iso-codes and CLDR (cmake/generate_iso_names.py). The screens store codes and show names.
class IsoNames
{
public:
    // The name in the UI language (Dutch when the default QLocale is Dutch, English otherwise); empty
    // for a code the table does not know.
    static QString country(const QString &code);
    static QString language(const QString &code);
    // The names in one language ("nl" or "en"), for searching in both.
    static QString country(const QString &code, const QString &lang);
    static QString language(const QString &code, const QString &lang);
    // Every code of the table, sorted.
    static QStringList countryCodes();
    static QStringList languageCodes();
    // The code whose Dutch or English name is `name` (case and accents as typed, spaces trimmed), or
    // a code itself; empty when nothing matches.
    static QString countryCode(const QString &name);
    static QString languageCode(const QString &name);
    // "nl" or "en": the language of the default QLocale.
    static QString uiLanguage();
};

} // namespace vangnet
