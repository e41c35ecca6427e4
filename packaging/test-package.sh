#!/usr/bin/env bash
# Builds the package and proves it: its contents, lintian (no errors), appstreamcli and
# desktop-file-validate, then the unpacked binaries run from a temporary root: vangnet-cli
# --version, init and info on a temporary vault, and the desktop client offscreen for a second.
# Arguments go to packaging/package.sh (`--preset dev`: the tree packaging/test.sh built).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(packaging/package.sh "$@" | tail -n 1)
version=$(sed -n 's/^project(Vangnet VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[[ $(basename "$deb") == "vangnet_${version}_amd64.deb" ]] || { echo "unexpected package name: $deb" >&2; exit 1; }

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/vangnet ./usr/bin/vangnet-cli \
    ./usr/share/applications/nl.vangnet.Vangnet.desktop ./usr/share/metainfo/nl.vangnet.Vangnet.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/nl.vangnet.Vangnet.svg ./usr/share/icons/hicolor/48x48/apps/nl.vangnet.Vangnet.png \
    ./usr/share/icons/hicolor/256x256/apps/nl.vangnet.Vangnet.png \
    ./usr/share/vangnet/translations/vangnet_nl.qm ./usr/share/vangnet/translations/vangnet_en.qm \
    ./usr/share/man/man1/vangnet.1.gz ./usr/share/man/man1/vangnet-cli.1.gz \
    ./usr/share/bash-completion/completions/vangnet-cli ./usr/share/doc/vangnet/copyright; do
    grep -q " $path\$" <<<"$contents" || { echo "package lacks $path" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libsqlcipher0 libsodium23; do
    grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends" >&2; exit 1; }
done

# lintian: errors fail; the warnings we accept are listed in docs/INSTALL.md.
report="$(dirname "$deb")/lintian.txt"
lintian --no-tag-display-limit "$deb" | tee "$report" >&2 || true
if grep -q '^E:' "$report"; then echo "lintian reports errors" >&2; exit 1; fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
appstreamcli validate --no-net "$root/usr/share/metainfo/nl.vangnet.Vangnet.metainfo.xml" >&2
desktop-file-validate "$root/usr/share/applications/nl.vangnet.Vangnet.desktop" >&2

cli="$root/usr/bin/vangnet-cli"
[[ $("$cli" --version) == "vangnet-cli $version" ]] || { echo "vangnet-cli --version: $("$cli" --version)" >&2; exit 1; }
export VANGNET_PASSPHRASE="package test: a long and unusual passphrase 2026"
"$cli" --vault "$root/vault" init --kdf-memory 8 --kdf-passes 1 >/dev/null
"$cli" --vault "$root/vault" --json info | grep -q '"schemaVersion"' || { echo "info on the new vault failed" >&2; exit 1; }
# Dutch comes from the installed catalogue (bin/../share/vangnet/translations): with it in place
# the message differs from the English one; with the English catalogue put in its place, the same
# call speaks English.
english=$(VANGNET_LANG=en "$cli" --vault "$root/no-vault" info 2>&1 || true)
dutch=$(VANGNET_LANG=nl "$cli" --vault "$root/no-vault" info 2>&1 || true)
[[ -n $english && $dutch != "$english" ]] || { echo "vangnet-cli with VANGNET_LANG=nl speaks English: $dutch" >&2; exit 1; }
qm="$root/usr/share/vangnet/translations"
cp "$qm/vangnet_en.qm" "$qm/vangnet_nl.qm"
swapped=$(VANGNET_LANG=nl "$cli" --vault "$root/no-vault" info 2>&1 || true)
[[ $swapped == "$english" ]] || { echo "vangnet-cli does not load the installed catalogue: $swapped" >&2; exit 1; }

# The desktop client starts offscreen and stays up for a second (exit 124 from timeout = alive).
HOME="$root/home" QT_QPA_PLATFORM=offscreen timeout 2 "$root/usr/bin/vangnet" && rc=0 || rc=$?
[[ $rc -eq 124 ]] || { echo "the unpacked desktop client exited with $rc within a second" >&2; exit 1; }
echo "package OK: $deb"
