#!/usr/bin/env bash
# The core and CLI tests under AddressSanitizer and UBSan (preset asan, clang, build/asan; the same
# tree holds the libFuzzer targets that packaging/test-fuzz.sh runs): the first report ends the
# test with a failure. First it proves that it can fail: a deliberate out-of-bounds read, built
# with the same compiler and sanitizer flags, must be stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

mkdir -p build/asan
clang++ -std=c++20 -O1 -gline-tables-only -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
    tests/sanitizers/OutOfBounds.cpp -o build/asan/out-of-bounds
if build/asan/out-of-bounds 2>build/asan/out-of-bounds.log; then
    echo "test-asan: the injected out-of-bounds read was not caught" >&2; exit 1
fi
grep -q 'heap-buffer-overflow' build/asan/out-of-bounds.log \
    || { echo "test-asan: no AddressSanitizer report for the injected read" >&2; cat build/asan/out-of-bounds.log >&2; exit 1; }
echo "test-asan: the injected out-of-bounds read is caught"

cmake --preset asan >/dev/null
cmake --build --preset asan "$@"
# Fault-injection tests (label faults) preload a shim, which AddressSanitizer refuses to run behind.
ctest --preset asan
