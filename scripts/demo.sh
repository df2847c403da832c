#!/usr/bin/env bash
# `make demo`: the dashboard is served as soon as the analysis module is built (no polars: a few
# minutes from an empty cache), then what only SQL needs is built while it is up — the SQL module
# (polars for wasm) and the CLI — and the page is swapped for the full one (a reload gets SQL).
# The CLI is built as `cargo test` builds it (make test-cli), so polars is not compiled a second
# time with other features after `make test`, or before it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8080}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/mentor-insights/target}
CLI="$CARGO_TARGET_DIR/release/mentor-insights"

# The full dashboard is already built and current: serve it.
if [ -f pkg/mentor_insights_sql_bg.wasm ] && [ -x "$CLI" ] && [ -d www/dist ] && [ -z "$(find src pkg-template www/src www/index.html Cargo.toml -newer www/dist/index.html -print -quit)" ]; then
  echo "CLI: $CLI report --sample --format text"
  exec node scripts/serve.mjs www/dist "$PORT"
fi

say() { printf '[demo] %s\n' "$*"; }
vite() { node_modules/.bin/vite build www --logLevel warn --outDir "$1" --emptyOutDir; }

say "building the analysis module (the SQL module follows while the page is up)"
PARTS=analysis scripts/build-pkg.sh
vite dist
node scripts/serve.mjs www/dist "$PORT" &
server=$!
trap 'kill $server 2>/dev/null' EXIT INT TERM
sleep 1
say "the dashboard is up (SQL cells say the SQL module is still being built)"

say "building the SQL module and the CLI"
PARTS=sql scripts/build-pkg.sh
vite dist-next
rm -rf www/dist-old && mv www/dist www/dist-old && mv www/dist-next www/dist && rm -rf www/dist-old
cargo test --release --no-run --test cli >&2
say "ready: reload the page for SQL. CLI: $CLI report --sample --format text"
wait $server
