// What writing every sentence in another language costs (SPEC §4.8 "Language"): the report, the
// findings and the risk pairs of the bench program in English (as computed) and in German (every
// sentence rendered again from its message), and the size of the analysis module and the elements
// that carry the five catalogues. Prints Markdown.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import init, { Dataset } from "../pkg/node.js";
import { PEOPLE, RUNS, program, time } from "./common.mjs";

await init();
const ds = Dataset.fromCsv(program());
const rows = [];
for (const [name, run] of [
  ["report", (o) => ds.report(o)],
  ["findings", (o) => ds.findings(o)],
  ["risk (every active pair's reasons)", (o) => ds.risk({ ...o, learn: false })],
]) {
  const en = time(() => run({}));
  const de = time(() => run({ locale: "de" }));
  rows.push(`| ${name} | ${en.toFixed(0)} ms | ${de.toFixed(0)} ms | ${(de / en).toFixed(2)}× |`);
}
const wasm = readFileSync(new URL("../pkg/mentor_insights_bg.wasm", import.meta.url));
console.log(`\n### Sentences in another language (${PEOPLE.toLocaleString("en")} people, median of ${RUNS})\n`);
console.log("| call | English | German | ratio |\n|---|---|---|---|");
console.log(rows.join("\n"));
console.log(
  `\nAnalysis module with the five catalogues: ${(wasm.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(wasm, { level: 9 }).length / 1e6).toFixed(3)} MB gzip.`,
);
