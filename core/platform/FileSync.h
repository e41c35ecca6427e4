#pragma once

#include <QString>

namespace vangnet {

// After a rename, fsync the directory so the new name survives a power cut (POSIX; elsewhere a
// no-op that succeeds, since MoveFileEx with MOVEFILE_WRITE_THROUGH is already durable).
// Returns false (errno set) when the folder cannot be opened or flushed.
bool syncDirectory(const QString &path);

} // namespace vangnet
