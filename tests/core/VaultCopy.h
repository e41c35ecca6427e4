#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// What the tests of the vault (TestVault, TestVaultDamage) share: copies of two vaults made once,
// reading every row, and error codes by name for readable comparisons.
namespace vangnet::test {

// Reads every row of every table, as an export or a backup would.
Status readEverything(Database &db);

// The code's name, so that a failed comparison prints "Integrity", not a number.
const char *codeName(ErrorCode code);

class VaultCopy
{
public:
    // Vault `which` (0 or 1) of the templates, copied into a temporary folder; opened with the test
    // passphrase when `open`.
    explicit VaultCopy(int which = 0, bool open = true);
    QString folder() const { return m_dir.path() + QStringLiteral("/vault"); }
    QString recoveryKey() const { return m_recoveryKey; }
    Vault &vault() { return *m_vault; }
    std::unique_ptr<Vault> &handle() { return m_vault; }
    bool reopen();

    // Creates the two template vaults in `folder` (once per test executable, in initTestCase):
    // creating a vault runs every migration with synchronous writes, a third of a second each.
    static Status makeTemplates(const QString &folder);
    static QString templateRecoveryKey(int which);

private:
    QTemporaryDir m_dir;
    QString m_recoveryKey;
    std::unique_ptr<Vault> m_vault;
};

} // namespace vangnet::test
