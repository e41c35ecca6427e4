#include "demo/DemoVault.h"

#include "crypto/KdfParameters.h"
#include "demo/DemoCases.h"
#include "demo/DemoSafety.h"
#include "demo/DemoShelters.h"
#include "exchange/IdentityStore.h"
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
    if (auto cases = seedDemoCases(*created->vault); !cases)
        return cases;
    if (auto shelters = seedDemoShelters(created->vault->database()); !shelters)
        return shelters;
    if (auto safety = seedDemoSafety(created->vault->database()); !safety)
        return safety;
    if (auto named = IdentityStore(created->vault->database())
                         .setName(QStringLiteral("Demo coordinator (fictional)"), QStringLiteral("Demo region (fictional)"));
        !named)
        return named;
    return {};
}

} // namespace vangnet
