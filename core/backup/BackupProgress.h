#pragma once

#include <functional>

namespace vangnet {

// Told how far a long backup operation is, in thousandths; answering false cancels it (the
// operation then fails with ErrorCode::Cancelled and leaves nothing behind).
using BackupProgress = std::function<bool(int permille)>;

} // namespace vangnet
