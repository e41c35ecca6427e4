#!/usr/bin/env bash
# Configure and build with the "dev" preset (Debug, tests) in ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (when installed) keys on paths relative to the checkout, so a fresh clone in another folder
# reuses what an earlier build of the same sources compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
cmake --preset dev >/dev/null
cmake --build --preset dev "$@"
