#pragma once

namespace vangnet {

// Wipe-on-free for the whole process (desktop only). Linked as its own object library
// (vangnet_heapwipe), it replaces free() and realloc() for every library of the process (Qt, SQLite,
// the C++ runtime): a block is zeroed before glibc takes it back, and realloc() never leaves the old
// block's contents behind. So a QString that once held a passphrase, a case name or a note is not
// found in freed heap once its owner is gone (Qt's widgets, text documents, undo stacks, caches).
//
// Why not glibc's mallopt(M_PERTURB): it skips blocks that go to the per-thread cache (tcache, every
// block up to 1032 bytes, i.e. nearly every string), which is exactly where passphrases and names live.
//
// Not under AddressSanitizer or ThreadSanitizer (they replace the allocator themselves): then
// active() is false. VANGNET_NO_MEMORY_WIPE=1 in the environment switches it off at start, only so
// that the memory-scan test can show what is found without it.
namespace HeapWipe {

// True when free() of this process wipes (linked, not under a sanitizer, not switched off).
bool active();

} // namespace HeapWipe
} // namespace vangnet
