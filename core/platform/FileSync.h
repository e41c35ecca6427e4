#pragma once

#include <QString>

namespace vangnet {

// After a rename, fsync the directory so the new name survives a power cut (POSIX; no-op elsewhere,
// where MoveFileEx/ReplaceFile are already durable).
void syncDirectory(const QString &path);

} // namespace vangnet
