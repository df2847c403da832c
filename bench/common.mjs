// What the bench scripts share: the generated program they run on and how they time.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export const RUNS = Number(process.env.RUNS ?? 5);
export const PEOPLE = Number(process.env.PEOPLE ?? 50000);
const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), ".cache/mentor-insights/target");
export const CLI = join(target, "release/mentor-insights");
export const DATA = join(dirname(new URL(import.meta.url).pathname), "out", `data-${PEOPLE}`);
export const TABLES = ["people", "pairs", "sessions", "goals", "feedback", "promotions"];

/** The bench program's CSV texts by table (generated once into bench/out). */
export function program() {
  if (!existsSync(join(DATA, "people.csv"))) {
    execFileSync(CLI, ["generate", "--out", DATA, "--seed", "1", "--people", String(PEOPLE)], { stdio: "inherit" });
  }
  return Object.fromEntries(TABLES.map((t) => [t, readFileSync(join(DATA, `${t}.csv`), "utf8")]));
}

/** The median of RUNS runs of `fn` after a warm-up, in ms. */
export function time(fn) {
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

/**
 * The medians of RUNS rounds in which each of `fns` runs once, in turn, after a warm-up of each,
 * in ms: a state of the machine (its caches, the collector, the module's grown memory) that helps
 * or hinders one helps or hinders the others too, so their ratio holds from run to run.
 */
export function timeInTurns(fns) {
  for (const fn of fns) fn();
  const ms = fns.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      ms[k].push(performance.now() - t0);
    });
  }
  return ms.map((m) => m.sort((a, b) => a - b)[Math.floor(m.length / 2)]);
}
