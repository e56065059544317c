# SPDX-License-Identifier: MIT
# Sourced by the end-to-end scripts: X servers of their own, and the dashboard's window.

# Starts an X server of SIZE (e.g. 1024x768) as $DISPLAY and $xvfb, on a display number that
# no other server holds; stops the previous one first.
start_screen() {
    local previous=${DISPLAY:-}
    if [[ -n ${xvfb:-} ]]; then
        kill "$xvfb" 2>/dev/null || true
        wait "$xvfb" 2>/dev/null || true # gone before another server may take a display
    fi
    for _ in $(seq 5); do
        export DISPLAY=:$((100 + RANDOM % 390))
        [[ $DISPLAY == "$previous" ]] && continue
        Xvfb "$DISPLAY" -screen 0 "$1x24" -nolisten tcp >/dev/null 2>&1 &
        xvfb=$!
        for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
        kill -0 "$xvfb" 2>/dev/null && xdpyinfo >/dev/null 2>&1 && return 0
    done
    echo "FAIL: no X server could be started"
    exit 1
}

# Sets $window to the dashboard's main window, waiting up to 10 s; LOG is shown on failure.
find_window() {
    window=""
    for _ in $(seq 100); do
        window=$(xdotool search --onlyvisible --name "SCO Digital Cooperation Dashboard" 2>/dev/null | head -n1 || true)
        [[ -n $window ]] && return 0
        sleep 0.1
    done
    echo "FAIL: no dashboard window appeared"
    cat "$1"
    exit 1
}
