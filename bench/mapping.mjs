// `make bench`, issue #26: the CSV load of the bench program with a mapping against the load of
// the same tables without one. The mapped copy is an export as an HRIS writes it: every header
// renamed, the sessions' status spelt its own way and their dates in M/D/YYYY — the mapping's
// costliest case (every date of the largest table read by the mapping's format). Medians of RUNS.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Dataset } from "../pkg/node.js";

const RUNS = Number(process.env.RUNS ?? 5);
const PEOPLE = Number(process.env.PEOPLE ?? 50000);
const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), ".cache/mentor-insights/target");
const CLI = join(target, "release/mentor-insights");
const DATA = join(dirname(new URL(import.meta.url).pathname), "out", `data-${PEOPLE}`);
const TABLES = ["people", "pairs", "sessions", "goals", "feedback", "promotions"];

if (!existsSync(join(DATA, "people.csv"))) {
  execFileSync(CLI, ["generate", "--out", DATA, "--seed", "1", "--people", String(PEOPLE)], { stdio: "inherit" });
}
const texts = Object.fromEntries(TABLES.map((t) => [t, readFileSync(join(DATA, `${t}.csv`), "utf8")]));

// The export: headers "Export <column>", sessions' status and dates as the platform writes them.
const mapping = { tables: {} };
const exported = {};
const status = { held: "Completed", cancelled: "Cancelled by user", no_show: "Missed" };
for (const t of TABLES) {
  const [header, ...rest] = texts[t].split("\n");
  const columns = header.split(",");
  mapping.tables[t] = { columns: Object.fromEntries(columns.map((c) => [c, `Export ${c}`])) };
  let body = rest.join("\n");
  if (t === "sessions") {
    const date = columns.indexOf("date");
    const st = columns.indexOf("status");
    body = rest
      .map((line) => {
        if (!line) return line;
        const cells = line.split(",");
        const [y, m, d] = cells[date].split("-");
        cells[date] = `${Number(m)}/${Number(d)}/${y}`;
        cells[st] = status[cells[st]] ?? cells[st];
        return cells.join(",");
      })
      .join("\n");
    mapping.tables[t].date_format = "M/D/YYYY";
    mapping.tables[t].values = { status: Object.fromEntries(Object.entries(status).map(([k, v]) => [v, k])) };
  }
  exported[t] = [columns.map((c) => `Export ${c}`).join(","), body].join("\n");
}

function time(fn) {
  fn();
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

const plain = time(() => Dataset.fromCsv(texts).free());
const mapped = time(() => Dataset.fromCsv(exported, { mapping }).free());
const same = JSON.stringify(Dataset.fromCsv(texts).goals()) === JSON.stringify(Dataset.fromCsv(exported, { mapping }).goals());
console.log(`\n### Load with a mapping (issue #26)\n`);
console.log(`| load | median ms |\n|---|---:|`);
console.log(`| the tables as the contract names them | ${plain.toFixed(0)} |`);
console.log(`| the export, every header renamed, sessions' status recoded and dates M/D/YYYY | ${mapped.toFixed(0)} |`);
console.log(`\nWith the mapping: ${(mapped / plain).toFixed(2)}× the load without (goal ≤ 1.10×); same goals: ${same}.`);
