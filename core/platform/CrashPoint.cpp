#include "platform/CrashPoint.h"

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
    if (target && std::strcmp(target, name) == 0)
        VANGNET_EXIT_NOW(86);
}

} // namespace vangnet
