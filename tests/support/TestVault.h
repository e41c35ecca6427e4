#pragma once

#include "crypto/KdfParameters.h"
#include "vault/Vault.h"

#include <QTemporaryDir>

#include <memory>

namespace vangnet::test {

// Fast Argon2id parameters, passed explicitly. Production defaults are never weakened; a test
// asserts them (TestKeyDerivation::defaultsAreModerate).
KdfParameters fastKdf();

inline const QString &testPassphrase()
{
    static const QString p = QStringLiteral("lantern orchard velvet 42");
    return p;
}

// A vault in a temporary folder that disappears with the object.
class TestVault
{
public:
    TestVault();
    QString folder() const { return m_dir.path() + QStringLiteral("/vault"); }
    QString recoveryKey() const { return m_recoveryKey; }
    Vault &vault() { return *m_vault; }
    std::unique_ptr<Vault> &handle() { return m_vault; }
    // Locks and reopens with the test passphrase.
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_recoveryKey;
};

} // namespace vangnet::test
