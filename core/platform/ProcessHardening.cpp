#include "platform/ProcessHardening.h"

#include "crypto/Sodium.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace vangnet {

void hardenProcess()
{
#if defined(__unix__) || defined(__APPLE__)
    struct rlimit none = { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    sodium::ensureInitialised();
}

} // namespace vangnet
