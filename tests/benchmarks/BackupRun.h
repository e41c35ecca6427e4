#pragma once

#include <QJsonArray>
#include <QString>

namespace vangnet::bench {

// Backups of a vault of `cases` synthetic cases in `dir`, side by side with `cp -a` of the vault
// folder on the same disk (warm, and followed by sync): backup create (in a child process of its
// own, so that its peak memory is its own), verify, restore, and `PRAGMA integrity_check` of the
// vault alone (the check verify and restore must make). Rows {"name", "unit", "value"}; a failure
// ends the process.
QJsonArray runBackup(const QString &dir, int cases);
// The child: opens the vault in `dir`, makes one backup into `dir`/backups and prints
// {"ms", "peakMiB", "bytes"}.
int runBackupCreateChild(const QString &dir);

} // namespace vangnet::bench
