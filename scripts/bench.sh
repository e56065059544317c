#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Release benchmarks and runs them with repetitions, reporting medians, and writes
# each program's results as JSON beside it (build/bench/sco-bench-*.json). Each benchmark
# program measures its baseline in the same run, so ratios survive a noisy machine.
#   scripts/bench.sh [--benchmark_filter=REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

sco_build bench
for bench in build/bench/tests/bench/sco-bench-*; do
    [[ -f $bench && -x $bench ]] || continue
    echo "== $(basename "$bench") ($(nproc) cores, $(uname -m))"
    "$bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
        --benchmark_display_aggregates_only=true \
        --benchmark_out="build/bench/$(basename "$bench").json" --benchmark_out_format=json "$@"
done
