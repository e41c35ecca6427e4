#pragma once

#include <QJsonArray>
#include <QString>

namespace vangnet::bench {

// One benchmark pass over one storage variant ("encrypted" or "plain") in a fresh folder.
// Returns [{"name", "unit", "value"}] in a stable order; runs in its own process so that peak
// memory belongs to the variant alone.
QJsonArray runVariant(const QString &variant, int cases, const QString &folder, int queries);

} // namespace vangnet::bench
