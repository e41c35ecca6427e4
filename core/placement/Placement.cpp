#include "placement/Placement.h"

namespace vangnet {

bool Placement::takesBed(const QString &status)
{
    return status == QLatin1String("placed") || status == QLatin1String("bed_held");
}

bool Placement::isFinal(const QString &status)
{
    return status == QLatin1String("refused") || status == QLatin1String("ended") || status == QLatin1String("expired");
}

} // namespace vangnet
