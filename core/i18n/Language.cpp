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

    // An installed package's catalogue first (bin/../share/vangnet/translations), then the copy
    // compiled into the binary (a build tree, tests).
    const QString file = QStringLiteral("vangnet_") + language + QStringLiteral(".qm");
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/vangnet/translations/");
    auto *own = new QTranslator(&app);
    if (own->load(installed + file) || own->load(QStringLiteral(":/i18n/") + file))
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
