#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build everything, run every
# test (UI tests on Qt's offscreen platform); then the core and CLI tests again under ASan and UBSan,
# each fuzz target for 30 s (same clang tree), and the Debian package built, checked and run from
# an unpacked root. .ci/run calls exactly this. Arguments go to the first ctest run (e.g. -R TestVault).
set -euo pipefail
cd "$(dirname "$0")/.."
stage() {
    local name=$1 start=$SECONDS
    shift
    echo "=== $name" >&2
    "$@"
    echo "=== $name: $((SECONDS - start)) s" >&2
}
stage "dependencies" packaging/install-deps.sh
stage "build (dev)" packaging/build.sh
stage "tests (dev)" ctest --preset dev "$@"
stage "sanitizers (core and CLI tests under ASan and UBSan)" packaging/test-asan.sh -j2
stage "fuzzing (30 s per target)" packaging/test-fuzz.sh -j2
stage "package (from the tested tree; lintian, unpacked run)" packaging/test-package.sh --preset dev -j2
