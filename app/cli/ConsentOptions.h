#pragma once

#include "Args.h"
#include "common/Result.h"
#include "consent/Consent.h"

#include <QDate>
#include <QString>

#include <optional>

namespace vangnet::cli {

// The options that describe a consent, shared by `consent add` (which records it) and `consent form`
// (which prints it to be signed): CASE_ID --recipient CONTACT --purpose P --purpose-text TEXT
// --scopes A,B --signer S --language LL --interpreter --valid-from DATE --expires DATE.
struct ConsentOptions
{
    std::optional<QString> caseKey;
    std::optional<QString> recipient;
    QString purpose;
    QString purposeText;
    QString scopes;
    std::optional<QString> signer;
    std::optional<QString> language;
    bool interpreter = false;
    QDate validFrom;
    QDate expires;

    // Takes these options from args and leaves the others; InvalidInput for a date that is not
    // YYYY-MM-DD.
    static Result<ConsentOptions> take(Args &args);
    // The consent they describe, given to the contact --recipient named. Unknown scopes are kept, so
    // that the validation names them.
    Consent toConsent(const QString &recipientId) const;
};

// An optional date option (YYYY-MM-DD): an invalid QDate when it is absent.
Result<QDate> dateOption(Args &args, const QString &name);

} // namespace vangnet::cli
