#pragma once

namespace vangnet {

// Named points in multi-step writes (key file replacement, bundle writing). When the environment
// variable VANGNET_CRASH_AT names the point, the process ends there at once with _exit(86), exactly
// like a power cut or kill -9: no destructors, no flushing. Tests use it to prove that an
// interrupted write loses nothing. Harmless in production: it only ever ends the process.
void crashPoint(const char *name);

} // namespace vangnet
