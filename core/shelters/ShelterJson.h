#pragma once

#include "common/Result.h"
#include "shelters/Shelter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace vangnet {

// Parsed shelter plus which of the hidden fields the input carried: an import that leaves out
// "address"/"reference" keeps the stored ones (so exporting and re-importing never wipes them).
struct ShelterInput
{
    Shelter shelter;
    bool hasAddress = false;
    bool hasReference = false;
};

// The JSON form of a shelter (docs/CLI.md). Parsing is strict and names every offending
// field, never an address.
class ShelterJson
{
    Q_DECLARE_TR_FUNCTIONS(ShelterJson)

public:
    // includeHidden: add "address" and "reference" (a deliberate, audited export).
    static QJsonObject toJson(const Shelter &shelter, bool includeHidden = false);
    static Result<ShelterInput> fromJson(const QJsonObject &input);
    // All or nothing: every element is validated; the error lists problems of every element.
    static Result<QVector<ShelterInput>> fromJsonArray(const QJsonArray &input);
};

} // namespace vangnet
