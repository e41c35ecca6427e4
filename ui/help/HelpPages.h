#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace vangnet {

// The user guide inside the program: one HTML page per section and per safety procedure, in Dutch and
// English, compiled in as Qt resources (resources/help/<language>/<page>.html). Derived from
// docs/USER-GUIDE.md; keep the two consistent.
class HelpPages
{
public:
    // Page names in the order of the contents list: safety first.
    static QStringList pages();
    // "nl" when the interface speaks Dutch (QLocale's default, set by Language::install), "en" otherwise.
    static QString language();
    static QUrl url(const QString &page, const QString &language = HelpPages::language());
    // The page's HTML, empty when there is no such page.
    static QString html(const QString &page, const QString &language = HelpPages::language());
    // The page's <title>.
    static QString title(const QString &page, const QString &language = HelpPages::language());
    // The page name of a help URL ("qrc:/vangnet/help/nl/cases.html" → "cases").
    static QString pageOf(const QUrl &url);
};

} // namespace vangnet
