#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end, with no window manager: a real mouse move onto a bar of the growth chart opens
# its tooltip (a second visible window of the program, beside the pointer), and moving away
# closes it.
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

start_screen 1600x1000
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb
"$binary" >"$work/log" 2>&1 &
app=$!
find_window "$work/log"
sleep 1.5
visible() { xdotool search --onlyvisible --pid "$app" 2>/dev/null | wc -l; }
before=$(visible)
eval "$(xdotool getwindowgeometry --shell "$window")"
# The first growth bar: a little left of the middle of the window, a third of the way down.
bar_x=$((X + WIDTH * 45 / 100)) bar_y=$((Y + HEIGHT * 31 / 100))
xdotool mousemove "$bar_x" "$bar_y"
sleep 0.3
xdotool mousemove "$((bar_x + 8))" "$bar_y"
shown=0
for _ in $(seq 30); do
    (($(visible) > before)) && { shown=1; break; }
    sleep 0.1
done
((shown)) || { echo "FAIL: no tooltip appeared over the bar"; exit 1; }
tip=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | grep -v "^$window$" | head -n1)
eval "$(xdotool getwindowgeometry --shell "$tip")"
echo "tooltip ${WIDTH}x${HEIGHT} at ${X},${Y}, pointer at ${bar_x},${bar_y}"
((X > bar_x - 400 && X < bar_x + 400 && Y > bar_y - 200 && Y < bar_y + 200)) ||
    { echo "FAIL: the tooltip is not beside the pointer"; exit 1; }
xdotool mousemove 5 5
for _ in $(seq 30); do
    (($(visible) <= before)) && { echo "PASS"; exit 0; }
    sleep 0.1
done
echo "FAIL: the tooltip stayed after the pointer left"
exit 1
