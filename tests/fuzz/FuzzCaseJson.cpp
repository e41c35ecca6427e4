// Case JSON arrives through `vangnet-cli case add/update` and team bundles: every strict check of
// CaseJson must hold on any input.
#include "FuzzIdentity.h"

#include "cases/CaseJson.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace vangnet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject input = doc.object();
    (void)CaseJson::fromStoredJson(input);
    const auto parsed = CaseJson::fromJson(input);
    if (parsed) {
        // What fromJson accepted, validate accepts, and its JSON form parses again.
        if (!CaseJson::validate(parsed.value()))
            std::abort();
        (void)CaseJson::toJson(parsed.value(), QDate(2026, 6, 1));
        if (!CaseJson::fromJson(CaseJson::toEditableJson(parsed.value())))
            std::abort();
        (void)CaseJson::applyPatch(parsed.value(), input);
    }
    return 0;
}
