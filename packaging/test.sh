#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build everything, run every
# test (UI tests on Qt's offscreen platform). .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
packaging/build.sh
ctest --preset dev "$@"
