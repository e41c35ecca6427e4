#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace vangnet {

// The translatable form texts (resources/forms/LL/NAME.html): HTML with {{placeholders}}. An
// organisation adds a language, or rewords a form, by placing LL/NAME.html in the forms folder: the
// folder named by VANGNET_FORMS_DIR, else share/vangnet/forms beside the program. That folder is
// read first; Dutch and English are compiled in (docs/CONSENT.md, "Consent on paper").
class FormTemplates
{
    Q_DECLARE_TR_FUNCTIONS(FormTemplates)

public:
    static QString folder();
    // Languages with a consent form in the folder (two-letter codes).
    static QStringList addedLanguages();
    // The template's text. NotFound naming the form and language when neither place has it.
    static Result<QString> load(const QString &name, const QString &language);
    // Replaces every {{key}}: the values of `text` HTML-escaped, those of `html` as they are; an
    // unknown placeholder becomes empty (a template from an organisation must not print "{{").
    static QString fill(QString form, const QHash<QString, QString> &text, const QHash<QString, QString> &html = {});
};

} // namespace vangnet
