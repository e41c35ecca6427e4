#pragma once

#include "consent/ExportDecision.h"

namespace vangnet {

// One line of "what may be shared now and why" for a case: a recipient and purpose for which
// consent was recorded, and where it stands today.
struct RecipientOverview
{
    QString contactId;
    QString contactName;
    bool contactVerified = false;
    QString purpose;
    QString purposeText;
    ExportDecision decision;
};

} // namespace vangnet
