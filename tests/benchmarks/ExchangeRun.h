#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QString>

#include <functional>

namespace vangnet::bench {

// Opens (or creates) a migrated database of the variant under test.
using OpenVariant = std::function<Result<Database>(const QString &path, Database::Mode mode)>;

// Export of min(cases, 10,000) consented cases from `sender` to a bundle file, then inspect and
// import of that bundle by a second vault of the same variant, through the core use cases the CLI
// and the desktop call: identities, contact cards exchanged and verified both ways, one consent
// per case, ExportPlanner::plan → BundleExporter::prepare → write, BundleImporter::inspect and
// importBundle. `prefix` names the files (receiving vault, bundle). Returns rows {"name", "unit",
// "value"} in a stable order; a failure ends the process.
QJsonArray runExchange(Database &sender, const OpenVariant &open, const QString &prefix, int cases);

} // namespace vangnet::bench
