// `make bench` (second part): suggestions for 500 waiting mentees over a generated program's
// candidate mentors, in the wasm package in Node: median time of RUNS runs and the analysis
// module's memory (its linear memory only grows, so its size is the peak so far). Prints Markdown.
import { readFileSync } from "node:fs";
import { Dataset, initSync } from "../pkg/node.js";

const RUNS = Number(process.env.RUNS ?? 5);
const PEOPLE = Number(process.env.SUGGEST_PEOPLE ?? 12000);
const MENTEES = Number(process.env.MENTEES ?? 500);

const memory = initSync({ module: readFileSync("pkg/mentor_insights_bg.wasm") }).memory;
const ds = Dataset.sample({ seed: 1, people: PEOPLE });
const before = memory.buffer.byteLength;
// The first MENTEES people still employed, as the waiting mentees.
const [header, ...lines] = ds.toCsv().people.trim().split("\n");
const col = header.split(",");
const exit = col.indexOf("exit_date");
const mentees = lines
  .map((l) => l.split(","))
  .filter((c) => !c[exit])
  .slice(0, MENTEES)
  .map((c) => c[0]);

let result;
const ms = [];
for (let i = 0; i <= RUNS; i++) {
  const t0 = performance.now();
  result = ds.suggest({ mentees });
  if (i > 0) ms.push(performance.now() - t0); // the first run is a warm-up
}
ms.sort((a, b) => a - b);
const mb = (b) => (b / 2 ** 20).toFixed(0);
console.log(
  `| suggest: ${mentees.length} waiting mentees, ${result.candidates} candidate mentors (${PEOPLE} people, model ${result.model}) | ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms | wasm memory ${mb(before)} → ${mb(memory.buffer.byteLength)} MB | total score ${result.totalScore.toFixed(1)} against ${result.greedyTotalScore.toFixed(1)} first come, first served; ${result.assignments.length} assigned |`,
);
