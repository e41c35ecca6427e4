// A deliberate heap out-of-bounds read. packaging/test-asan.sh builds it with the asan preset's
// flags and expects AddressSanitizer to stop it: proof that the sanitizer run can fail.
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char **)
{
    char *buffer = static_cast<char *>(std::malloc(8));
    std::memset(buffer, 'x', 8);
    const int index = 7 + argc; // 8: one past the end, unknown to the compiler
    std::printf("%d\n", buffer[index]);
    std::free(buffer);
    return 0;
}
