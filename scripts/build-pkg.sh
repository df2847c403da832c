#!/usr/bin/env bash
# Builds the npm package into pkg/: wasm-pack (web target, no wasm-opt) for the analysis module and
# the SQL module, their name sections stripped, then pkg-template/ merged over the output. With
# RELEASE=1 also runs wasm-opt -Oz (npm binaryen) on both and checks the analysis module's size
# budget. With PARTS=analysis only the analysis module is built (no polars: what `make demo` serves
# first), and a stand-in for the SQL module says it is still being built (scripts/pending-sql/);
# PARTS=sql then adds the SQL module.
set -euo pipefail
cd "$(dirname "$0")/.."

# The gzip budget for the release analysis module (bytes; issue #9: 2.5 MB).
BUDGET_GZIP=${BUDGET_GZIP:-2500000}

# Two modules: the analyses (no polars) and SQL (polars), which the package loads only for sql().
build() { # out-dir out-name cargo-args...
  local dir=$1 name=$2
  shift 2
  wasm-pack build --release --target web --out-dir "$dir" --out-name "$name" --no-pack -- "$@" >&2 \
    || wasm-pack build --release --target web --out-dir "$dir" --out-name "$name" -- "$@" >&2
}
# PARTS=analysis: the analysis module alone; PARTS=sql: the SQL module beside the analysis module
# already in pkg/; else both. The SQL module first: the wasm tests (make test-web) compiled the
# crate with its features, and cargo keeps one compile of the crate per target, which the
# analysis module's features replace (issue #30).
parts=${PARTS:-all}
modules=()
if [ "$parts" != analysis ]; then
  build pkg-sql mentor_insights_sql --features sql-module
  modules+=(mentor_insights_sql)
fi
# The analysis module lets LLVM inline larger functions than its default (a threshold of 500
# against 225): a load's and an analysis's per-row steps then run without calls between them, up to
# 8% faster on a people-heavy program, for 8% more gzip (BENCHMARKS.md, measurement 30). Built in a folder of its own: its flags
# differ from the SQL module's and the wasm tests', and cargo would rebuild one over the other.
if [ "$parts" != sql ]; then
  CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/mentor-insights/target}/analysis-module" \
    RUSTFLAGS="-C target-feature=+simd128 -C llvm-args=-inline-threshold=500" \
    build pkg mentor_insights --no-default-features
  modules+=(mentor_insights)
fi
if [ "$parts" = analysis ]; then
  rm -f pkg/mentor_insights_sql_bg.wasm
  cp scripts/pending-sql/mentor_insights_sql.js scripts/pending-sql/mentor_insights_sql.d.ts pkg/
else
  cp pkg-sql/mentor_insights_sql.js pkg-sql/mentor_insights_sql.d.ts pkg-sql/mentor_insights_sql_bg.wasm pkg/
  rm -rf pkg-sql
fi

# Function names are for debuggers; wasm-opt drops them too, but takes minutes.
for m in "${modules[@]}"; do node scripts/strip-names.mjs "pkg/${m}_bg.wasm"; done

if [ "${RELEASE:-0}" = 1 ]; then
  for m in "${modules[@]}"; do
    echo "[build-pkg] wasm-opt -Oz $m (minutes)" >&2
    node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
      "pkg/${m}_bg.wasm" -o "pkg/${m}_bg.opt.wasm"
    mv "pkg/${m}_bg.opt.wasm" "pkg/${m}_bg.wasm"
  done
fi

node scripts/merge-pkg.mjs
node scripts/elements-manifest.mjs

for m in "${modules[@]}"; do
  raw=$(stat -c %s "pkg/${m}_bg.wasm")
  gz=$(gzip -9 -c "pkg/${m}_bg.wasm" | wc -c)
  echo "[build-pkg] pkg/${m}_bg.wasm: $raw bytes raw, $gz bytes gzip" >&2
  if [ "$m" = mentor_insights ] && [ "${RELEASE:-0}" = 1 ] && [ "$gz" -gt "$BUDGET_GZIP" ]; then
    echo "[build-pkg] the gzipped analysis module ($gz bytes) is over the budget of $BUDGET_GZIP bytes" >&2
    exit 1
  fi
done
