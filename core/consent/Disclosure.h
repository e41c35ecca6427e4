#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vangnet {

// One row of the disclosure register: data of a case left the vault for a recipient.
struct Disclosure
{
    qint64 id = 0;
    QString caseId; // the case's UUID
    QDateTime at; // UTC; invalid on record: now
    QString recipientId; // contacts.id
    QString purpose;
    QStringList scopes; // the scopes actually released
    QString bundleId; // the exported bundle's id
    QString consentId; // the consent the export relied on
};

// A recipient who already received data of a case: whom to inform after a withdrawal.
struct DisclosureRecipient
{
    QString contactId;
    QString name; // the contact's name (empty if the contact was removed)
    QDateTime disclosedAt; // UTC
    QString bundleId;
    QString purpose;
    QString consentId;
};

} // namespace vangnet
