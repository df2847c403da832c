// The JS analyses return the same numbers as the CLI on the same files (camelCase keys in JS,
// snake_case in the CLI's JSON).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join } from "node:path";
import { Dataset } from "../../pkg/node.js";

const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), ".cache/mentor-insights/target");
const CLI = process.env.MI_CLI ?? join(target, "release/mentor-insights");
let dir, ds;

const cli = (...args) => JSON.parse(execFileSync(CLI, [...args, "--data", dir], { maxBuffer: 1 << 30 }).toString());
// Keys of the contract turn camelCase; the keys of data-keyed objects (risk weights, keyed by
// signal) stay as they are.
const camel = (v, dataKeyed = false) =>
  Array.isArray(v)
    ? v.map((x) => camel(x))
    : v && typeof v === "object"
      ? Object.fromEntries(
          Object.entries(v).map(([k, x]) => [
            dataKeyed ? k : k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()),
            camel(x, k === "weights"),
          ]),
        )
      : v;

/** Deep equality, numbers to the last bit (both sides use the same libm port), naming the path. */
function same(a, b, path = "$") {
  if (typeof a === "number" && typeof b === "number") {
    assert.ok(Object.is(a, b), `${path}: ${a} vs ${b}`);
  } else if (a && b && typeof a === "object") {
    assert.deepEqual(Object.keys(a), Object.keys(b), `${path}: keys`);
    for (const k of Object.keys(a)) same(a[k], b[k], `${path}.${k}`);
  } else {
    assert.equal(a, b, path);
  }
}

before(() => {
  assert.ok(existsSync(CLI), `the CLI is built at ${CLI} (make cli)`);
  dir = mkdtempSync(join(tmpdir(), "mi-js-"));
  execFileSync(CLI, ["generate", "--out", dir, "--seed", "3", "--people", "600"], { stdio: "ignore" });
  const read = (t) => readFileSync(join(dir, `${t}.csv`), "utf8");
  ds = Dataset.fromCsv({
    people: read("people"),
    pairs: read("pairs"),
    sessions: read("sessions"),
    goals: read("goals"),
    feedback: read("feedback"),
    promotions: read("promotions"),
    requests: read("requests"),
  });
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("goals match the CLI", () => {
  same(ds.goals({ by: ["program"], minGroupSize: 3 }), camel(cli("goals", "--by", "program", "--min-group-size", "3")));
  same(
    ds.goals({ by: "department", stalledDays: 45 }),
    camel(cli("goals", "--by", "department", "--stalled-days", "45")),
  );
});

test("engagement matches the CLI", () => {
  same(
    ds.engagement({ period: "week", asOf: "2024-12-31" }),
    camel(cli("engagement", "--period", "week", "--as-of", "2024-12-31")),
  );
  same(ds.engagement({ pairPeriods: true }), camel(cli("engagement", "--pair-periods")));
});

test("per-pair periods only when asked, or for the named pairs", () => {
  const plain = ds.engagement();
  assert.ok(plain.pairs.length > 0 && plain.pairs.every((p) => !("periods" in p)));
  const ids = plain.pairs.slice(0, 2).map((p) => p.pairId);
  const named = ds.engagement({ pairs: ids });
  same(named, camel(cli("engagement", "--pairs", ids.join(","))));
  assert.deepEqual(
    named.pairs.filter((p) => "periods" in p).map((p) => p.pairId),
    ids,
  );
  assert.ok(named.pairs.find((p) => p.pairId === ids[0]).periods.length > 0);
  assert.throws(() => ds.engagement({ pairs: ["no-such-pair"] }), /"no-such-pair" is not a pair_id/);
  assert.ok(!("periods" in ds.report().engagement.pairs[0]));
});

test("retention matches the CLI", () => {
  same(
    ds.retention({ covariates: ["mentored", "department"], exits: "voluntary" }),
    camel(cli("retention", "--covariates", "mentored,department", "--exits", "voluntary")),
  );
  same(
    ds.retention({ exposure: "landmark", landmarkDays: 180 }),
    camel(cli("retention", "--exposure", "landmark", "--landmark-days", "180")),
  );
});

test("results are camelCase and errors are Errors", () => {
  const r = ds.retention();
  assert.ok("naiveCox" in r && "hazardRatio" in r.cox.terms[0] && "pValue" in r.logrank);
  assert.throws(
    () => ds.retention({ covariates: ["shoe_size"] }),
    (e) => e instanceof Error && /unknown covariate "shoe_size"/.test(e.message),
  );
  assert.throws(
    () => ds.engagement({ period: "fortnight" }),
    /^Error: period: expected "week" or "month", got "fortnight"$/,
  );
  assert.throws(() => ds.goals({ asOf: "yesterday" }), /asOf: "yesterday" is not a date/);
});

test("a misspelt or mistyped option is an Error naming it", () => {
  assert.throws(
    () => ds.goals({ stalledDayz: 3 }),
    (e) =>
      e instanceof Error &&
      /goals: unknown option "stalledDayz" \(accepted: asOf, minGroupSize, by, locale, stalledDays\)/.test(e.message),
  );
  assert.throws(() => ds.engagement({ pairPeriod: true }), /unknown option "pairPeriod"/);
  assert.throws(() => ds.report({ asof: "2025-01-01" }), /report: unknown option "asof"/);
  assert.throws(() => ds.goals({ minGroupSize: "five" }), /^Error: minGroupSize: expected an integer ≥ 3, got "five"$/);
  assert.throws(() => ds.goals({ asOf: new Date() }), /asOf: expected a date as "YYYY-MM-DD", got a JS Date/);
  assert.throws(() => ds.goals({ asOf: 20250101 }), /asOf: expected a date as "YYYY-MM-DD", got 20250101/);
  assert.throws(
    () => ds.retention({ covariates: "mentored" }),
    /covariates: expected a list of strings, got "mentored"/,
  );
  assert.throws(() => ds.goals("program"), /goals: options must be an object/);
  assert.throws(() => Dataset.sample({ peeple: 10 }), /unknown field `peeple`/);
  // Undefined options are absent options.
  same(ds.goals({ stalledDays: undefined }), ds.goals());
});

test("a result table by name is its analysis's rows, run with the options given", () => {
  const listed = Dataset.resultTables();
  assert.ok(listed.some((t) => t.name === "retention_cox" && t.analysis === "retention"));
  const cox = ds.resultTable("retention_cox", { exposure: "ever" });
  const fit = ds.retention({ exposure: "ever" }).cox;
  assert.deepEqual(
    cox.map((r) => [r.term, r.hazard_ratio]),
    fit.terms.map((t) => [t.term, t.hazardRatio]),
  );
  const timeVarying = ds.resultTable("retention_cox").map((r) => r.hazard_ratio);
  assert.notDeepEqual(
    timeVarying,
    fit.terms.map((t) => t.hazardRatio),
  );
  assert.throws(() => ds.resultTable("retention_cox", { exposur: "ever" }), /retention: unknown option "exposur"/);
  assert.throws(() => ds.resultTable("retention_coxx"), /no result table "retention_coxx"/);
  // As columns: the same values, numbers in a Float64Array.
  const columns = ds.resultColumns("retention_cox", { exposure: "ever" });
  assert.deepEqual(Object.keys(columns), Object.keys(cox[0]));
  assert.ok(columns.hazard_ratio instanceof Float64Array);
  assert.deepEqual(
    [...columns.hazard_ratio],
    cox.map((r) => r.hazard_ratio),
  );
  assert.deepEqual(
    columns.term,
    cox.map((r) => r.term),
  );
  const pairs = ds.resultColumns("engagement_pairs");
  const rows = ds.resultTable("engagement_pairs");
  assert.equal(pairs.pair_id.length, rows.length);
  const i = rows.findIndex((r) => r.days_since_last_held === null);
  if (i >= 0) assert.ok(Number.isNaN(pairs.days_since_last_held[i]));
  assert.deepEqual(
    pairs.active,
    rows.map((r) => r.active),
  );
});

test("a failed load carries its problems as data; a freed Dataset says so", () => {
  try {
    Dataset.fromCsv({ people: "person_id,hire_date\nA,2020-13-01\nB,2020-01-01\nB,2020-02-01\n" });
    assert.fail("the load should fail");
  } catch (e) {
    assert.ok(e instanceof Error);
    const problems = [...e.problems].sort((a, b) => a.row - b.row);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.table, p.row, p.column, p.value]),
      [
        ["invalid_value", "people", 1, "hire_date", "2020-13-01"],
        ["duplicate_id", "people", 3, "person_id", "B"],
      ],
    );
    assert.match(problems[0].message, /^people row 1, column "hire_date": "2020-13-01" is not/);
    assert.equal(problems[1].firstRow, 2);
    for (const p of problems) assert.ok(e.message.includes(p.message));
  }
  const d = Dataset.sample({ people: 100 });
  d.free();
  assert.throws(() => d.goals(), /^Error: Dataset.goals\(\): this Dataset was freed/);
});

test("findings, matching and suggestions match the CLI", () => {
  same(ds.findings(), camel(cli("findings")));
  same(ds.matching(), camel(cli("matching")));
  same(ds.suggest({ minLevelGap: 1 }), camel(cli("suggest", "--min-level-gap", "1")));
  const f = ds.findings().findings;
  assert.ok(f.length > 0 && f.every((x) => ["info", "notice", "warning"].includes(x.severity)));
  assert.ok(ds.warnings().every((w) => typeof w.code === "string" && typeof w.message === "string"));
});

test("the report has every analysis", () => {
  const r = ds.report();
  for (const k of [
    "meta",
    "warnings",
    "findings",
    "goals",
    "engagement",
    "retention",
    "risk",
    "progression",
    "matching",
  ])
    assert.ok(k in r, k);
  assert.equal(r.meta.rows.people, 600);
});

test("risk and progression match the CLI", () => {
  same(ds.risk({ top: 20 }), camel(cli("risk", "--top", "20")));
  same(
    ds.progression({ covariates: ["mentored", "performance"] }),
    camel(cli("progression", "--covariates", "mentored,performance")),
  );
  const r = ds.risk({ config: { recencyCadences: 3, weights: { cancellations: 0 } } });
  assert.equal(r.config.recencyCadences, 3);
  // Weights given are used as given, also under the default learn: "auto".
  assert.equal(r.weights.used, "default");
  assert.match(r.weights.reason, /set in config/);
  assert.ok(r.pairs.every((p) => p.reasons.every((x) => x.signal !== "cancellations")));
  assert.throws(() => ds.risk({ config: { recencyCadencez: 3 } }), /config: unknown field `recency_cadencez`/);
  // Data keeps its names: the weights are keyed by signal, as the reasons name them.
  const weights = ds.risk().config.weights;
  assert.ok("overdue_goals" in weights && !("overdueGoals" in weights));
  assert.equal(ds.risk({ config: { weights: { overdue_goals: 0.5 } } }).config.weights.overdue_goals, 0.5);
});

test("risk weights: auto by default and as asked, said in the result", () => {
  const auto = ds.risk();
  assert.equal(auto.weights.learn, "auto");
  assert.ok(["learned", "default"].includes(auto.weights.used) && auto.weights.reason.length > 0);
  same(auto, ds.risk({ learn: "auto" }));
  same(auto, camel(cli("risk", "--learn", "auto")));
  const off = ds.risk({ learn: false });
  assert.equal(off.weights.used, "default");
  assert.equal(off.model, "default weights (noisy-OR)");
  // auto scores as the weights it says it used.
  const chosen = auto.weights.used === "learned" ? ds.risk({ learn: true }) : off;
  assert.deepEqual(
    auto.pairs.map((p) => p.score),
    chosen.pairs.map((p) => p.score),
  );
  assert.throws(
    () => ds.risk({ learn: "sometimes" }),
    /^Error: learn: expected true, false or "auto", got "sometimes"$/,
  );
  assert.throws(() => ds.riskEvaluation({ learn: "auto" }), /learn: expected true or false/);
});

test("the whole report is the CLI's, byte for byte", () => {
  // Same doubles give the same shortest round-trip text, so comparing the serialised results
  // compares every number to the last bit, every key and every order.
  // The folder's files as the CLI reads them (so `meta.inputs` names the same files).
  const cliText = execFileSync(CLI, ["report", "--data", dir], { maxBuffer: 1 << 30 }).toString();
  const files = readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  assert.equal(JSON.stringify(Dataset.fromFiles(files).report()), JSON.stringify(camel(JSON.parse(cliText))));
  const sample = execFileSync(CLI, ["report", "--sample"], { maxBuffer: 1 << 30 }).toString();
  assert.equal(JSON.stringify(Dataset.sample().report()), JSON.stringify(camel(JSON.parse(sample))));
});

test("the report page is the CLI's page, byte for byte (one chart implementation, in the core)", () => {
  const cli = execFileSync(CLI, ["report", "--sample", "--format", "html", "--locale", "de"], {
    maxBuffer: 1 << 30,
  }).toString();
  const js = Dataset.sample().reportHtml({ locale: "de" });
  assert.equal(js, cli);
  assert.match(js, /^<!doctype html>\n<html lang="de">/);
  assert.ok(!js.includes("<script"));
  assert.throws(() => Dataset.sample().reportHtml({ locale: "de", top: 3 }), /reportHtml: unknown option "top"/);
});
