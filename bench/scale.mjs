// The scale run of issue #21: a generated program of PEOPLE people (default 300,000; 286 MB of CSV)
// through the package in Node — CSV load, then the full report — one run, with the wasm memory,
// the report's JSON size and the process's memory. Not part of `make bench` (a minute, and 1.5 GB
// of generated files): `node --max-old-space-size=8000 bench/scale.mjs`.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Dataset, initSync } from "../pkg/node.js";

const PEOPLE = Number(process.env.PEOPLE ?? 300000);
const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), ".cache/mentor-insights/target");
const DATA = join(dirname(new URL(import.meta.url).pathname), "out", `data-${PEOPLE}`);
const TABLES = ["people", "pairs", "sessions", "goals", "feedback", "promotions"];
if (!existsSync(join(DATA, "people.csv"))) {
  execFileSync(
    join(target, "release/mentor-insights"),
    ["generate", "--out", DATA, "--seed", "1", "--people", String(PEOPLE)],
    { stdio: "inherit" },
  );
}
const memory = initSync({ module: readFileSync("pkg/mentor_insights_bg.wasm") }).memory;
const texts = Object.fromEntries(TABLES.map((t) => [t, readFileSync(join(DATA, `${t}.csv`), "utf8")]));
const t0 = performance.now();
const ds = Dataset.fromCsv(texts);
const t1 = performance.now();
const report = ds.report();
const t2 = performance.now();
console.log(
  JSON.stringify({
    people: PEOPLE,
    load_ms: Math.round(t1 - t0),
    report_ms: Math.round(t2 - t1),
    wasm_mb: Math.round(memory.buffer.byteLength / 1e6),
    report_json_mb: +(JSON.stringify(report).length / 1e6).toFixed(1),
    rss_mb: Math.round(process.memoryUsage().rss / 1e6),
    risk_weights: report.risk.weights.used,
  }),
);
