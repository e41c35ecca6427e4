#pragma once

#include "common/Result.h"
#include "privacy/ConsentFormContent.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace vangnet {

// The printable consent form: the template resources/forms/LL/consent.html (FormTemplates) filled
// with who receives what, why and for how long. Collect the content and build the form inside one
// DocumentLanguage for the same language, so the scope names match the template's language.
class ConsentFormDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConsentFormDocument)

public:
    static Result<QString> html(const ConsentFormContent &form, const QString &language);
    static Result<std::unique_ptr<QTextDocument>> build(const ConsentFormContent &form, const QString &language);
    static QString neutralTitle();
};

} // namespace vangnet
