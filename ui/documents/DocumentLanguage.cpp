#include "DocumentLanguage.h"

#include "FormTemplates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace vangnet {
namespace {

// English is the source language: every text not in the (plurals-only) English catalogue is the
// source text itself, so that a Dutch catalogue installed earlier never answers.
class SourceTextTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString fromCatalogue = QTranslator::translate(context, sourceText, disambiguation, n);
        return fromCatalogue.isEmpty() ? QString::fromUtf8(sourceText) : fromCatalogue;
    }
};

} // namespace

DocumentLanguage::DocumentLanguage(const QString &code)
{
    if (code.isEmpty() || code == current())
        return;
    m_previousLocale = QLocale();
    QLocale::setDefault(code == QLatin1String("nl") ? QLocale(QStringLiteral("nl_NL"))
            : code == QLatin1String("en")           ? QLocale(QStringLiteral("en_GB"))
                                                    : QLocale(code));
    const QString file = QStringLiteral("vangnet_") + code + QStringLiteral(".qm");
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/vangnet/translations/");
    std::unique_ptr<QTranslator> translator;
    if (code == QLatin1String("en"))
        translator = std::make_unique<SourceTextTranslator>();
    else
        translator = std::make_unique<QTranslator>();
    const bool loaded = translator->load(installed + file) || translator->load(QStringLiteral(":/i18n/") + file);
    if (!loaded && code != QLatin1String("en"))
        return; // no catalogue: the texts stay in the screen's language; the form template is still the chosen one
    if (QCoreApplication::installTranslator(translator.get()))
        m_translator = std::move(translator);
}

DocumentLanguage::~DocumentLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_previousLocale)
        QLocale::setDefault(*m_previousLocale);
}

QString DocumentLanguage::current()
{
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QStringList DocumentLanguage::available()
{
    QStringList codes = { QStringLiteral("nl"), QStringLiteral("en") };
    for (const QString &code : FormTemplates::addedLanguages())
        if (!codes.contains(code))
            codes.append(code);
    return codes;
}

QString DocumentLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace vangnet
