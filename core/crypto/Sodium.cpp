#include "crypto/Sodium.h"

#include <sodium.h>

namespace vangnet::sodium {

bool ensureInitialised()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace vangnet::sodium
