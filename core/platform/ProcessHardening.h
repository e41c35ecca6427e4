#pragma once

namespace vangnet {

// Called first thing in main() of every executable: no core dumps (they would hold decrypted case
// data and keys), and on Linux the process is not dumpable, so other processes of the same user
// cannot ptrace it or read /proc/PID/mem.
void hardenProcess();

} // namespace vangnet
