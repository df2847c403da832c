#!/usr/bin/env bash
# Builds the npm package into pkg/: wasm-pack (web target, no wasm-opt), then pkg-template/ merged
# over its output. With RELEASE=1 also runs wasm-opt -Oz (npm binaryen) and checks the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."

# The gzip budget for the release wasm (bytes).
BUDGET_GZIP=${BUDGET_GZIP:-9000000}

wasm-pack build --release --target web --out-dir pkg --out-name mentor_insights --no-pack >&2 \
  || wasm-pack build --release --target web --out-dir pkg --out-name mentor_insights >&2

if [ "${RELEASE:-0}" = 1 ]; then
  echo "[build-pkg] wasm-opt -Oz (several minutes)" >&2
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    pkg/mentor_insights_bg.wasm -o pkg/mentor_insights_bg.opt.wasm
  mv pkg/mentor_insights_bg.opt.wasm pkg/mentor_insights_bg.wasm
fi

node scripts/merge-pkg.mjs

raw=$(stat -c %s pkg/mentor_insights_bg.wasm)
gz=$(gzip -9 -c pkg/mentor_insights_bg.wasm | wc -c)
echo "[build-pkg] pkg/mentor_insights_bg.wasm: $raw bytes raw, $gz bytes gzip" >&2
if [ "${RELEASE:-0}" = 1 ] && [ "$gz" -gt "$BUDGET_GZIP" ]; then
  echo "[build-pkg] the gzipped wasm ($gz bytes) is over the budget of $BUDGET_GZIP bytes" >&2
  exit 1
fi
