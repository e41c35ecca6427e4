#pragma once

#include <QString>
#include <QStringList>

namespace vangnet {

// ConsentPolicy::decide's answer to "may this case's data go to this recipient for this purpose
// today?". Enforced in core: the export asks this, never the screen.
struct ExportDecision
{
    bool allowed = false;
    QString consentId; // the consent relied on, or the one that stands in the way (empty: none)
    QStringList scopes; // the consent's scopes when allowed
    QStringList keys; // the case keys that may go (scopes within the recipient profile) when allowed
    QString status; // valid | not_yet_valid | expired | withdrawn | no_consent
    QString reason; // translated; why it is held back (empty when allowed)
};

} // namespace vangnet
