// Writes one fuzz seed from a generated program folder: its six tables, as CSV (argv[2] =
// csv_ingest) or as JSON arrays of objects (json_ingest), joined by 0x1E in load order.
import { readFileSync } from "node:fs";

const [target, dir] = process.argv.slice(2);
const tables = ["people", "pairs", "sessions", "goals", "feedback", "promotions"];
const texts = tables.map((t) => readFileSync(`${dir}/${t}.csv`, "utf8"));
const json = (csv) => {
  // Generated files have no quoted cells, so splitting at commas is exact here.
  const [header, ...rows] = csv
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));
  return JSON.stringify(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))));
};
process.stdout.write((target === "json_ingest" ? texts.map(json) : texts).join("\x1e"));
