#include "platform/HeapWipe.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define VANGNET_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define VANGNET_SANITIZED 1
#endif

#if defined(__GLIBC__) && !defined(VANGNET_SANITIZED)

#include <malloc.h>

// glibc's own entry points, exported for exactly this use (allocation wrappers).
extern "C" {
void __libc_free(void *pointer);
void *__libc_malloc(std::size_t size);
void *__libc_realloc(void *pointer, std::size_t size);
}

namespace {

// Read once, before main() and before any thread exists; never changed afterwards.
bool g_wipe = true;

__attribute__((constructor)) void readSwitch()
{
    const char *off = std::getenv("VANGNET_NO_MEMORY_WIPE");
    g_wipe = !(off && off[0] == '1');
}

void wipe(void *pointer, std::size_t size)
{
    explicit_bzero(pointer, size);
}

} // namespace

extern "C" void free(void *pointer) noexcept
{
    if (pointer && g_wipe)
        wipe(pointer, malloc_usable_size(pointer));
    __libc_free(pointer);
}

extern "C" void *realloc(void *pointer, std::size_t size) noexcept
{
    if (!pointer || !g_wipe)
        return __libc_realloc(pointer, size);
    if (size == 0) {
        free(pointer);
        return nullptr;
    }
    const std::size_t old = malloc_usable_size(pointer);
    if (size <= old) {
        // Shrinking stays in place; glibc may give the tail back to the heap, so wipe it first.
        wipe(static_cast<char *>(pointer) + size, old - size);
        return __libc_realloc(pointer, size);
    }
    // Growing: glibc would copy and free the old block without wiping it (or extend it in place).
    // Always move, so the old block goes through free() above.
    void *moved = __libc_malloc(size);
    if (!moved)
        return nullptr; // the old block stays valid, as realloc() promises
    std::memcpy(moved, pointer, old);
    free(pointer);
    return moved;
}

bool vangnet::HeapWipe::active()
{
    return g_wipe;
}

#else

bool vangnet::HeapWipe::active()
{
    return false;
}

#endif
