#!/usr/bin/env bash
# Regenerates the screenshots in docs/images from the demo vault (fictional data only), in a virtual
# display: one set at 1366×768 (English, for the README) and one at 1024×600 (Dutch, the smallest
# laptop screen Vangnet supports: docs/USER-GUIDE.md, "On a small screen").
#
#   packaging/screenshots.sh            # both sets
#   VANGNET_SCREENSHOT_DISPLAY=:81 …    # the X display to use (default :81)
#
# Uses Xvfb, openbox (a window manager, so that the window is placed and framed as on a desktop),
# xdotool (keys and clicks) and ImageMagick's import. The demo vault and the settings live in a
# temporary home, so a real vault or the user's settings are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
display="${VANGNET_SCREENSHOT_DISPLAY:-:81}"
out="$root/docs/images"
app="$root/build/app/desktop/vangnet"
[ -x "$app" ] || { packaging/install-deps.sh && packaging/build.sh --target vangnet; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export DISPLAY="$display" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8

shot() { # name: the whole screen, small PNG
    sleep "${2:-1.5}"
    import -window root -strip -define png:compression-level=9 "$out/$1.png"
    echo "screenshots: $out/$1.png"
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.6; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.8; }

# One set: screen size, language, file suffix.
shoot_set() {
    local width=$1 height=$2 lang=$3 suffix=$4 case_row_y=$5
    Xvfb "$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    pids+=("$xvfb")
    for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
    openbox >/dev/null 2>&1 &
    local wm=$!
    pids+=("$wm")
    sleep 1
    "$app" --demo --lang "$lang" >/dev/null 2>&1 &
    local vangnet=$!
    pids+=("$vangnet")
    local win
    win=$(xdotool search --sync --onlyvisible --class vangnet | head -1)
    xdotool windowactivate --sync "$win" >/dev/null 2>&1 || true
    # The window sizes itself and stays within the screen (WindowFitter); openbox places it.
    # The demo vault is made at the first start (production Argon2id: a few seconds).
    for _ in $(seq 60); do [ -f "$XDG_DATA_HOME/Vangnet/vangnet/demo-vault/vault.key" ] && break; sleep 0.5; done
    sleep 1
    shot "unlock$suffix"

    xdotool type --delay 20 "demo vault fictional cases only"
    key Return
    sleep 15 # unlock: Argon2id with production parameters (slow on a busy machine)
    shot "overview$suffix" # the first section after unlocking
    key Down # the navigation has the keyboard after unlocking: the next section is the case list
    shot "cases-list$suffix"
    # The case in danger, VN-2026-0001: the last of the seven demo cases in the list (newest first).
    click 250 "$case_row_y"
    shot "cases$suffix"

    kill "$vangnet" 2>/dev/null || true
    wait "$vangnet" 2>/dev/null || true
    kill "$wm" "$xvfb" 2>/dev/null || true
    wait "$wm" "$xvfb" 2>/dev/null || true
    pids=()
}

shoot_set 1366 768 en "" 529
shoot_set 1024 600 nl "-1024x600" 529
