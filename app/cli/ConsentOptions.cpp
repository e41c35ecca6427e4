#include "ConsentOptions.h"

#include "CliContext.h"
#include "consent/ConsentScopes.h"

namespace vangnet::cli {

Result<QDate> dateOption(Args &args, const QString &name)
{
    const auto text = args.take(name);
    if (!text)
        return QDate();
    const QDate d = QDate::fromString(text->trimmed(), Qt::ISODate);
    if (!d.isValid())
        return Error(ErrorCode::InvalidInput, CliContext::tr("--%1 takes a date as YYYY-MM-DD.").arg(name));
    return d;
}

Result<ConsentOptions> ConsentOptions::take(Args &args)
{
    ConsentOptions o;
    o.caseKey = args.takePositional();
    o.recipient = args.take(QStringLiteral("recipient"));
    o.purpose = args.take(QStringLiteral("purpose")).value_or(QString());
    o.purposeText = args.take(QStringLiteral("purpose-text")).value_or(QString());
    o.scopes = args.take(QStringLiteral("scopes")).value_or(QString());
    o.signer = args.take(QStringLiteral("signer"));
    o.language = args.take(QStringLiteral("language"));
    o.interpreter = args.takeFlag(QStringLiteral("interpreter"));
    auto validFrom = dateOption(args, QStringLiteral("valid-from"));
    if (!validFrom)
        return validFrom.error();
    auto expires = dateOption(args, QStringLiteral("expires"));
    if (!expires)
        return expires.error();
    o.validFrom = validFrom.value();
    o.expires = expires.value();
    return o;
}

Consent ConsentOptions::toConsent(const QString &recipientId) const
{
    Consent c;
    c.caseId = caseKey.value_or(QString());
    c.recipientId = recipientId;
    c.purpose = purpose;
    c.purposeText = purposeText;
    QStringList unknown;
    c.scopes = ConsentScopes::parse(scopes, &unknown);
    c.scopes += unknown;
    if (signer)
        c.signer = *signer;
    if (language)
        c.language = *language;
    c.interpreterUsed = interpreter;
    c.validFrom = validFrom;
    c.expires = expires;
    return c;
}

} // namespace vangnet::cli
