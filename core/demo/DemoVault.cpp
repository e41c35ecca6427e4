#include "demo/DemoVault.h"

#include "crypto/KdfParameters.h"
#include "vault/Vault.h"

#include <QStandardPaths>

namespace vangnet {

QString DemoVault::folder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.vangnet");
    return base + QStringLiteral("/demo-vault");
}

QString DemoVault::passphrase()
{
    return QStringLiteral("demo vault fictional cases only");
}

Status DemoVault::ensureExists()
{
    if (Vault::exists(folder()))
        return {};
    auto created = Vault::create(folder(), passphrase(), KdfParameters::defaults());
    if (!created)
        return created.error();
    // Fictional demo cases are seeded here, through created->vault, once the case store exists.
    return {};
}

} // namespace vangnet
