// Shelter lists are imported from the regional registry's JSON (`vangnet-cli shelter import`).
#include "FuzzIdentity.h"

#include "shelters/ShelterJson.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace vangnet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (doc.isArray()) {
        (void)ShelterJson::fromJsonArray(doc.array());
    } else if (doc.isObject()) {
        const auto parsed = ShelterJson::fromJson(doc.object());
        // A parsed shelter's JSON form (hidden fields included) parses again.
        if (parsed && !ShelterJson::fromJson(ShelterJson::toJson(parsed->shelter, true)))
            std::abort();
    }
    return 0;
}
