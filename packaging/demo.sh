#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, start on the demo vault.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
packaging/build.sh --target vangnet
exec build/app/desktop/vangnet --demo "$@"
