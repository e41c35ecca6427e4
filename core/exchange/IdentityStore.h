#pragma once

#include "common/Result.h"
#include "crypto/IdentityKeys.h"

#include <QCoreApplication>

namespace vangnet {

class Database;

struct OwnIdentity
{
    QString name;
    QString organisation;
    PublicIdentity publicIdentity;
};

// The vault's own identity: created on first use, kept inside the encrypted vault.
class IdentityStore
{
    Q_DECLARE_TR_FUNCTIONS(IdentityStore)

public:
    explicit IdentityStore(Database &db)
        : m_db(db)
    { }

    // The public part (creating the key pairs the first time).
    Result<OwnIdentity> ownIdentity();
    // The key pairs with their secret halves, for sealing, opening and signing.
    Result<IdentityKeys> keys();
    Status setName(const QString &name, const QString &organisation);

private:
    Status ensureExists();
    Database &m_db;
};

} // namespace vangnet
