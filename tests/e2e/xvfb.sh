# SPDX-License-Identifier: MIT
# Sourced by the end-to-end scripts: X servers of their own, and the dashboard's window.

# Starts an X server of SIZE (e.g. 1024x768) and makes it $DISPLAY; its pid joins $servers
# (stop them with stop_screens). Display numbers are drawn at random among those with no lock
# file, so runs do not collide, and none is reused while the script runs.
servers=()
start_screen() {
    for _ in $(seq 10); do
        local number=$((100 + RANDOM % 390))
        [[ -e /tmp/.X$number-lock || -e /tmp/.X11-unix/X$number ]] && continue
        # -noreset: a server resets when its last client leaves (xdpyinfo here), and a client
        # connecting during the reset is refused.
        Xvfb ":$number" -screen 0 "$1x24" -nolisten tcp -noreset >/dev/null 2>&1 &
        local server=$!
        export DISPLAY=:$number
        for _ in $(seq 50); do
            kill -0 "$server" 2>/dev/null || break
            xdpyinfo >/dev/null 2>&1 && { servers+=("$server"); return 0; }
            sleep 0.1
        done
        kill "$server" 2>/dev/null || true
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

stop_screens() {
    for server in "${servers[@]}"; do kill "$server" 2>/dev/null || true; done
    for server in "${servers[@]}"; do wait "$server" 2>/dev/null || true; done
}
