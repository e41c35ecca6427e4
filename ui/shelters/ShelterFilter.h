#pragma once

#include <QString>

namespace vangnet {

// What the shelter registry shows: empty strings and -1 mean "any".
struct ShelterFilter
{
    QString type;
    QString region;
    int minimumLevel = -1;
    QString text; // matched against name, region, type label and notes

    bool operator==(const ShelterFilter &) const = default;
};

} // namespace vangnet
