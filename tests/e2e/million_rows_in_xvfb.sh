#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end at a million rows: the real binary in a real X server opens a generated store of
# 1,000,000 observations, and a search typed into the Series data table with xdotool shows its
# rows while the window keeps painting each keystroke. The first matching row, copied through
# the X clipboard, proves the rows are the search's. Then it scrolls, and prints the session's
# peak memory (scripts/bench.sh reports it).
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

"$binary" generate --rows 1000000 --out "$work/million.sqlite"
start_screen 1600x1000
/usr/bin/time -f "%M" -o "$work/peak-kb" "$binary" --database "$work/million.sqlite" \
    >"$work/log" 2>&1 &
app=$!
find_window "$work/log"
sleep 2 # the store opens after the first paint
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
xdotool key --window "$window" ctrl+shift+f
sleep 0.5
import -window "$window" "$work/before.png"

# Typing must repaint as it goes: a window blocked by the search would show none of it.
xdotool type --window "$window" --delay 60 "kazak"
import -window "$window" "$work/typing.png"
xdotool type --window "$window" --delay 60 "hstan 2020"
typed_at=$(date +%s%N)
changed=0
for _ in $(seq 50); do
    import -window "$window" "$work/after.png"
    changed=$(compare -metric AE "$work/before.png" "$work/after.png" null: 2>&1 || true)
    [[ $changed =~ ^[0-9]+$ ]] && ((changed > 5000)) && break
    sleep 0.1
done
waited=$((($(date +%s%N) - typed_at) / 1000000))
partial=$(compare -metric AE "$work/before.png" "$work/typing.png" null: 2>&1 || true)
echo "pixels changed: ${partial} while typing, ${changed} after, ${waited} ms after the last key"
if [[ ! $partial =~ ^[0-9]+$ ]] || ((partial < 100)); then
    echo "FAIL: the window did not repaint while the search was typed"
    exit 1
fi
if [[ ! $changed =~ ^[0-9]+$ ]] || ((changed <= 5000)); then
    echo "FAIL: the table did not change after the search"
    exit 1
fi

# Down selects the first row; Ctrl+C copies it as tab-separated text.
xdotool key --window "$window" Down
sleep 0.3
xdotool key --window "$window" ctrl+c
sleep 0.3
copied=$(xclip -o -selection clipboard 2>/dev/null || true)
echo "first row: ${copied//$'\t'/ | }"
if [[ $copied != *Kazakhstan* || $copied != *2020* ]]; then
    echo "FAIL: the first row is not a Kazakhstan 2020 observation"
    exit 1
fi

# Scrolling fetches pages as it goes.
xdotool key --window "$window" --delay 80 Page_Down Page_Down Page_Down Page_Down Page_Down \
    Page_Down Page_Down Page_Down Page_Down Page_Down
sleep 0.5
# Ctrl+Q quits; the window may vanish before xdotool hears back.
xdotool key --window "$window" ctrl+q 2>/dev/null || true
for _ in $(seq 100); do
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
wait "$app" || true
app=
peak=$(grep -E '^[0-9]+$' "$work/peak-kb" | tail -n1 || true)
if [[ -z $peak ]]; then
    echo "FAIL: the window did not quit on Ctrl+Q"
    exit 1
fi
echo "peak memory of the session: $((peak / 1024)) MB"
echo "PASS"
