#!/usr/bin/env bash
# Builds the libFuzzer targets (preset asan: clang with ASan and UBSan, build/asan, the tree that
# packaging/test-asan.sh also uses) and runs each for VANGNET_FUZZ_SECONDS (default 30), two at a
# time; every committed corpus input runs first.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
cmake --preset asan -DVANGNET_FUZZ_SECONDS="${VANGNET_FUZZ_SECONDS:-30}" >/dev/null
cmake --build --preset asan "$@"
ctest --preset fuzz
