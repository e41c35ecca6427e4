#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace vangnet::test {

// Every file below a folder (recursively) that contains the marker, in UTF-8 or UTF-16.
QStringList filesContaining(const QString &folder, const QByteArray &marker);

// Relative path → SHA-256 of the content for every file below a folder (recursively, hidden files
// included). Two equal snapshots mean no byte changed and no file appeared or disappeared.
QMap<QString, QByteArray> folderSnapshot(const QString &folder);

} // namespace vangnet::test
