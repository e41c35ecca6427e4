#pragma once

#include <QByteArray>
#include <QStringList>

namespace vangnet::test {

// Every file below a folder (recursively) that contains the marker, in UTF-8 or UTF-16.
QStringList filesContaining(const QString &folder, const QByteArray &marker);

} // namespace vangnet::test
