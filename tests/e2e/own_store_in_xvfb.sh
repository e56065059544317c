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
source "$(dirname "$0")/follow_store.sh"
cleanup() {
    kill "${app:-}" 2>/dev/null || true
    stop_screens
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb
store=$work/store.sqlite

write_store_files
"$binary" import "$work/users.csv" --database "$store" >/dev/null
window_follows_store "$store" sco.ownstore "1 series added from owid:broadband" 2000
