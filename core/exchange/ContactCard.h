#pragma once

#include "common/Result.h"
#include "crypto/IdentityKeys.h"
#include "exchange/Contact.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet {

// A contact card: a small text file with a name, an organisation and the two public keys, signed
// by its own signing key so that an edited card is detected. Trust comes from comparing the
// fingerprint over the phone, not from the file (docs/BUNDLE-FORMAT.md, "Contact cards").
struct ContactCard
{
    Q_DECLARE_TR_FUNCTIONS(ContactCard)

public:
    QString name;
    QString organisation;
    PublicIdentity identity;

    // The text form, self-signed with the identity's signing secret.
    static QString write(const QString &name, const QString &organisation, const IdentityKeys &keys);
    // Integrity error when the signature does not match; InvalidInput when it is not a card.
    static Result<ContactCard> parse(const QString &text);
    // Reads and parses a card file (at most 64 KiB are read). InvalidInput when it cannot be read.
    static Result<ContactCard> readFile(const QString &path);

    // A new, unverified contact of this kind with the card's keys; `name` replaces the card's
    // own name when it is not empty.
    Contact toContact(const QString &kind, const QString &name = QString()) const;
};

} // namespace vangnet
