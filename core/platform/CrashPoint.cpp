#include "platform/CrashPoint.h"

#include <atomic>
#include <cstdlib>
#include <cstring>

#ifdef _WIN32
#include <cstdlib>
#define VANGNET_EXIT_NOW(code) std::_Exit(code)
#else
#include <unistd.h>
#define VANGNET_EXIT_NOW(code) _exit(code)
#endif

namespace vangnet {

void crashPoint(const char *name)
{
    const char *target = std::getenv("VANGNET_CRASH_AT");
    if (!target || std::strcmp(target, name) != 0)
        return;
    static std::atomic<long> hits { 0 };
    const char *wanted = std::getenv("VANGNET_CRASH_HIT");
    const long n = wanted ? std::atol(wanted) : 1;
    if (++hits >= n)
        VANGNET_EXIT_NOW(86);
}

} // namespace vangnet
