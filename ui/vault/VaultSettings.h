#pragma once

#include "crypto/KdfParameters.h"

namespace vangnet {

class Clock;

// What the vault pages need from outside. Production keeps the defaults; tests pass fast
// Argon2id parameters (tests/support) so that a GUI test does not spend seconds per key derivation.
struct VaultSettings
{
    KdfParameters (*newKdf)() = &KdfParameters::defaults; // called for every new wrap: fresh salt
    // The time the backup schedule and the "last backup" line go by; null: the system clock.
    const Clock *clock = nullptr;
};

} // namespace vangnet
