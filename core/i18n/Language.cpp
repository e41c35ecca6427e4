#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vangnet {

QString Language::settingsKey()
{
    return QStringLiteral("language");
}

QStringList Language::available()
{
    return { QStringLiteral("en"), QStringLiteral("nl") };
}

QString Language::install(QCoreApplication &app, const QString &code)
{
    QString language = code;
    if (language.isEmpty()) {
        const QString env = qEnvironmentVariable("VANGNET_LANG");
        language = env.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : env;
    }
    if (!available().contains(language))
        language = QStringLiteral("en");
    QLocale::setDefault(QLocale(language == QLatin1String("nl") ? QStringLiteral("nl_NL") : QStringLiteral("en_GB")));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/vangnet_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own strings (standard buttons, dialogs) in the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace vangnet
