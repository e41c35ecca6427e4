#pragma once

#include <QJsonArray>
#include <QString>

namespace vangnet::bench {

// The exchange folder (core/exchange/ExchangeSync.h) at scale, with two encrypted vaults in `dir`:
// a field vault sends `bundles` team handovers of `casesPerBundle` synthetic cases each into the
// coordinator's mailbox (BundleExporter::sendToMailbox), then the coordinator's `exchange sync`
// verifies and imports them all and writes the receipts (ExchangeSync::run, as the CLI calls it).
// Then a scan of a mailbox that holds `seenFiles` files already looked at: the pass that runs every
// minute in the desktop and finds nothing new. Rows {"name", "unit", "value"}; a failure ends the
// process.
QJsonArray runExchangeFolder(const QString &dir, int bundles, int casesPerBundle, int seenFiles);

} // namespace vangnet::bench
