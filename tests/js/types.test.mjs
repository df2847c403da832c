// The TypeScript declarations cannot drift from the Rust structs: every real result is checked
// against the interfaces of pkg/mentor_insights.d.ts — no undeclared key, no missing required key,
// and the declared kind of every value.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Dataset } from "../../pkg/node.js";

const dts = readFileSync(new URL("../../pkg/mentor_insights.d.ts", import.meta.url), "utf8");
const interfaces = {};
for (const m of dts.matchAll(/interface (\w+)(?: extends (\w+))? \{([^}]*)\}/g)) {
  const props = {};
  for (const p of m[3].matchAll(/^\s*(\w+)(\?)?: ([^;]+);/gm)) props[p[1]] = { type: p[3].trim(), optional: !!p[2] };
  interfaces[m[1]] = { base: m[2], props };
}
// Type aliases (string-literal unions such as WarningCode).
const aliases = {};
for (const m of dts.matchAll(/export type (\w+) =([^;]+);/g)) aliases[m[1]] = m[2].trim().replace(/^\|\s*/, "");
const propsOf = (name) => {
  const i = interfaces[name];
  assert.ok(i, `interface ${name} is declared`);
  return { ...(i.base ? propsOf(i.base) : {}), ...i.props };
};

function check(value, type, path) {
  type = type.trim();
  if (aliases[type]) return check(value, aliases[type], path);
  if (type.startsWith("(") && type.endsWith(")[]")) type = `Array<${type.slice(1, -3)}>`;
  const union = splitTop(type, "|");
  if (union.length > 1) {
    if (value === null) return assert.ok(union.includes("null"), `${path}: null not allowed by ${type}`);
    const candidates = union.filter((t) => t !== "null");
    const fits = candidates.filter(
      (t) => !/^[A-Z]\w*$/.test(t) || Object.entries(propsOf(t)).every(([k, p]) => p.optional || k in value),
    );
    const literal = candidates.every((t) => t.startsWith('"'));
    if (literal) return assert.ok(candidates.includes(JSON.stringify(value)), `${path}: ${value} not in ${type}`);
    // A primitive value fits the union when one of its primitive or literal members fits it.
    if (typeof value !== "object") {
      const fitsPrimitive = (t) => (t.startsWith('"') ? JSON.stringify(value) === t : typeof value === t);
      return assert.ok(candidates.some(fitsPrimitive), `${path}: ${JSON.stringify(value)} fits none of ${type}`);
    }
    // Suppressed cells are the candidates that require `suppressed`.
    const pick = value?.suppressed
      ? fits.find((t) => "suppressed" in propsOf(t))
      : fits.find((t) => !/^[A-Z]/.test(t) || !("suppressed" in propsOf(t)));
    assert.ok(pick, `${path}: ${JSON.stringify(value)?.slice(0, 80)} fits none of ${type}`);
    return check(value, pick, path);
  }
  if (type.endsWith("[]") || type.startsWith("Array<")) {
    const inner = type.endsWith("[]") ? type.slice(0, -2) : type.slice(6, -1);
    assert.ok(Array.isArray(value), `${path}: expected an array`);
    value.slice(0, 50).forEach((v, i) => {
      check(v, inner, `${path}[${i}]`);
    });
    return;
  }
  if (type === "number") return assert.equal(typeof value, "number", path);
  if (type === "string") return assert.equal(typeof value, "string", path);
  if (type === "boolean") return assert.equal(typeof value, "boolean", path);
  if (type === "true") return assert.equal(value, true, path);
  if (type.startsWith('"')) return assert.equal(JSON.stringify(value), type, path);
  if (type.startsWith("Record<")) return assert.equal(typeof value, "object", path);
  assert.ok(value && typeof value === "object", `${path}: expected an object of ${type}`);
  const props = propsOf(type);
  for (const k of Object.keys(value)) assert.ok(k in props, `${path}.${k} is not declared in ${type}`);
  for (const [k, p] of Object.entries(props)) {
    if (!(k in value)) {
      assert.ok(p.optional, `${path}.${k} (${type}) is missing`);
      continue;
    }
    check(value[k], p.type, `${path}.${k}`);
  }
}

function splitTop(s, sep) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const c of s) {
    if ("(<[{".includes(c)) depth++;
    if (")>]}".includes(c)) depth--;
    if (c === sep && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

test("every result matches its declared interface", () => {
  const ds = Dataset.sample({ seed: 4, people: 1500 });
  check(ds.meta(), "Meta", "meta");
  check(ds.goals({ by: ["program", "department"], minGroupSize: 5 }), "GoalsResult", "goals");
  check(ds.engagement({ period: "month" }), "EngagementResult", "engagement");
  check(ds.engagement({ by: ["department", "quarter"] }), "EngagementResult", "engagement.by");
  check(ds.retention({ covariates: ["mentored", "department", "performance"] }), "RetentionResult", "retention");
  check(ds.retention({ exposure: "landmark", by: "department" }), "RetentionResult", "retention.landmark");
  check(ds.progression(), "ProgressionResult", "progression");
  check(ds.risk({ learn: true }), "RiskResult", "risk");
  check(ds.risk(), "RiskResult", "risk.auto");
  check(ds.report(), "Report", "report");
  check(ds.engagement({ pairPeriods: true }), "EngagementResult", "engagement.pairPeriods");
  check(ds.findings(), "FindingsResult", "findings");
  check(ds.matching(), "MatchingResult", "matching");
  check(ds.suggest(), "SuggestResult", "suggest");
  check(ds.warnings(), "Warning[]", "warnings");
});

test("the checker itself catches drift", () => {
  assert.throws(
    () => check({ asOf: "x", minGroupSize: 5, version: "1", rows: {}, tables: [], extra: 1 }, "Meta", "m"),
    /not declared|missing/,
  );
  assert.throws(() => check({ value: "0.5", n: 1, method: "m" }, "Estimate", "e"), /e.value/);
});
