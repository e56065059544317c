#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# End to end on a team store: two processes against one PostgreSQL server of the test's own
# (a socket in a temporary folder, no TCP). The real window, in a real X server, shows the team
# store with an observation selected; a command-line import by the same team adds a series; the
# window re-reads it within a second, says so in its status bar, keeps the selected row (copied
# through the X clipboard before and after), and finds the new series when it is searched for.
set -euo pipefail
binary=$1
bin=/usr/lib/postgresql/15/bin
if [[ ! -x $bin/initdb ]]; then
    echo "SKIPPED: PostgreSQL 15 is not installed (scripts/setup.sh installs it)"
    exit 0
fi
work=$(mktemp -d)
chmod 755 "$work"
source "$(dirname "$0")/xvfb.sh"
source "$(dirname "$0")/follow_store.sh"
as_postgres() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    kill "${app:-}" 2>/dev/null || true
    stop_screens
    as_postgres "$bin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=xcb

mkdir -p "$work/pg"
((EUID == 0)) && chown postgres "$work/pg"
as_postgres "$bin/initdb" -D "$work/pg/data" --encoding=UTF8 --locale=C.UTF-8 -A trust \
    -U postgres -N >/dev/null
as_postgres "$bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
    -o "-k $work/pg -c listen_addresses='' -c fsync=off" start >/dev/null
as_postgres "$bin/psql" -X -q -h "$work/pg" -U postgres -c "CREATE DATABASE team"
team="host=$work/pg dbname=team user=postgres"
"$binary" store init --database "$team" >/dev/null

write_store_files
"$binary" import "$work/users.csv" --database "$team" >/dev/null

window_follows_store "$team" sco.teamstore "1 series added by postgres" 1000
