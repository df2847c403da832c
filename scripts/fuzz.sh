#!/usr/bin/env bash
# make fuzz: runs the cargo-fuzz targets in fuzz/ (CSV ingest of every table, JSON ingest, the full
# report over arbitrary schema-valid data) for FUZZ_SECONDS each, then prints the executions per
# target and in total. Exits non-zero on any crash; libFuzzer leaves the input in
# fuzz/artifacts/<target>/, which then becomes a regression test. `make fuzz-smoke` is the short
# run CI does. Stable Rust is enough: no sanitizer (-s none), the coverage flags are stable.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-csv_ingest json_ingest report}
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
