#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace vangnet {

// Someone this vault sends bundles to: a colleague in the team or an external organisation
// (CoMensha, a shelter, the police). Comes from a contact card (ContactCard); trusted only after
// the fingerprint was compared by phone (verified).
struct Contact
{
    QString id; // UUID, assigned by ContactRepository::add
    QString name;
    QString organisation;
    QString kind = QStringLiteral("external"); // team | external
    QByteArray encPublicKey; // X25519
    QByteArray signPublicKey; // Ed25519
    QString fingerprint; // PublicIdentity::fingerprint(), for reading aloud
    bool verified = false;
    QDateTime addedAt; // UTC
};

} // namespace vangnet
