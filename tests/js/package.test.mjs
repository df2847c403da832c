// The built npm package (pkg/) in Node: loads, errors, SQL inside wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import init, * as mi from "../../pkg/node.js";

const { Dataset } = mi;

await init();

const people =
  "person_id,hire_date,exit_date,department\nA,2020-01-01,,Sales\nB,2020-02-01,2023-05-01,Sales\nC,2021-03-01,,Ops\n";
const pairs = "pair_id,mentor_id,mentee_id,program,start_date\nX,A,B,p1,2022-01-01\nY,A,C,p2,2022-04-01\n";
const sessions = "pair_id,date,status\nX,2022-01-10,held\nX,2022-02-10,cancelled\nY,2022-04-10,held\n";

test("fromCsv loads and meta counts rows", () => {
  const ds = Dataset.fromCsv({ people, pairs, sessions });
  const meta = ds.meta();
  assert.equal(meta.rows.people, 3);
  assert.equal(meta.rows.pairs, 2);
  assert.equal(meta.rows.sessions, 3);
  assert.equal(meta.asOf, "2023-05-01");
  assert.equal(meta.minGroupSize, 5);
  assert.deepEqual(meta.tables, ["people", "pairs", "sessions"]);
});

test("a bad cell is a JS Error naming table, row, column and value", () => {
  assert.throws(
    () => Dataset.fromCsv({ people, pairs, sessions: "pair_id,date\nX,2022-01-10\nX,2025-13-02\n" }),
    (e) =>
      e instanceof Error &&
      e.message === 'sessions row 2, column "date": "2025-13-02" is not a date (expected YYYY-MM-DD)',
  );
  assert.throws(() => Dataset.fromCsv({ pairs }), /needs the people table/);
  assert.throws(() => Dataset.fromCsv({ people, staff: people }), /unknown table "staff"/);
  assert.throws(() => Dataset.fromCsv({ people, pairs: 42 }), /one entry per table .*: "pairs" is not text/);
  assert.throws(() => Dataset.fromJson("people"), /^Error: expected an object with one entry per table/);
  assert.throws(() => Dataset.fromCsv({ people }).meta({ minGroupSize: 2 }), /min_group_size/);
});

test("tables as bytes (Uint8Array, ArrayBuffer) load as their text does", () => {
  const text = Dataset.fromCsv({ people, pairs, sessions }).report();
  const enc = new TextEncoder();
  const u8 = Dataset.fromCsv({ people: enc.encode(people), pairs: enc.encode(pairs), sessions }).report();
  const ab = Dataset.fromCsv({
    people: enc.encode(people).buffer,
    pairs,
    sessions: enc.encode(sessions).buffer,
  }).report();
  assert.deepEqual(u8, text);
  assert.deepEqual(ab, text);
  const json = JSON.stringify([{ person_id: "Ä", hire_date: "2020-01-01" }]);
  assert.equal(Dataset.fromJson({ people: enc.encode(json) }).sql("SELECT person_id FROM people")[0].person_id, "Ä");
  assert.throws(
    () => Dataset.fromJson({ people: new Uint8Array([0x5b, 0xff, 0x5d]) }),
    /^Error: people: is not valid UTF-8 text at byte 1/,
  );
  assert.throws(
    () => Dataset.fromCsv({ people: new Uint8Array([0x61, 0x0a, 0xff, 0x0a]) }),
    /^Error: people row 1: field 1 is not valid UTF-8/,
  );
});

test("fromJson and fromRecords give the same data as CSV", () => {
  const records = [
    { person_id: "A", hire_date: "2020-01-01", department: "Sales" },
    { person_id: "B", hire_date: "2020-02-01", exit_date: "2023-05-01", department: "Sales" },
    { person_id: "C", hire_date: "2021-03-01", department: "Ops" },
  ];
  const a = Dataset.fromRecords({ people: records }).sql("SELECT * FROM people ORDER BY person_id");
  const b = Dataset.fromJson({ people: JSON.stringify(records) }).sql("SELECT * FROM people ORDER BY person_id");
  const c = Dataset.fromCsv({ people }).sql("SELECT * FROM people ORDER BY person_id");
  assert.deepEqual(a, c);
  assert.deepEqual(b, c);
  assert.throws(
    () => Dataset.fromRecords({ people: [{ person_id: "A", hire_date: "01/02/2020" }] }),
    /people row 1, column "hire_date"/,
  );
});

test("SQL group-by and join run inside wasm", () => {
  const ds = Dataset.fromCsv({ people, pairs, sessions });
  const rows = ds.sql(
    "SELECT m.department, count(*) AS sessions, sum(CASE WHEN s.status = 'held' THEN 1 ELSE 0 END) AS held " +
      "FROM sessions s JOIN pairs p ON s.pair_id = p.pair_id JOIN people m ON p.mentee_id = m.person_id " +
      "GROUP BY m.department ORDER BY m.department",
  );
  assert.deepEqual(rows, [
    { department: "Ops", sessions: 1, held: 1 },
    { department: "Sales", sessions: 2, held: 1 },
  ]);
  assert.throws(() => ds.sql("SELECT nope FROM pairs"), /^Error: SQL/);
});

test("SQL names analysis results as tables, and tables given as rows, with dates as dates", () => {
  const ds = Dataset.sample({ seed: 3, people: 400 });
  const risk = ds.risk();
  const joined = ds.sql(
    "SELECT r.pair_id, p.program, r.score FROM risk r JOIN pairs p USING (pair_id) ORDER BY r.score DESC, r.pair_id",
  );
  assert.equal(joined.length, risk.pairs.length);
  assert.equal(
    joined[0].program,
    [...risk.pairs].sort((a, b) => b.score - a.score || a.pairId.localeCompare(b.pairId))[0].program,
  );
  // Sentences in the language asked for; the same ids.
  const en = ds.sql("SELECT id, text FROM findings");
  const de = ds.sql("SELECT id, text FROM findings", { locale: "de" });
  assert.deepEqual(
    de.map((f) => f.id),
    en.map((f) => f.id),
  );
  assert.notDeepEqual(
    de.map((f) => f.text),
    en.map((f) => f.text),
  );
  // A notebook cell's rows as a table; its dates are dates.
  const cell = [
    { pair_id: "Z1", due: "2024-02-29", ok: true },
    { pair_id: "Z2", due: "2024-03-01", ok: false },
  ];
  assert.deepEqual(
    ds.sql("SELECT pair_id, extract(month FROM due) AS m FROM cell_1 WHERE ok", { tables: { cell_1: cell } }),
    [{ pair_id: "Z1", m: 2 }],
  );
  assert.deepEqual(
    ds
      .sql("SELECT extract(year FROM start_date) AS y, count(*) AS n FROM pairs GROUP BY y ORDER BY y LIMIT 1")
      .map((r) => typeof r.y),
    ["number"],
  );
  // A misspelt option is named; a table of mixed values says which column.
  assert.throws(
    () => ds.sql("SELECT 1", { tabels: {} }),
    /unknown option "tabels" \(accepted: asOf, minGroupSize, by, locale, tables\)/,
  );
  assert.deepEqual(ds.sql("SELECT * FROM t ORDER BY v", { tables: { t: [{ v: 1 }, { v: "x" }] } }), [
    { v: "1" },
    { v: "x" },
  ]);
  assert.throws(() => ds.sql("SELECT * FROM t", { tables: { t: [{ v: [1] }] } }), /table t, column v/);
  // Every result table reads (a finding's values differ in kind from rule to rule).
  assert.ok(ds.sql("SELECT * FROM findings").length > 0);
});

test("the built-in sample is deterministic", () => {
  const a = Dataset.sample({ seed: 5, people: 300 });
  const b = Dataset.sample({ seed: 5, people: 300 });
  assert.deepEqual(a.meta(), b.meta());
  assert.equal(a.meta().rows.people, 300);
  assert.ok(a.meta().rows.sessions > 100);
  const q = "SELECT pair_id, count(*) AS n FROM sessions GROUP BY pair_id ORDER BY n DESC, pair_id LIMIT 5";
  assert.deepEqual(a.sql(q), b.sql(q));
});

test("a panic inside wasm is a JS Error and the module keeps working", () => {
  const before = Dataset.fromCsv({ people });
  assert.throws(
    () => mi.__panicForTesting(),
    (e) => e instanceof Error && /internal error .*deliberate panic for testing.*load the data again/s.test(e.message),
  );
  // A fresh instance answers the next call; objects of the old one say so instead of misbehaving.
  assert.equal(Dataset.fromCsv({ people }).meta().rows.people, 3);
  assert.throws(() => before.meta(), /stale object/);
});

test("the web entry: SQL is its own entry, and sql() says where it is until initSql()", () => {
  // A fresh Node process on index.js (the browser/bundler entry), not node.js, which loads SQL itself.
  const script = `
    import { readFileSync } from "node:fs";
    import { initSync, Dataset } from "./pkg/index.js";
    initSync({ module: readFileSync("pkg/mentor_insights_bg.wasm") });
    const ds = Dataset.sample({ people: 200 });
    const message = () => { try { ds.sql("SELECT 1"); } catch (e) { return e.message; } };
    const withoutEntry = message();
    const { initSql } = await import("./pkg/sql.js");
    const beforeInit = message();
    await initSql(readFileSync("pkg/mentor_insights_sql_bg.wasm"));
    const n = ds.sql("SELECT count(*) AS n FROM people")[0].n;
    console.log(JSON.stringify({ withoutEntry, beforeInit, n }));`;
  const out = JSON.parse(execFileSync("node", ["--input-type=module", "-e", script]).toString());
  assert.equal(
    out.withoutEntry,
    'SQL runs in its own module: import { initSql } from "mentor-insights/sql" and call `await initSql()` once before `sql()`',
  );
  assert.equal(out.beforeInit, "SQL runs in its own module: call `await initSql()` once before `sql()`");
  assert.equal(out.n, 200);
});

test("the worker's operations are listed once: its client, its TypeScript interface and Dataset agree", async () => {
  const { LOADS, OTHERS, DATALESS } = await import("../../pkg/operations.js");
  const { CALLS } = await import("../../pkg/calls.js");
  const types = readFileSync("pkg/worker-client.d.ts", "utf8");
  const body = types.slice(
    types.indexOf("export interface AnalyticsWorker extends Calls {"),
    types.indexOf("\n}\n", types.indexOf("export interface AnalyticsWorker extends Calls {")),
  );
  const declared = [...body.matchAll(/^ {2}([A-Za-z]+)\(/gm)].map((m) => m[1]).sort();
  const lifecycle = ["addEventListener", "cancel", "removeEventListener", "terminate"];
  // The calls on a loaded data set are typed from Dataset's own declarations (Calls), the rest here.
  const fromDataset = [...CALLS, "resultTable", "resultColumns"];
  const others = OTHERS.filter((op) => !fromDataset.includes(op));
  assert.deepEqual(declared, [...LOADS, ...others, ...lifecycle].sort());
  // wasm-bindgen's own (`free`, `__…`) and `sql`, which the SQL entry adds, aside.
  const methods = Object.getOwnPropertyNames(Dataset.prototype).filter(
    (k) =>
      typeof Dataset.prototype[k] === "function" && !["constructor", "free", "sql"].includes(k) && !k.startsWith("__"),
  );
  assert.deepEqual(methods.sort(), [...fromDataset].sort());
  for (const op of [...LOADS, ...DATALESS]) assert.equal(typeof Dataset[op], "function", op);
});
