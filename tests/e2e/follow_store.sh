# SPDX-License-Identifier: MIT
# Sourced by the end-to-end scripts of a window that follows its store (a team store, the own
# SQLite file): two processes on one store.

# The real window, in a real X server, shows the store DATABASE (holding $work/users.csv's
# series) with an observation selected; a command-line import of $work/broadband.csv by
# another process adds a series; the window's log (QT_LOGGING_RULES CATEGORY) says SUMMARY
# within MAX_MS, the selected row stays (copied through the X clipboard before and after), the
# new series is found when searched for, and the window's own re-read is not taken for a
# second change. Needs $binary, $work and xvfb.sh; exits on failure, prints PASS.
window_follows_store() {
    local database=$1 category=$2 summary=$3 max_ms=$4
    start_screen 1600x1000
    QT_LOGGING_RULES="$category.debug=true" "$binary" --database "$database" >"$work/log" 2>&1 &
    app=$!
    find_window "$work/log"
    sleep 1
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    local before after found seen="" waited imported_at
    find_row "internet users 2021"
    before=$(copy_row)
    echo "selected: ${before//$'\t'/ | }"
    if [[ $before != *"Internet users"* || $before != *90.9* ]]; then
        echo "FAIL: no row of the store to select"
        cat "$work/log"
        exit 1
    fi

    "$binary" import "$work/broadband.csv" --database "$database" >/dev/null
    imported_at=$(date +%s%N)
    for _ in $(seq $((max_ms / 50 + 20))); do
        seen=$(grep -m1 "changed:" "$work/log" || true)
        [[ -n $seen ]] && break
        sleep 0.05
    done
    waited=$((($(date +%s%N) - imported_at) / 1000000))
    echo "window: ${seen:-nothing} (${waited} ms after the import)"
    if [[ $seen != *"$summary"* ]] || ((waited > max_ms)); then
        echo "FAIL: the window did not re-read its store within $max_ms ms"
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

    find_row "broadband pakistan"
    found=$(copy_row)
    echo "new series: ${found//$'\t'/ | }"
    if [[ $found != *Pakistan* || $found != *1.3* ]]; then
        echo "FAIL: the new series is not in the window"
        exit 1
    fi
    if (($(grep -c "changed:" "$work/log") != 1)); then
        echo "FAIL: the window took its own re-read for another change"
        cat "$work/log"
        exit 1
    fi
    xdotool key --window "$window" ctrl+q 2>/dev/null || true
    echo "PASS"
}

# Types TEXT into the series table's search (Find Observations, Ctrl+Shift+F, puts the focus
# there) and selects its first row.
find_row() {
    xdotool key --window "$window" ctrl+shift+f
    sleep 0.3
    xdotool key --window "$window" ctrl+a
    xdotool type --window "$window" --delay 40 "$1"
    sleep 1
    xdotool key --window "$window" Down
    sleep 0.3
}

# The selected row, copied (Ctrl+C) through the X clipboard.
copy_row() {
    xdotool key --window "$window" ctrl+c
    sleep 0.3
    xclip -o -selection clipboard 2>/dev/null || true
}

# The series the window starts with and the one another process imports.
write_store_files() {
    printf 'Entity,Code,Year,Internet users (%%)\nKazakhstan,KAZ,2020,85.9\nKazakhstan,KAZ,2021,90.9\n' \
        >"$work/users.csv"
    printf 'Entity,Code,Year,Fixed broadband (per 100)\nPakistan,PAK,2021,1.3\n' >"$work/broadband.csv"
}
