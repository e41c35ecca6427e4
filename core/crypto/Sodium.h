#pragma once

namespace vangnet::sodium {

// Initialise libsodium once (thread-safe; idempotent). Returns false if it cannot start, in which
// case nothing cryptographic may be attempted.
bool ensureInitialised();

} // namespace vangnet::sodium
