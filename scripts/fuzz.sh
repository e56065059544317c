#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with clang, AddressSanitizer and UBSan, seeds their corpora from
# the real files and runs each for SECONDS (default 60), two at a time. Prints each target's
# executions per second and coverage, and fails if any target found a crash, a leak or a
# timeout; the input that did it is kept in build/fuzz/artifacts/.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

seconds=${1:-60}
sco_build fuzz >/dev/null
bin=build/fuzz/tests/fuzz
work=build/fuzz/run
rm -rf "$work" && mkdir -p "$work/artifacts"
for target in import dataset commandline schema; do
    mkdir -p "$work/corpus-$target"
    [[ -d tests/fuzz/corpus/$target ]] && cp tests/fuzz/corpus/$target/* "$work/corpus-$target/"
done

# Real files as seeds: the SCO rows of the OWID file that ship with the build, the OWID file in
# ../shared when it is there (its first 200 lines), and the compiled dataset.
for format in 0 2; do
    { printf "\\x0$format"; head -200 resources/data/context/owid-internet-use-sco.csv; } \
        >"$work/corpus-import/context-$format.csv"
done
if [[ -f ../shared/data/owid-share-of-individuals-using-the-internet.csv ]]; then
    { printf '\x00'; head -200 ../shared/data/owid-share-of-individuals-using-the-internet.csv; } \
        >"$work/corpus-import/shared-owid.csv"
fi
cp build/fuzz/core/sco-dashboard.sqlite "$work/corpus-dataset/built-in.sqlite"
# A user store with small pages: every table, a fact, a formula and an observation in 24 KiB.
sqlite3 "$work/corpus-dataset/user-store.sqlite" "PRAGMA page_size = 512;" \
    ".read resources/data/schema.sql" \
    "INSERT INTO source (id, key, publisher, title, published) VALUES (1, 's', 'P', 'T',
        '2025-08-29');
     INSERT INTO fact (id, key, label, category, value, decimals, unit, period_start,
        period_end, period_label, basis, as_written, quote, source_id) VALUES (1, 'a', 'A',
        'C', 9.3, 1, '%', '2025-01-01', '2025-05-31', 'Jan-May 2025', 'year-on-year', '9.3%',
        'Q.', 1);
     INSERT INTO fact (id, key, label, category, value, decimals, unit, period_start,
        period_end, period_label, basis, quote, source_id, derived, formula) VALUES (2, 'b',
        'B', 'C', 1.2, 1, 'pp', '2025-01-01', '2025-05-31', 'Jan-May 2025', 'year-on-year',
        'Q.', 1, 1, '{a} - 8.1');
     INSERT INTO fact_input VALUES (2, 1);
     INSERT INTO series (id, key, label, unit, source_id) VALUES (1, 's/u', 'Users', '%', 1);
     INSERT INTO observation (series_id, entity, period_start, period_end, period_label,
        value, entity_code) VALUES (1, 'China', '2020-01-01', '2020-12-31', '2020', 70.4, 'CHN');
     INSERT INTO member_state VALUES ('SCO', 'CHN', 'China', 1);"

run_one() {
    local target=$1
    "$bin/sco-fuzz-$target" "$work/corpus-$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -max_len=$(case $target in dataset) echo 262144 ;; schema) echo 64 ;; *) echo 16384 ;; esac) \
        -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$target-" >"$work/$target.log" 2>&1
}
status=0
run_one import &
import_pid=$!
run_one dataset || status=1
wait "$import_pid" || status=1
run_one commandline &
commandline_pid=$!
run_one schema || status=1
wait "$commandline_pid" || status=1

printf '%-12s %10s %8s %8s %8s  %s\n' target runs exec/s cov ft result
for target in import dataset commandline schema; do
    log=$work/$target.log
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    found=$(ls "$work/artifacts" | grep -c "^$target-" || true)
    result=$([[ $found -eq 0 ]] && echo clean || echo "FOUND $found (see $work/artifacts)")
    printf '%-12s %10s %8s %8s %8s  %s\n' "$target" "${runs:-?}" "${rate:-?}" "${cov:-?}" \
        "${ft:-?}" "$result"
    [[ $found -eq 0 ]] || { status=1; grep -m3 -E 'ERROR|SUMMARY|ASSERT' "$log" || true; }
done
exit "$status"
