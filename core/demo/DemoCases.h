#pragma once

#include "common/Result.h"

namespace vangnet {

class Vault;

// Adds a handful of clearly fictional cases (all phases, forms, deadlines, notes) to a vault, for the
// demo vault and screenshots. Dates are relative to today so deadlines always show.
Status seedDemoCases(Vault &vault);

} // namespace vangnet
