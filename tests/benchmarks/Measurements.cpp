#include "Measurements.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace vangnet::bench {

double peakMemoryMiB()
{
#if defined(__unix__) || defined(__APPLE__)
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
#if defined(__APPLE__)
    return double(usage.ru_maxrss) / (1024.0 * 1024.0);
#else
    return double(usage.ru_maxrss) / 1024.0;
#endif
#else
    return 0;
#endif
}

} // namespace vangnet::bench
