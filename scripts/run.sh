#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds a Release build and opens the dashboard. Without a display
# it does the headless main job instead and says so.
set -euo pipefail
caller_dir=$PWD
cd "$(dirname "$0")/.."
source scripts/setup.sh

sco_build release

binary=$PWD/build/release/app/sco-dashboard
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): writing every chart as PNG into ./dashboard-export/ instead."
    exec "$binary" export --all --format png --preset slide --force --out "$caller_dir/dashboard-export" "$@"
fi
exec "$binary" "$@"
