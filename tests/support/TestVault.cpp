#include "TestVault.h"

#include <QTest>

namespace vangnet::test {

KdfParameters fastKdf()
{
    return KdfParameters::withSalt(1, 8 * 1024 * 1024);
}

TestVault::TestVault()
{
    auto created = Vault::create(folder(), testPassphrase(), fastKdf());
    if (!created) {
        qWarning("TestVault: %s (%s)", qPrintable(created.error().message()), qPrintable(created.error().detail()));
        return;
    }
    m_vault = std::move(created->vault);
    m_recoveryKey = created->recoveryKey;
}

bool TestVault::reopen()
{
    m_vault.reset();
    auto opened = Vault::open(folder(), testPassphrase());
    if (!opened)
        return false;
    m_vault = std::move(opened.value());
    return true;
}

} // namespace vangnet::test
