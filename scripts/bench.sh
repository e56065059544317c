#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Release benchmarks, runs them with repetitions (medians) in Xvfb, writes each program's
# results as JSON (build/bench/sco-bench-*.json), runs the 1M-row Xvfb session for its peak
# memory, and prints issue 12's table: every target beside its median and the baseline each
# program measured in the same run, so ratios survive a noisy machine.
#   scripts/bench.sh [--benchmark_filter=REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

sco_build bench
rm -f build/bench/*.json
# Start-up is measured as a user sees it: whole processes painting into a real X server.
if [[ -z ${DISPLAY:-} ]]; then
    source tests/e2e/xvfb.sh
    start_screen 1600x1000
    trap stop_screens EXIT
fi
for bench in build/bench/tests/bench/sco-bench-*; do
    [[ -f $bench && -x $bench ]] || continue
    echo "== $(basename "$bench") ($(nproc) cores, $(uname -m))"
    "$bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
        --benchmark_display_aggregates_only=true \
        --benchmark_out="build/bench/$(basename "$bench").json" --benchmark_out_format=json "$@"
done

echo "== the real window at 1,000,000 rows in Xvfb (peak memory)"
if bash tests/e2e/million_rows_in_xvfb.sh build/bench/app/sco-dashboard | tee build/bench/session.log; then
    peak=$(sed -n 's/^peak memory of the session: \([0-9]*\) MB$/\1/p' build/bench/session.log)
    echo "{\"peak_rss_mb\": ${peak:-null}}" >build/bench/session.json
fi

echo
echo "== Issue 12 targets: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
build/bench/tests/bench/sco-print-bench-table build/bench/*.json
