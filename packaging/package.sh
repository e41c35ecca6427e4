#!/usr/bin/env bash
# Builds the Debian package vangnet_<version>_amd64.deb with CPack's DEB generator and prints its
# path. By default from a Release build in its own folder (preset "release", build/release): the
# package to hand out. `--preset dev` packages the Debug tree in ./build instead, which
# packaging/test.sh has just built and tested: CI checks the packaging (contents, Depends, lintian,
# the unpacked binaries) without a third full build. Other arguments go to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=release
if [[ ${1:-} == --preset ]]; then
    preset=${2:?"--preset needs a name: release or dev"}
    shift 2
fi
case $preset in
release) dir=build/release ;;
dev) dir=build ;;
*) echo "package.sh: no package preset '$preset' (release or dev)" >&2; exit 2 ;;
esac
packaging/install-deps.sh >&2
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" "$@" >&2
rm -f "$dir"/vangnet_*.deb
cpack --preset "$preset" >&2
ls "$dir"/vangnet_*_amd64.deb
