#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end on a 1024x768 projector laptop: on first start the window fits the screen, and a
# window left far to the right on a 1920x1080 screen comes back onto this one.
set -euo pipefail
binary=$1
work=$(mktemp -d)
source "$(dirname "$0")/xvfb.sh"
cleanup() {
    kill "${app:-}" 2>/dev/null || true
    stop_screens
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb


# Starts the binary and sets window, x, y, w and h.
start_and_measure() {
    "$binary" >>"$work/log" 2>&1 &
    app=$!
    find_window "$work/log"
    sleep 1
    eval "$(xdotool getwindowgeometry --shell "$window")"
    x=$X y=$Y w=$WIDTH h=$HEIGHT
}

# Quits with Ctrl+Q, so the window saves its settings; tries again if the key was lost.
quit() {
    for _ in $(seq 3); do
        xdotool windowfocus --sync "$window" 2>/dev/null || true
        xdotool key ctrl+q 2>/dev/null || true
        for _ in $(seq 30); do kill -0 "$app" 2>/dev/null || return 0; sleep 0.1; done
    done
    echo "FAIL: the window did not quit on Ctrl+Q"
    exit 1
}

fits() {
    ((x >= 0 && y >= 0 && x + w <= 1024 && y + h <= 768))
}

start_screen 1024x768
small=$DISPLAY
start_and_measure
echo "first start at 1024x768: ${w}x${h} at ${x},${y}"
fits || { echo "FAIL: the first window does not fit 1024x768"; exit 1; }
quit

start_screen 1920x1080
start_and_measure
xdotool windowmove --sync "$window" 1500 700 || true
sleep 0.5
eval "$(xdotool getwindowgeometry --shell "$window")"
echo "moved on 1920x1080 to ${X},${Y}"
quit
grep -q '^geometry=' "$XDG_CONFIG_HOME/sco-dashboard/sco-dashboard.conf" ||
    { echo "FAIL: the window did not save its geometry"; exit 1; }

export DISPLAY=$small # the same small screen again
start_and_measure
echo "restored at 1024x768: ${w}x${h} at ${x},${y}"
fits || { echo "FAIL: the restored window is off the screen"; exit 1; }
echo "PASS"
