#pragma once

#include "consent/Consent.h"
#include "consent/Disclosure.h"

#include <QVector>

namespace vangnet {

// The outcome of withdrawing a consent: the consent as it now stands and the recipients that
// already received data under it. Withdrawal cannot undo a lawful earlier export, so the
// coordinator informs them.
struct ConsentWithdrawal
{
    Consent consent;
    QVector<DisclosureRecipient> informRecipients;
};

} // namespace vangnet
