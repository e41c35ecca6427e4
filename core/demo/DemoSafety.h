#pragma once

#include "common/Result.h"

namespace vangnet {

class Database;

// The demo's staff-safety data: visit rules on the case whose perpetrator searches for the victim,
// and one open incident against staff linked to it (all fictional).
Status seedDemoSafety(Database &db);

} // namespace vangnet
