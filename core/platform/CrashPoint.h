#pragma once

namespace vangnet {

// Named points in multi-step writes (key file replacement, bundle writing). When the environment
// variable VANGNET_CRASH_AT names the point, the process ends there at once with _exit(86), exactly
// like a power cut or kill -9: no destructors, no flushing. Tests use it to prove that an
// interrupted write loses nothing. Harmless in production: it only ever ends the process.
// VANGNET_CRASH_HIT=N ends it at the Nth time the point is reached instead of the first (a point
// such as transaction-before-commit is passed by every write of a command).
void crashPoint(const char *name);

} // namespace vangnet
