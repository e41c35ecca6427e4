#!/usr/bin/env bash
# Builds the Debian package build/release/vangnet_<version>_amd64.deb: a Release build in its own
# folder (preset "release"), then CPack's DEB generator (cpack --preset release). Prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh >&2
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
cmake --preset release >/dev/null
cmake --build --preset release "$@" >&2
rm -f build/release/vangnet_*.deb
cpack --preset release >&2
ls build/release/vangnet_*_amd64.deb
