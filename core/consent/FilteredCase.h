#pragma once

#include <QJsonObject>
#include <QStringList>

namespace vangnet {

// The part of a case that may leave, and notes for the coordinator about what was held back within
// a released field. The notes are for the screen only, never for the bundle: a note such as "one
// exploitation form was withheld" would itself disclose it.
struct FilteredCase
{
    QJsonObject data;
    QStringList notes; // translated
};

} // namespace vangnet
