#include "i18n/IsoNames.h"

#include "i18n/IsoNameTable.h"

#include <QLocale>

#include <algorithm>
#include <cstring>

namespace vangnet {
namespace {

QString lookup(const isonames::IsoName *table, int count, const QString &code, const QString &lang)
{
    const QByteArray key = code.toLatin1();
    const isonames::IsoName *end = table + count;
    const auto *found = std::lower_bound(table, end, key,
        [](const isonames::IsoName &entry, const QByteArray &k) { return std::strcmp(entry.code, k.constData()) < 0; });
    if (found == end || key != found->code)
        return {};
    return QString::fromUtf8(lang == QLatin1String("nl") ? found->dutch : found->english);
}

QStringList codes(const isonames::IsoName *table, int count)
{
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QString::fromLatin1(table[i].code));
    return out;
}

QString codeOf(const isonames::IsoName *table, int count, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    for (int i = 0; i < count; ++i) {
        const QString code = QString::fromLatin1(table[i].code);
        if (wanted.compare(code, Qt::CaseInsensitive) == 0
            || wanted.compare(QString::fromUtf8(table[i].dutch), Qt::CaseInsensitive) == 0
            || wanted.compare(QString::fromUtf8(table[i].english), Qt::CaseInsensitive) == 0)
            return code;
    }
    return {};
}

} // namespace

QStringList IsoNames::countryCodes()
{
    return codes(isonames::kCountries, isonames::kCountriesCount);
}

QStringList IsoNames::languageCodes()
{
    return codes(isonames::kLanguages, isonames::kLanguagesCount);
}

QString IsoNames::countryCode(const QString &name)
{
    return codeOf(isonames::kCountries, isonames::kCountriesCount, name);
}

QString IsoNames::languageCode(const QString &name)
{
    return codeOf(isonames::kLanguages, isonames::kLanguagesCount, name);
}

QString IsoNames::uiLanguage()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString IsoNames::country(const QString &code)
{
    return country(code, uiLanguage());
}

QString IsoNames::language(const QString &code)
{
    return language(code, uiLanguage());
}

QString IsoNames::country(const QString &code, const QString &lang)
{
    return lookup(isonames::kCountries, isonames::kCountriesCount, code.toUpper(), lang);
}

QString IsoNames::language(const QString &code, const QString &lang)
{
    return lookup(isonames::kLanguages, isonames::kLanguagesCount, code.toLower(), lang);
}

} // namespace vangnet
