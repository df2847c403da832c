# mentor-insights — the two commands a new user needs are `make demo` and `make test`.
# Build products go to a cache folder outside the clone, so that later runs on the same machine
# reuse the compiled dependencies (polars takes minutes); it works the same when the folder is empty.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/mentor-insights/target
CLI := $(CARGO_TARGET_DIR)/release/mentor-insights
PORT ?= 8080

.PHONY: setup build cli test-cli pkg www portal demo test test-rust test-web test-js test-e2e lint release bench fuzz fuzz-smoke

setup:
	@scripts/setup.sh

## The CLI, built as `cargo test --release` builds it (test-cli): a plain `cargo build --bin` unifies
## the dependencies' features otherwise and compiles native polars a second time.
cli:
	cargo test --release --no-run --test cli

## The CLI as `cargo test --release` builds it (same path): the tests use this one, so that a fresh
## machine compiles native polars once, not again with `cargo build`'s other feature set.
test-cli:
	cargo test --release --no-run

pkg: setup
	scripts/build-pkg.sh

www: pkg
	node_modules/.bin/vite build www --logLevel warn

## The portal example: someone else's page embedding the elements (examples/portal/).
portal: pkg
	node_modules/.bin/vite build examples/portal --logLevel warn

build: cli www

## The main job: serve the dashboard on the built-in sample as soon as the analysis module is built;
## the SQL module and the CLI are built while it is up (scripts/demo.sh).
demo: setup
	PORT=$(PORT) scripts/demo.sh

## Every test: Rust unit + integration, the npm package in Node, the dashboard in Chromium.
test: setup lint test-rust test-web test-js test-e2e

## clippy in the release profile natively too: the build scripts and macros it compiles are then
## the ones the builds and the wasm checks use (issue #30).
lint:
	cargo fmt --check
	node_modules/.bin/biome check .
	cargo clippy --release --all-targets -- -D warnings
	cargo clippy --lib --release --target wasm32-unknown-unknown --no-default-features -- -D warnings
	cargo clippy --lib --release --target wasm32-unknown-unknown --features sql-module -- -D warnings

test-rust:
	cargo test --release

## The core compiled to wasm, in headless Chromium (wasm-bindgen-test; webdriver.json has the flags).
## Built with the SQL module's features, so that `make pkg` reuses the crate compiled here.
test-web: setup
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
		cargo test --release --target wasm32-unknown-unknown --test web --features sql-module

test-js: pkg test-cli
	node_modules/.bin/tsc -p tests/types
	node_modules/.bin/tsc -p tests/types/es2022.json
	node --test tests/js/

test-e2e: www portal
	node --test tests/e2e/

## The npm package with wasm-opt -Oz and the size budget (slow: minutes).
release: setup
	RELEASE=1 scripts/build-pkg.sh

## Benchmarks against DuckDB-Wasm and Arquero on a generated 50k-person program (prints Markdown).
bench: cli www
	cd bench && ([ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
	node --max-old-space-size=8000 bench/run.mjs
	node --max-old-space-size=8000 bench/mapping.mjs
	node bench/suggest.mjs
	node --max-old-space-size=8000 bench/locale.mjs
	node_modules/.bin/vite build --config bench/elements-size.config.js
	node bench/first-chart.mjs

## Fuzzing (cargo-fuzz, stable Rust): FUZZ_SECONDS per target (default 600), prints executions.
fuzz: test-cli
	MAIN_TARGET_DIR=$(CARGO_TARGET_DIR) scripts/fuzz.sh

## The short fuzz run CI does: 15 s per target.
fuzz-smoke: test-cli
	FUZZ_SECONDS=15 MAIN_TARGET_DIR=$(CARGO_TARGET_DIR) scripts/fuzz.sh
