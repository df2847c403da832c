#!/usr/bin/env bash
# make fuzz: runs the cargo-fuzz targets in fuzz/ (CSV ingest of every table, JSON ingest, the full
# report over arbitrary schema-valid data) for FUZZ_SECONDS each, then prints the executions per
# target and in total. Exits non-zero on any crash; libFuzzer leaves the input in
# fuzz/artifacts/<target>/, which then becomes a regression test. `make fuzz-smoke` is the short
# run CI does. Stable Rust is enough: no sanitizer (-s none), the coverage flags are stable.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-csv_ingest json_ingest report mapped_files}
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$HOME/.cache/mentor-insights/fuzz-target}
CLI=${CLI:-${MAIN_TARGET_DIR:-$HOME/.cache/mentor-insights/target}/release/mentor-insights}

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz

# Seed corpora: small generated programs, as CSV and as JSON, tables joined by 0x1E.
seed() {
  local dir=fuzz/corpus/$1
  [ -s "$dir/generated-30" ] && return
  mkdir -p "$dir"
  for n in 3 12 30; do
    local tmp
    tmp=$(mktemp -d)
    "$CLI" generate --out "$tmp" --people "$n" --seed "$n" >/dev/null
    node scripts/fuzz-seed.mjs "$1" "$tmp" > "$dir/generated-$n"
    rm -rf "$tmp"
  done
}
seed csv_ingest
seed json_ingest

# The mapping target's seed: a mapping of an HRIS-shaped export and the export itself.
if [ ! -s fuzz/corpus/mapped_files/hris ]; then
  mkdir -p fuzz/corpus/mapped_files
  printf '%s\x1e%s\x1e%s\x1e%s' \
    '{"date_format":"M/D/YYYY","tables":{"people":{"file":"hris.tsv","columns":{"person_id":"Employee ID","hire_date":"Hire Date","exit_date":"Termination Date","exit_type":"Reason"},"values":{"exit_type":{"Resignation":"voluntary","Dismissal":"involuntary"}}},"pairs":{"file":"relationships.csv","columns":{"pair_id":"Relationship ID","mentor_id":"Mentor","mentee_id":"Mentee","start_date":"Match Date"}},"sessions":{"file":"meetings.csv","delimiter":";","columns":{"pair_id":"Relationship ID","date":"Meeting Date","status":"Meeting Status"},"values":{"status":{"Completed":"held","Missed":"no_show"}}}}}' \
    "$(printf 'Employee ID\tHire Date\tTermination Date\tReason\nE1\t3/14/2019\t\t\nE2\t8/19/2020\t6/30/2023\tResignation\nE3\t1/2/2021\t\t\n')" \
    "$(printf 'Relationship ID,Mentor,Mentee,Match Date\nR1,E1,E2,1/5/2021\nR2,E1,E3,2/6/2022\n')" \
    "$(printf 'Relationship ID;Meeting Date;Meeting Status\nR1;2/1/2021;Completed\nR1;3/1/2021;Missed\n')" \
    > fuzz/corpus/mapped_files/hris
fi

total=0
crashed=0
printf '| target | seconds | executions | crashes |\n|---|---:|---:|---:|\n' > fuzz/last-run.md
for t in $TARGETS; do
  log=$(mktemp)
  status=0
  mkdir -p "fuzz/corpus/$t"
  cargo fuzz run -s none -O "$t" "fuzz/corpus/$t" -- -max_total_time="$SECONDS_EACH" \
    -print_final_stats=1 -rss_limit_mb=4096 >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  runs=${runs:-0}
  crashes=0
  if [ "$status" != 0 ]; then
    crashes=1
    crashed=1
    tail -40 "$log" >&2
  fi
  total=$((total + runs))
  printf '| %s | %s | %s | %s |\n' "$t" "$SECONDS_EACH" "$runs" "$crashes" | tee -a fuzz/last-run.md
  rm -f "$log"
done
printf '| total | | %s | %s |\n' "$total" "$crashed" >> fuzz/last-run.md
echo "[fuzz] $total executions in total, $([ $crashed = 0 ] && echo 0 || echo 'at least 1') crashing"
cat fuzz/last-run.md
exit $crashed
