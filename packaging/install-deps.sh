#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Vangnet needs.
# Idempotent: installs only what is missing; runs apt-get as root or through sudo.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config ccache
    # Qt 6.4: Core/Widgets/Concurrent/PrintSupport/Test, Svg icons, Linguist tools, Qt's own translations
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev qt6-qpa-plugins libgl-dev
    # country and language names, generated at build time (cmake/generate_iso_names.py)
    python3 iso-codes unicode-cldr-core
    # attachment preview: PDFs rendered in memory (Qt PDF)
    qt6-pdf-dev
    # the overview's charts (Qt Charts; desktop only)
    qt6-charts-dev
    # storage and cryptography
    libsqlcipher-dev sqlcipher libsodium-dev libssl-dev
    # screenshots and tests of the desktop in a virtual display
    xvfb xauth imagemagick fonts-dejavu-core openbox xdotool
    # reading the PDFs Vangnet writes back in tests (pdftotext, pdfinfo)
    poppler-utils
    # the exchange folder's integration test runs two real Syncthing instances on loopback
    syncthing
    # the Debian package: PNG icons from the SVG, checks of the package and its metadata
    librsvg2-bin lintian appstream desktop-file-utils
    # sanitizers and fuzzing (preset asan): clang with libFuzzer
    clang libfuzzer-14-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}"
