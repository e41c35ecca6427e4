#include "help/HelpPages.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace vangnet {

QStringList HelpPages::pages()
{
    return { QStringLiteral("danger"), QStringLiteral("hide-lock"), QStringLiteral("start"), QStringLiteral("overview"),
        QStringLiteral("cases"), QStringLiteral("shelters"), QStringLiteral("sharing"), QStringLiteral("safety"),
        QStringLiteral("vault"), QStringLiteral("shortcuts") };
}

QString HelpPages::language()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QUrl HelpPages::url(const QString &page, const QString &language)
{
    return QUrl(QStringLiteral("qrc:/vangnet/help/") + language + QLatin1Char('/') + page + QStringLiteral(".html"));
}

QString HelpPages::html(const QString &page, const QString &language)
{
    QFile file(QStringLiteral(":/vangnet/help/") + language + QLatin1Char('/') + page + QStringLiteral(".html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString HelpPages::title(const QString &page, const QString &language)
{
    static const QRegularExpression titleTag(QStringLiteral("<title>(.*)</title>"));
    const QRegularExpressionMatch match = titleTag.match(html(page, language));
    return match.hasMatch() ? match.captured(1) : page;
}

QString HelpPages::pageOf(const QUrl &url)
{
    return QFileInfo(url.path()).completeBaseName();
}

} // namespace vangnet
