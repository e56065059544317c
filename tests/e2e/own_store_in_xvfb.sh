#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end on the analyst's own store, an SQLite file: two processes. The real window, in a
# real X server, shows the store with an observation selected; a command-line import (another
# process) adds a series to the same file; the window sees it within two seconds, says so in its
# status bar, keeps the selected row (copied through the X clipboard before and after), and
# finds the new series when it is searched for. Its own re-read is not taken for another
# change.
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
store=$work/store.sqlite

printf 'Entity,Code,Year,Internet users (%%)\nKazakhstan,KAZ,2020,85.9\nKazakhstan,KAZ,2021,90.9\n' \
    >"$work/users.csv"
printf 'Entity,Code,Year,Fixed broadband (per 100)\nPakistan,PAK,2021,1.3\n' >"$work/broadband.csv"
"$binary" import "$work/users.csv" --database "$store" >/dev/null

start_screen 1600x1000
QT_LOGGING_RULES="sco.ownstore.debug=true" "$binary" --database "$store" >"$work/log" 2>&1 &
app=$!
find_window "$work/log"
sleep 1
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
# Find Observations (Ctrl+Shift+F) puts the focus in the series table's search; Down selects
# its first row, and Ctrl+C copies it.
copy_row() {
    xdotool key --window "$window" ctrl+c
    sleep 0.3
    xclip -o -selection clipboard 2>/dev/null || true
}
xdotool key --window "$window" ctrl+shift+f
sleep 0.3
xdotool type --window "$window" --delay 40 "internet users 2021"
sleep 1
xdotool key --window "$window" Down
sleep 0.3
before=$(copy_row)
echo "selected: ${before//$'\t'/ | }"
if [[ $before != *"Internet users"* || $before != *90.9* ]]; then
    echo "FAIL: no row of the store to select"
    cat "$work/log"
    exit 1
fi

"$binary" import "$work/broadband.csv" --database "$store" >/dev/null
imported_at=$(date +%s%N)
seen=""
for _ in $(seq 80); do
    seen=$(grep -m1 "changed:" "$work/log" || true)
    [[ -n $seen ]] && break
    sleep 0.05
done
waited=$((($(date +%s%N) - imported_at) / 1000000))
echo "window: ${seen:-nothing} (${waited} ms after the import)"
if [[ $seen != *"1 series added from owid:broadband"* ]] || ((waited > 2000)); then
    echo "FAIL: the window did not re-read its store within two seconds"
    cat "$work/log"
    exit 1
fi
sleep 1 # the rows of the re-read arrive on the table's own thread
after=$(copy_row)
echo "still selected: ${after//$'\t'/ | }"
[[ -n ${SCO_E2E_SHOT:-} ]] && import -window "$window" "$SCO_E2E_SHOT"
if [[ $after != "$before" ]]; then
    echo "FAIL: the selection was lost in the re-read"
    exit 1
fi

xdotool key --window "$window" ctrl+shift+f ctrl+a
xdotool type --window "$window" --delay 40 "broadband pakistan"
sleep 1
xdotool key --window "$window" Down
sleep 0.3
found=$(copy_row)
echo "new series: ${found//$'\t'/ | }"
if [[ $found != *Pakistan* || $found != *1.3* ]]; then
    echo "FAIL: the new series is not in the window"
    exit 1
fi
if (($(grep -c "changed:" "$work/log") != 1)); then
    echo "FAIL: the window took its own re-read for another program's change"
    cat "$work/log"
    exit 1
fi
xdotool key --window "$window" ctrl+q 2>/dev/null || true
echo "PASS"
