// Incidents against staff are recorded through `vangnet-cli incident add` from JSON files.
#include "FuzzIdentity.h"

#include "safety/IncidentJson.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace vangnet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QDate today(2026, 6, 1);
    const auto parsed = IncidentJson::fromJson(doc.object(), today);
    if (parsed && !IncidentJson::validate(parsed.value(), today))
        std::abort();
    return 0;
}
