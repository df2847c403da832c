// `make bench`: one run, on one generated enterprise program, of our wasm package (CSV load, then
// the full report and the analyses one by one), the native CLI, DuckDB-Wasm (blocking Node API)
// and Arquero computing the same four aggregates: goal completion by program, monthly held
// sessions per pair, exit rate by mentored group, days since the last held session per pair.
// Medians of RUNS runs after a warm-up; ratios computed within this run. Prints a Markdown report.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { Dataset, initSync } from "../pkg/node.js";
import { CLI, DATA, PEOPLE, RUNS, TABLES, program, time } from "./common.mjs";

const require = createRequire(import.meta.url);
const texts = program();
const bytes = TABLES.reduce((a, t) => a + statSync(join(DATA, `${t}.csv`)).size, 0);

const rows = [];
const add = (engine, work, ms, note = "") => rows.push({ engine, work, ms, note });

// ---- ours, wasm in Node ----
// The analysis module's linear memory: it only grows, so its size after a call is the peak so far
// (one data set at a time: each load frees the one before).
const wasmMemory = initSync({ module: readFileSync("pkg/mentor_insights_bg.wasm") }).memory;
const memory = {};
let ds;
// Each load frees the data set before it (else earlier ones wait for the garbage collector).
add(
  "mentor-insights (wasm)",
  "CSV load",
  time(() => {
    ds?.free();
    ds = Dataset.fromCsv(texts);
  }),
);
memory.load = wasmMemory.buffer.byteLength;
const ours = {
  goals: () => ds.goals({ by: ["program"] }),
  engagement: () => ds.engagement({ period: "month" }),
  retention: () => ds.retention(),
  risk: () => ds.risk(),
  progression: () => ds.progression(),
  // The per-pair table as typed columns (issue #30 item 2), beside engagement's object form.
  "engagement pairs as columns": () => ds.resultColumns("engagement_pairs"),
};
for (const [name, fn] of Object.entries(ours)) add("mentor-insights (wasm)", name, time(fn));
add(
  "mentor-insights (wasm)",
  "full report",
  time(() => ds.report()),
);
memory.report = wasmMemory.buffer.byteLength;
const peak = process.memoryUsage().rss;

// ---- ours, native CLI (load + report, one process per run, polars on one thread) ----
const single = { ...process.env, POLARS_MAX_THREADS: "1" };
add(
  "mentor-insights (native)",
  "CSV load + full report",
  time(() => execFileSync(CLI, ["report", "--data", DATA], { maxBuffer: 1 << 30, env: single })),
);

// ---- ours, wasm: growth from this program to one twice its size ----
const DATA2 = join(dirname(DATA), `data-${2 * PEOPLE}`);
if (!existsSync(join(DATA2, "people.csv"))) {
  execFileSync(CLI, ["generate", "--out", DATA2, "--seed", "1", "--people", String(2 * PEOPLE)], { stdio: "inherit" });
}
const loadAndReport = (t) => () => {
  const d = Dataset.fromCsv(t);
  d.report();
  d.free();
};
const sessionsIn = (t) => t.sessions.split("\n").length - 2;
const growth = { small: time(loadAndReport(texts)) };
{
  const texts2 = Object.fromEntries(TABLES.map((t) => [t, readFileSync(join(DATA2, `${t}.csv`), "utf8")]));
  growth.large = time(loadAndReport(texts2));
  growth.sessions = [sessionsIn(texts), sessionsIn(texts2)];
}

// ---- ours, wasm: a people-heavy program (many people, few of them in pairs), the table mix a
// company with a small program has: 200,000 people, every fifth pair of the generated program kept
// with its sessions, goals and feedback.
const HEAVY = join(dirname(DATA), "people-heavy-200000");
if (!existsSync(join(HEAVY, "people.csv"))) writePeopleHeavy(HEAVY);
const heavy = {};
{
  const h = Object.fromEntries(TABLES.map((t) => [t, readFileSync(join(HEAVY, `${t}.csv`), "utf8")]));
  heavy.bytes = TABLES.reduce((a, t) => a + Buffer.byteLength(h[t]), 0);
  heavy.rows = Object.fromEntries(TABLES.map((t) => [t, h[t].split("\n").length - 2]));
  let hd;
  heavy.load = time(() => {
    hd?.free();
    hd = Dataset.fromCsv(h);
  });
  heavy.goals = time(() => hd.goals({ by: ["program"] }));
  heavy.engagement = time(() => hd.engagement({ period: "month" }));
  heavy.retention = time(() => hd.retention());
  hd.free();
  heavy.texts = h;
}

function writePeopleHeavy(dir) {
  const full = join(dirname(DATA), "data-200000");
  if (!existsSync(join(full, "people.csv"))) {
    execFileSync(CLI, ["generate", "--out", full, "--seed", "1", "--people", "200000"], { stdio: "inherit" });
  }
  mkdirSync(dir, { recursive: true });
  const read = (t) =>
    readFileSync(join(full, `${t}.csv`), "utf8")
      .trimEnd()
      .split("\n");
  const [pairsHeader, ...pairs] = read("pairs");
  const kept = pairs.filter((_, i) => i % 5 === 0);
  const ids = new Set(kept.map((l) => l.slice(0, l.indexOf(","))));
  writeFileSync(join(dir, "pairs.csv"), `${[pairsHeader, ...kept].join("\n")}\n`);
  for (const t of ["sessions", "goals", "feedback"]) {
    const [header, ...lines] = read(t);
    // sessions and feedback start with pair_id; goals with goal_id, then pair_id.
    const pairOf = t === "goals" ? (l) => l.split(",", 2)[1] : (l) => l.slice(0, l.indexOf(","));
    writeFileSync(join(dir, `${t}.csv`), `${[header, ...lines.filter((l) => ids.has(pairOf(l)))].join("\n")}\n`);
  }
  for (const t of ["people", "promotions"]) copyFileSync(join(full, `${t}.csv`), join(dir, `${t}.csv`));
}

// ---- ours, wasm: SQL, after the rest (its module and tables stay in memory). The first query
// loads the SQL module and hands it the tables: one run, not a median.
const QUERY = "SELECT status, count(*) AS n FROM sessions GROUP BY status";
{
  const t0 = performance.now();
  ds.sql(QUERY);
  add("mentor-insights (wasm SQL)", "first query (loads the module, hands over the tables)", performance.now() - t0);
}
add(
  "mentor-insights (wasm SQL)",
  "a group-by over sessions",
  time(() => ds.sql(QUERY)),
);

// ---- DuckDB-Wasm, blocking Node API ----
const duckdb = require("@duckdb/duckdb-wasm/blocking");
const DIST = dirname(require.resolve("@duckdb/duckdb-wasm/blocking"));
const db = await duckdb.createDuckDB(
  {
    mvp: { mainModule: join(DIST, "duckdb-mvp.wasm"), mainWorker: join(DIST, "duckdb-node-mvp.worker.cjs") },
    eh: { mainModule: join(DIST, "duckdb-eh.wasm"), mainWorker: join(DIST, "duckdb-node-eh.worker.cjs") },
  },
  new duckdb.VoidLogger(),
  duckdb.NODE_RUNTIME,
);
await db.instantiate();
const conn = db.connect();
const SQL = {
  "goal completion by program": `SELECT p.program, avg(CASE WHEN g.status = 'completed' THEN 1 ELSE 0 END) AS rate, count(*) AS n
     FROM goals g JOIN pairs p USING (pair_id) GROUP BY p.program`,
  "monthly held sessions per pair": `SELECT pair_id, date_trunc('month', date) AS month, count(*) FILTER (WHERE status = 'held') AS held
     FROM sessions GROUP BY pair_id, month`,
  "exit rate by mentored": `SELECT m.mentee_id IS NOT NULL AS mentored, avg(CASE WHEN p.exit_date IS NOT NULL THEN 1 ELSE 0 END) AS rate
     FROM people p LEFT JOIN (SELECT DISTINCT mentee_id FROM pairs) m ON m.mentee_id = p.person_id GROUP BY mentored`,
  "days since last held per pair": `SELECT pair_id, DATE '2025-06-30' - max(date) AS days FROM sessions WHERE status = 'held' GROUP BY pair_id`,
};
/** DuckDB-Wasm's load of `t` and its four aggregates (each one too when `each`), in ms. */
function duckdbOn(t, each) {
  const load = time(() => {
    for (const table of TABLES) {
      db.registerFileText(`${table}.csv`, t[table]);
      conn.query(`CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv_auto('${table}.csv')`);
    }
  });
  const one = each ? Object.entries(SQL).map(([name, sql]) => [name, time(() => conn.query(sql))]) : [];
  const four = time(() => {
    for (const q of Object.values(SQL)) conn.query(q);
  });
  return { load, one, four };
}
const duck = duckdbOn(texts, true);
add("DuckDB-Wasm", "CSV load", duck.load);
for (const [name, ms] of duck.one) add("DuckDB-Wasm", name, ms);
add("DuckDB-Wasm", "the four aggregates", duck.four);
heavy.duckdb = duckdbOn(heavy.texts, false);

// ---- Arquero ----
const aq = await import("arquero");
const { op } = aq;
/** Arquero's load of `t` and the four aggregates (each one too when `each`), in ms. */
function arqueroOn(t, each) {
  let A;
  const load = time(() => (A = Object.fromEntries(TABLES.map((table) => [table, aq.fromCSV(t[table])]))));
  const AQ = {
    "goal completion by program": () =>
      A.goals
        .join(A.pairs.select("pair_id", "program"), "pair_id")
        .derive({ done: (d) => (d.status === "completed" ? 1 : 0) })
        .groupby("program")
        .rollup({ rate: op.mean("done"), n: op.count() }),
    "monthly held sessions per pair": () =>
      A.sessions
        .derive({
          month: (d) => op.substring(op.format_utcdate(d.date), 0, 7),
          held: (d) => (d.status === "held" ? 1 : 0),
        })
        .groupby("pair_id", "month")
        .rollup({ held: op.sum("held") }),
    "exit rate by mentored": () => {
      const mentees = A.pairs
        .select({ mentee_id: "person_id" })
        .dedupe()
        .derive({ m: () => 1 });
      return A.people
        .join_left(mentees, "person_id")
        .derive({ mentored: (d) => d.m === 1, left: (d) => (d.exit_date ? 1 : 0) })
        .groupby("mentored")
        .rollup({ rate: op.mean("left") });
    },
    "days since last held per pair": () =>
      A.sessions
        .filter((d) => d.status === "held")
        .groupby("pair_id")
        .rollup({ last: op.max("date") })
        .derive({ days: (d) => (1751241600000 - d.last) / 864e5 }), // 2025-06-30 UTC,
  };
  const one = each ? Object.entries(AQ).map(([name, fn]) => [name, time(fn)]) : [];
  const four = time(() => {
    for (const f of Object.values(AQ)) f();
  });
  return { load, one, four };
}
const arquero = arqueroOn(texts, true);
add("Arquero", "CSV load", arquero.load);
for (const [name, ms] of arquero.one) add("Arquero", name, ms);
add("Arquero", "the four aggregates", arquero.four);
heavy.arquero = arqueroOn(heavy.texts, false);

// ---- report ----
const get = (engine, work) => rows.find((r) => r.engine === engine && r.work === work)?.ms;
const fourOurs =
  get("mentor-insights (wasm)", "goals") +
  get("mentor-insights (wasm)", "engagement") +
  get("mentor-insights (wasm)", "retention");
const lines = [];
lines.push(`# Benchmark run ${new Date().toISOString()}`, "");
lines.push(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
);
lines.push(
  `Data: generated program, ${PEOPLE.toLocaleString("en")} people — ${TABLES.map((t) => `${texts[t].split("\n").length - 2} ${t}`).join(", ")}; ${(bytes / 1e6).toFixed(1)} MB of CSV. Medians of ${RUNS} runs after a warm-up.`,
  "",
);
lines.push("| engine | work | median ms |", "|---|---|---|");
for (const r of rows) lines.push(`| ${r.engine} | ${r.work} | ${r.ms.toFixed(0)} |`);
lines.push("");
lines.push(
  `- CSV load in wasm: ${(bytes / 1e6 / (get("mentor-insights (wasm)", "CSV load") / 1000)).toFixed(1)} MB/s on this program (goal ≥ 200).`,
);
lines.push(
  `- People-heavy program (${Object.entries(heavy.rows)
    .map(([t, n]) => `${n.toLocaleString("en")} ${t}`)
    .join(
      ", ",
    )}; ${(heavy.bytes / 1e6).toFixed(1)} MB): CSV load ${heavy.load.toFixed(0)} ms, ${(heavy.bytes / 1e6 / (heavy.load / 1000)).toFixed(1)} MB/s (goal ≥ 200); goals ${heavy.goals.toFixed(0)} ms, engagement ${heavy.engagement.toFixed(0)} ms, retention ${heavy.retention.toFixed(0)} ms.`,
);
{
  const ours = heavy.load + heavy.goals + heavy.engagement + heavy.retention;
  const peer = (p) => p.load + p.four;
  lines.push(
    `- On the people-heavy program, load + goals + engagement + retention: ${ours.toFixed(0)} ms against DuckDB-Wasm's load + four aggregates ${peer(heavy.duckdb).toFixed(0)} ms (load ${heavy.duckdb.load.toFixed(0)}), ${(ours / peer(heavy.duckdb)).toFixed(2)}× (goal ≤ 0.5); against Arquero's ${peer(heavy.arquero).toFixed(0)} ms (load ${heavy.arquero.load.toFixed(0)}), ${(ours / peer(heavy.arquero)).toFixed(2)}× (goal ≤ 0.2).`,
  );
}
lines.push(
  `- Our goals + engagement + retention (which compute far more than the four aggregates) against DuckDB-Wasm's four aggregates: ${(fourOurs / get("DuckDB-Wasm", "the four aggregates")).toFixed(2)}×; against Arquero's: ${(fourOurs / get("Arquero", "the four aggregates")).toFixed(2)}×.`,
);
const withLoad = (engine, work) => get(engine, "CSV load") + get(engine, work);
const wholeOurs = get("mentor-insights (wasm)", "CSV load") + fourOurs;
lines.push(
  `- The same with each one's CSV load (issue #21's comparison): ${wholeOurs.toFixed(0)} ms against DuckDB-Wasm's ${withLoad("DuckDB-Wasm", "the four aggregates").toFixed(0)} ms, ${(wholeOurs / withLoad("DuckDB-Wasm", "the four aggregates")).toFixed(2)}× (goal ≤ 0.5); against Arquero's ${withLoad("Arquero", "the four aggregates").toFixed(0)} ms, ${(wholeOurs / withLoad("Arquero", "the four aggregates")).toFixed(2)}× (goal ≤ 0.2).`,
);
const wasmWhole = get("mentor-insights (wasm)", "CSV load") + get("mentor-insights (wasm)", "full report");
lines.push(
  `- wasm against native on one thread (CSV load + full report): ${wasmWhole.toFixed(0)} ms against ${get("mentor-insights (native)", "CSV load + full report").toFixed(0)} ms, ${(wasmWhole / get("mentor-insights (native)", "CSV load + full report")).toFixed(2)}× (goal ≤ 1.5×; the native time includes starting the process and writing the JSON).`,
);
lines.push(
  `- Growth: wasm CSV load + full report ${growth.small.toFixed(0)} ms at ${growth.sessions[0].toLocaleString("en")} sessions, ${growth.large.toFixed(0)} ms at ${growth.sessions[1].toLocaleString("en")} (${(growth.large / growth.small).toFixed(2)}× for ${(growth.sessions[1] / growth.sessions[0]).toFixed(2)}× the sessions; goal ≤ 2.05× for 2×).`,
);
lines.push(
  `- Peak wasm memory (the module's linear memory, which never shrinks): ${(memory.load / 1e6).toFixed(0)} MB after the CSV loads, ${(memory.report / 1e6).toFixed(0)} MB after every analysis and report ran, for ${(bytes / 1e6).toFixed(1)} MB of input (${(memory.report / bytes).toFixed(2)}×; goal ≤ 2.5×). Node's RSS (the JS input strings, every result object of the timed runs, DuckDB and Arquero not yet loaded): ${(peak / 1e6).toFixed(0)} MB.`,
);
for (const [name, file] of [
  ["analysis module", "mentor_insights_bg.wasm"],
  ["SQL module (loaded only for sql())", "mentor_insights_sql_bg.wasm"],
]) {
  const w = readFileSync(`pkg/${file}`);
  lines.push(
    `- wasm ${name}: ${(w.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(w, { level: 9 }).length / 1e6).toFixed(2)} MB gzip${name.startsWith("analysis") ? " (goal ≤ 2.5 MB gzip)" : ""}.`,
  );
}
console.log(lines.join("\n"));
