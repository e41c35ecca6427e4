#include "ConsentFormDocument.h"

#include "DocumentHtml.h"
#include "FormTemplates.h"
#include "i18n/DateText.h"

#include <QTextDocument>

namespace vangnet {

QString ConsentFormDocument::neutralTitle()
{
    return tr("Vangnet consent form");
}

Result<QString> ConsentFormDocument::html(const ConsentFormContent &form, const QString &language)
{
    auto text = FormTemplates::load(QStringLiteral("consent"), language);
    if (!text)
        return text.error();

    QString scopes = QStringLiteral("<ul>");
    for (const LabelledValue &scope : form.scopes)
        scopes += QStringLiteral("<li><b>") + scope.label.toHtmlEscaped() + QStringLiteral("</b>: ") + scope.value.toHtmlEscaped()
            + QStringLiteral("</li>");
    scopes += QStringLiteral("</ul>");
    const QString interpreter = form.interpreterUsed ? tr("An interpreter translated it for me.") : QString();

    const QHash<QString, QString> values = {
        { QStringLiteral("caseNumber"), form.caseNumber },
        { QStringLiteral("personName"), form.personName.isEmpty() ? QStringLiteral("______________________") : form.personName },
        { QStringLiteral("recipientName"), form.recipientName },
        { QStringLiteral("recipientOrganisation"), form.recipientOrganisation },
        { QStringLiteral("purpose"), form.purposeLabel },
        { QStringLiteral("purposeText"), form.purposeText },
        { QStringLiteral("purposeDescription"), form.purposeDescription },
        { QStringLiteral("validFrom"), DateText::date(form.validFrom) },
        { QStringLiteral("lastDay"), DateText::date(form.expires.addDays(-1)) },
        { QStringLiteral("coordinator"), form.coordinator.isEmpty() ? tr("your care coordinator") : form.coordinator },
        { QStringLiteral("informedLanguage"), form.informedLanguage },
        { QStringLiteral("signer"), form.signerLabel },
        { QStringLiteral("today"), DateText::date(QDate::currentDate()) },
    };
    const QHash<QString, QString> html = {
        { QStringLiteral("scopes"), scopes },
        { QStringLiteral("interpreterLine"), interpreter.toHtmlEscaped() },
    };
    return FormTemplates::fill(text.value(), values, html);
}

Result<std::unique_ptr<QTextDocument>> ConsentFormDocument::build(const ConsentFormContent &form, const QString &language)
{
    auto text = html(form, language);
    if (!text)
        return text.error();
    return DocumentHtml::toDocument(text.value());
}

} // namespace vangnet
