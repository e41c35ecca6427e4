#!/usr/bin/env bash
# Configure and build with the "dev" preset (Debug, tests) in ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset dev >/dev/null
cmake --build --preset dev "$@"
