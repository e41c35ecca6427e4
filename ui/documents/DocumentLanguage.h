#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTranslator;

namespace vangnet {

// Writes a document in a language other than the screen's (the consent form in the language the
// person reads, an access report in English on a Dutch desktop): while alive, Vangnet's texts come
// from that language's catalogue (the installed one first, then the one compiled in); English is the
// source text; country and language names and dates follow (QLocale's default). Does nothing when
// the language is the installed one. Use on the thread that owns the
// application, and only around collecting and laying out a document.
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString &code);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

    // The language of the screen now: "nl" or "en".
    static QString current();
    // The languages documents can be written in: Dutch and English, plus every language an
    // organisation added a consent form template for (share/vangnet/forms/LL/consent.html).
    static QStringList available();
    // "Nederlands", "English": the language's own name.
    static QString nativeName(const QString &code);

private:
    std::unique_ptr<QTranslator> m_translator;
    std::optional<QLocale> m_previousLocale;
};

} // namespace vangnet
