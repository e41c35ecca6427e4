#include "vault/VaultPaths.h"

#include <QStandardPaths>

namespace vangnet {

QString VaultPaths::defaultFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.vangnet");
    return base + QStringLiteral("/vault");
}

} // namespace vangnet
