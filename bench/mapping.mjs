// `make bench`, issue #26: the CSV load of the bench program with a mapping against the load of
// the same tables without one. The mapped copy is an export as an HRIS writes it: every header
// renamed, the sessions' status spelt its own way and their dates in M/D/YYYY — the mapping's
// costliest case (every date of the largest table read by the mapping's format). Medians of RUNS.
import { Dataset } from "../pkg/node.js";
import { program, TABLES, timeInTurns } from "./common.mjs";

const texts = program();

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

const [plain, mapped] = timeInTurns([
  () => Dataset.fromCsv(texts).free(),
  () => Dataset.fromCsv(exported, { mapping }).free(),
]);
const same =
  JSON.stringify(Dataset.fromCsv(texts).goals()) === JSON.stringify(Dataset.fromCsv(exported, { mapping }).goals());
console.log(`\n### Load with a mapping (issue #26)\n`);
console.log(`| load | median ms |\n|---|---:|`);
console.log(`| the tables as the contract names them | ${plain.toFixed(0)} |`);
console.log(`| the export, every header renamed, sessions' status recoded and dates M/D/YYYY | ${mapped.toFixed(0)} |`);
console.log(
  `\nWith the mapping: ${(mapped / plain).toFixed(2)}× the load without (goal ≤ 1.10×); same goals: ${same}.`,
);
